package org.sitrep.outlets;

/**
 * How often one spelling of an outlet was seen under one raw key in one language: what the directory of outlets is
 * computed from. Summed over articles, so a store keeps a few rows per outlet rather than one per article.
 *
 * @param rawKey    the articles' raw key ({@link OutletKeys#rawKey})
 * @param spelling  the outlet as the articles name it ("Kyiv Post"), or "" when they name none
 * @param language  their language (ISO 639-1), or "" when unknown
 * @param articles  how many articles
 * @param firstSeen the earliest date among them (ISO-8601, compared as text), or null
 * @param lastSeen  the latest, or null
 */
public record Sighting(String rawKey, String spelling, String language, long articles, String firstSeen, String lastSeen) {
    public Sighting {
        if (rawKey == null || rawKey.isEmpty()) throw new IllegalArgumentException("a sighting needs a raw key");
        spelling = spelling == null ? "" : spelling;
        language = language == null ? "" : language;
    }
}
