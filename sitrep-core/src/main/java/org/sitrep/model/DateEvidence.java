package org.sitrep.model;

/** How a publication time was found: the evidence behind {@link Published}. */
public enum DateEvidence {
    /** A field of the input record (JSON field, API request). */
    FIELD,
    /** The item's date in an RSS or Atom feed. */
    FEED,
    /** An HTML {@code <meta>} tag such as {@code article:published_time}. */
    HTML_META,
    /** A schema.org {@code datePublished} in JSON-LD. */
    JSON_LD,
    /** An HTML {@code <time datetime>} element. */
    TIME_ELEMENT,
    /** The HTTP or WARC record date of the capture. */
    CAPTURE,
    /** A dateline in the text itself ("date 2023-11-26", "Ažurirano: 14.11.2024. 15:10h"). */
    TEXT,
    /** A timestamp in the file name. */
    FILE_NAME
}
