package org.sitrep.cli;

import java.util.Map;
import org.sitrep.app.Filter;
import picocli.CommandLine.Option;

/** Every filter option (issue 17): {@link ArticleFilterOptions} and place, dispute and free text. */
final class FilterOptions extends ArticleFilterOptions {
    @Option(names = "--place", paramLabel = "NAME|ID", description = "Only what names this place or, unless --exact-place, a place inside "
            + "it (\"Kharkiv oblast\" includes Kupiansk).")
    String place;

    @Option(names = "--exact-place", description = "Only the place itself, not the places inside it.")
    boolean exactPlace;

    @Option(names = "--disputed", arity = "0..1", fallbackValue = "true", paramLabel = "true|false", description = "Only disputed events "
            + "(and their articles); --disputed=false: only undisputed.")
    String disputed;

    @Option(names = "--q", paramLabel = "TEXT", description = "Only what matches this text (Lucene syntax).")
    String q;

    @Override
    Map<String, String> params() {
        Map<String, String> p = super.params();
        put(p, "place", place);
        if (exactPlace) p.put("exact_place", "true");
        put(p, "disputed", disputed);
        put(p, "q", q);
        return p;
    }

    @Override
    Filter filter() {
        return Filter.parse(params());
    }
}
