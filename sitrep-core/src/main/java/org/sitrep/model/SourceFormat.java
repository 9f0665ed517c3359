package org.sitrep.model;

/** The kind of input a document was read from. */
public enum SourceFormat { TEXT, HTML, JSON, RSS, ATOM, WARC, API }
