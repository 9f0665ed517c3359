package org.sitrep.model;

/** Whether a raw body is plain text or HTML markup. */
public enum BodyFormat { TEXT, HTML }
