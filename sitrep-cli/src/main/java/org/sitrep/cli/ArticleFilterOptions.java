package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.app.Filter;
import picocli.CommandLine.Option;

/**
 * The filter options (issue 17) a list shares with every other, named as the API's query parameters
 * ({@code --exact-place} for {@code exact_place}); {@link FilterOptions} adds place, dispute and free text, which
 * {@code claims} has options of its own for. A bad value is a usage error naming the parameter ({@link Filter.Invalid}).
 */
class ArticleFilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only from this day (inclusive; see --date).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only up to this day (inclusive).")
    String to;

    @Option(names = "--date", paramLabel = "published|event", description = "Which day --from/--to bound: published (default) or event "
            + "(the day an article reports).")
    String date;

    @Option(names = "--entity", paramLabel = "NAME|ID", description = "Only what names this person, organisation or place (any spelling, or its id).")
    String entity;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet, in any of its spellings (\"Kyiv Post\", kyivpost.com: see sitrep outlets).")
    String outlet;

    @Option(names = "--language", paramLabel = "CODE", description = "Only this language (ISO 639-1, e.g. en, uk).")
    String language;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this ACLED event or sub-event type (\"Battles\", \"Air/drone strike\", "
            + "ARMED_CLASH): an article's own, an event's most common.")
    String type;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (needs --q), newest, oldest or largest.")
    String sort;

    /** The options given, by API name. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "from", from);
        put(p, "to", to);
        put(p, "date", date);
        put(p, "entity", entity);
        put(p, "outlet", outlet);
        put(p, "language", language);
        put(p, "type", type);
        put(p, "sort", sort);
        return p;
    }

    static void put(Map<String, String> p, String name, String value) {
        if (value != null) p.put(name, value);
    }

    Filter filter() {
        return Filter.parse(params());
    }
}
