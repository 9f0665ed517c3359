/**
 * Sitrep on Apache Flink, fed by Kafka (issue 18, first slice): {@link org.sitrep.flink.Submit} produces articles from
 * the inputs {@code ingest} reads; {@link org.sitrep.flink.SitrepJob} reads them, prepares and annotates them in
 * parallel ({@link org.sitrep.flink.PrepareFunction}) and stores them through the embedded facade at parallelism 1
 * ({@link org.sitrep.flink.StoreSink}), which runs the global passes. Decides nothing itself: every rule is the
 * embedded runner's (sitrep-app and below). Design: README.md of this module.
 */
package org.sitrep.flink;
