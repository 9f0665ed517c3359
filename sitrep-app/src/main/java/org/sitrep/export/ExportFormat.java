package org.sitrep.export;

import java.util.Locale;

/** What an export is written as: its name on the command line and in the API, its media type and file extension. */
public enum ExportFormat {
    ACLED_CSV("acled-csv", "text/csv; charset=utf-8", "csv"),
    GEOJSON("geojson", "application/geo+json", "geojson"),
    JSONL("jsonl", "application/x-ndjson", "jsonl");

    private final String wire;
    private final String mediaType;
    private final String extension;

    ExportFormat(String wire, String mediaType, String extension) {
        this.wire = wire;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String wire() {
        return wire;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @throws IllegalArgumentException "format: not one of acled-csv|geojson|jsonl: x" */
    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) if (f.wire.equals(s == null ? null : s.strip().toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("format: not one of acled-csv|geojson|jsonl: " + s);
    }

    /** What a JSON Lines export lists, one object a line. */
    public enum What {
        ARTICLES, EVENTS, CLAIMS;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException "what: not one of articles|events|claims: x" */
        public static What parse(String s) {
            for (What w : values()) if (w.wire().equals(s == null ? null : s.strip().toLowerCase(Locale.ROOT))) return w;
            throw new IllegalArgumentException("what: not one of articles|events|claims: " + s);
        }
    }
}
