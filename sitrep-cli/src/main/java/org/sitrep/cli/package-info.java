/**
 * The {@code sitrep} command line: one class per verb, each translating arguments into library calls and results
 * into a table or stable JSON, and returning an exit code from {@link org.sitrep.cli.ExitCodes}.
 */
package org.sitrep.cli;
