/**
 * The {@code sitrep} command line: one class per verb, each translating arguments into library calls and results
 * into a table or stable JSON, and returning an exit code from {@link org.sitrep.cli.ExitCodes}.
 * May import everything: it is an edge. The configuration is read here ({@code Main.config()}) and nowhere in the
 * library; verbs call the {@code Sitrep} facade and the {@code json} shapes, never a pass or a store writer directly.
 */
package org.sitrep.cli;
