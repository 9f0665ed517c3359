package org.sitrep.store;

/**
 * The stored types of place mentions that say who or what rather than where: a demonym or a country's abbreviation
 * used as a modifier ("Russian forces", "US dollars": {@code DEMONYM}) and a place named inside the name of an
 * organisation ("New York" in "New York Times": {@code NESTED}), as sitrep-app's {@code ArticleAnalysis.NOT_WHERE}
 * types them. Such a mention is stored and shown, but no event, name of an event or event's place is read from it.
 */
final class MentionTypes {
    /** An SQL list of those types, for {@code ner_type NOT IN ...}. */
    static final String NOT_WHERE = "('DEMONYM', 'NESTED')";
    /** A place named inside another name; no context for matching people by the places named with them. */
    static final String NESTED = "NESTED";

    private MentionTypes() {
    }
}
