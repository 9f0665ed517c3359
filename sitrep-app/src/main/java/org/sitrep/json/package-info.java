/**
 * The wire shapes: the JSON of articles, annotations, entities, events, stories and provenance that the CLI's
 * {@code --json} and the REST API both print, built from the store's records, so the two front ends cannot drift
 * apart. Field names are stable (README). May import {@code model}, {@code copies}' records and the store's
 * records; never a pass or a rule.
 */
package org.sitrep.json;
