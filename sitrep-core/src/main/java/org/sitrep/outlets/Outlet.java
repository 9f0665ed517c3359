package org.sitrep.outlets;

import java.util.List;

/**
 * One outlet: a site, whatever its spellings.
 *
 * @param key       its key: the site's registrable domain ("kyivpost.com"), or a normalised name ("kyivpost") when no
 *                  address of it was seen
 * @param name      the spelling its articles use most ("Kyiv Post"); the key when they name none
 * @param spellings every spelling seen, most used first
 * @param aliases   the other raw keys joined into this one (the feed name's key "kyivpost"), sorted
 * @param country   ISO 3166-1 alpha-2 code from its country-code domain ("UA" for .ua), or null when unknown
 * @param language  the language of most of its articles (ISO 639-1), or null
 * @param articles  how many articles
 * @param firstSeen its earliest article's date (ISO-8601), or null
 * @param lastSeen  its latest, or null
 */
public record Outlet(String key, String name, List<String> spellings, List<String> aliases, String country, String language,
                     long articles, String firstSeen, String lastSeen) {
    public Outlet {
        spellings = List.copyOf(spellings);
        aliases = List.copyOf(aliases);
    }
}
