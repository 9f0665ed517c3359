package org.sitrep.nlp.slavic;

import java.util.Optional;

/** The Slavic languages Sitrep reads, with their ISO 639-1 codes. */
public enum Lang {
    UK("uk"), RU("ru"), PL("pl");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: "uk", "ru", "pl". */
    public String code() {
        return code;
    }

    /** The language of an ISO 639-1 code, if it is one of these. */
    public static Optional<Lang> of(String code) {
        for (Lang l : values()) if (l.code.equals(code)) return Optional.of(l);
        return Optional.empty();
    }

    /** Whether the language writes in Cyrillic. */
    public boolean cyrillic() {
        return this != PL;
    }
}
