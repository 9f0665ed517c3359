package org.sitrep.cli;

import org.sitrep.store.SourceCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.json.ArticleJson;
import org.sitrep.app.Sitrep;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.SourceCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep search QUERY}: BM25 full-text search over titles and texts. */
@Command(name = "search", description = {"Full-text search (BM25) over titles and texts; Lucene query syntax allowed.",
        "--json prints {query, total, items: [article summary + score + snippet]}."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words or a Lucene query.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default 20).")
    int limit;

    @picocli.CommandLine.Mixin
    ArticleFilterOptions filters;

    @Option(names = "--place", paramLabel = "NAME|ID", description = "Only articles that name this place or one inside it.")
    String place;

    @Option(names = "--exact-place", description = "Only the place itself, not the places inside it.")
    boolean exactPlace;

    @Option(names = "--disputed", arity = "0..1", fallbackValue = "true", paramLabel = "true|false", description = "Only articles of disputed events (false: undisputed).")
    String disputed;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits.")
    int offset;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** Counts over every hit, not only those shown (at most this many). */
    static final int COUNT_MAX = 10_000;

    /** Counts over all the query's hits (copies collapsed into their originals). */
    static SourceCounts counts(Sitrep sitrep, String query) {
        return sitrep.searchCounts(query, COUNT_MAX);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        try (Sitrep sitrep = main.read()) {
            org.sitrep.understand.NameQuery.Widened widened = sitrep.widenToSpellings(query);
            java.util.Map<String, String> p = filters.params();
            ArticleFilterOptions.put(p, "place", place);
            if (exactPlace) p.put("exact_place", "true");
            ArticleFilterOptions.put(p, "disputed", disputed);
            p.put("q", widened.query());
            org.sitrep.app.Filter filter = org.sitrep.app.Filter.parse(p);
            boolean narrowed = !filter.withQ(null).isEmpty();
            SitrepStore.SearchResult result = sitrep.desk().search(filter, limit, offset);
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(result.hits().stream().map(h -> h.article().id()).toList());
                for (SitrepStore.SearchHit h : result.hits()) {
                    Map<String, Object> m = ArticleJson.summary(h.article());
                    org.sitrep.json.RecordJson.putType(m, types.get(h.article().id()));
                    m.put("score", h.score());
                    m.put("snippet", h.snippet());
                    items.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", query);
                m.put("also_searched", widened.alsoSearched());
                m.put("total", result.total());
                m.put("limit", limit);
                m.put("offset", offset);
                m.put("counts", org.sitrep.json.ProvenanceJson.counts(narrowed ? sitrep.desk().counts(filter) : counts(sitrep, widened.query())));
                m.put("items", items);
                Output.json(out, m);
                return ExitCodes.OK;
            }
            for (SitrepStore.SearchHit h : result.hits()) {
                var a = h.article();
                out.printf("%s  %6.2f  %s  %s  %s%n", a.id(), h.score(),
                        Output.cell(a.published() == null ? null : a.published().iso().substring(0, 10), 10), Output.cell(a.outlet(), 20),
                        Output.cell(a.title() != null ? a.title() : ArticlesCommand.firstWords(a.text()), 60));
                if (h.snippet() != null) out.println("      " + Output.cell(h.snippet(), 110).strip());
            }
            if (!widened.alsoSearched().isEmpty()) out.println(("also searched: " + Output.cell(String.join(", ", widened.alsoSearched()), 200)).stripTrailing());
            SourceCounts c = narrowed ? sitrep.desk().counts(filter) : counts(sitrep, widened.query());
            out.printf("%d of %d hits for \"%s\"; all hits%s: %d articles, %d outlets, %d independent sources%n", result.hits().size(), result.total(),
                    query, result.total() > COUNT_MAX ? " (first " + COUNT_MAX + ")" : "", c.articles(), c.outlets(), c.independentSources());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
