package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.json.ArticleJson;
import org.sitrep.app.Sitrep;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep articles}: the stored articles, newest first, as a table or a JSON array. */
@Command(name = "articles", description = {"List stored articles, newest publication first.",
        "--json prints an array of objects: id, title, outlet, url, published (ISO-8601), published_precision,",
        "published_evidence, fetched, language, language_confidence, snippet, text_length, text (the whole text)."})
final class ArticlesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", description = "At most this many (default: 50 in a table, all with --json).")
    Integer limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @Option(names = "--outlet", description = "Only this outlet, in any of its spellings (\"Kyiv Post\", \"KyivPost\", kyivpost.com: see sitrep outlets).")
    String outlet;

    @Option(names = "--language", description = "Only this language (ISO 639-1, e.g. en).")
    String language;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int n = limit != null ? limit : json ? Integer.MAX_VALUE : 50;
        try (Sitrep sitrep = main.read()) {
            List<Article> list = sitrep.articles(new SitrepStore.ArticleQuery(n, offset, outlet, language));
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                Map<String, org.sitrep.records.TypeCall> types = sitrep.articleTypes(list.stream().map(Article::id).toList());
                for (Article a : list) {
                    Map<String, Object> m = ArticleJson.summary(a);
                    m.put("text", a.text()); // a local export: the whole text, unlike the API's pages
                    org.sitrep.json.RecordJson.putType(m, types.get(a.id()));
                    items.add(m);
                }
                Output.json(out, items);
                return ExitCodes.OK;
            }
            long total = sitrep.countArticles();
            out.println(Output.cell("ID", 16) + "  " + Output.cell("PUBLISHED", 10) + "  " + Output.cell("LANG", 4) + "  "
                    + Output.cell("OUTLET", 22) + "  TITLE");
            for (Article a : list) {
                out.println(Output.cell(a.id(), 16) + "  " + Output.cell(a.published() == null ? null : a.published().iso().substring(0, 10), 10)
                        + "  " + Output.cell(a.language(), 4) + "  " + Output.cell(a.outlet(), 22) + "  "
                        + Output.cell(a.title() != null ? a.title() : firstWords(a.text()), 70));
            }
            out.printf("%d shown of %d stored in %s%n", list.size(), total, main.dataDir());
            out.flush();
        }
        return ExitCodes.OK;
    }

    static String firstWords(String text) {
        return text == null ? null : "(untitled) " + text.strip();
    }
}
