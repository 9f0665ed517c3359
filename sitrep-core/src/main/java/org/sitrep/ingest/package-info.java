/**
 * Reading: turns files, folders and URLs (.txt, .html, .json/.jsonl, RSS/Atom, WARC, each possibly gzipped) into
 * {@link org.sitrep.model.RawDocument}s, decoding charsets and taking the metadata the format itself carries.
 * Anything that cannot be read becomes a {@link org.sitrep.model.Rejection}; a reader never throws for bad content.
 * May import {@code model} only.
 */
package org.sitrep.ingest;
