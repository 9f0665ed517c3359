/**
 * The application: the {@link org.sitrep.app.Sitrep} facade, which owns the order of the passes (ingest → copies at
 * each commit → annotate → place into events and stories → settle the places an article left doubtful with its event's → claims and their comparison per event → the event type
 * of each article: {@link org.sitrep.app.Sitrep#catchUp}; event records are decided when read, by
 * {@link org.sitrep.records.EventRecords} over what the passes stored), each pass a loop
 * that loads records from the store, hands them to the library's pure rules and writes what they decide, one batch
 * at a time with its progress mark. Configuration comes in as one {@link org.sitrep.app.SitrepConfig}, built at the
 * edge. May import every library package, {@code understand} and {@code store}; never the front ends.
 */
package org.sitrep.app;
