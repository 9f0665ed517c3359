package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.RemovedSpan;
import org.sitrep.json.ArticleJson;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep show ID}: one article's metadata, cleaned text and what cleaning removed, with the rules. */
@Command(name = "show", description = {"Show one article: metadata, cleaned text, and what was removed and by which rule.",
        "ID may be a unique prefix (4+ characters). --json adds source_text, removed[], problems[], fields, origin."})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Article id or a unique prefix of it.")
    String id;

    @Option(names = "--json", description = "Print the article as JSON.")
    boolean json;

    @Option(names = "--annotations", description = {"Show what annotation found instead: names with their entity and place,",
            "dates (the article's own apart), quantities and quotes with their sentences. With --json: the API's shape."})
    boolean annotations;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            Optional<Article> found = Output.article(sitrep, id, spec.commandLine().getErr(), main.dataDir());
            if (found.isEmpty()) return ExitCodes.NOT_FOUND;
            Article a = found.get();
            if (annotations) return AnnotationsView.print(out, sitrep, a, json);
            if (json) {
                java.util.Map<String, Object> m = ArticleJson.full(a);
                org.sitrep.json.RecordJson.putType(m, sitrep.articleType(a.id()));
                Output.json(out, m);
                return ExitCodes.OK;
            }
            out.println(a.title() == null ? "(untitled)" : a.title());
            out.println("id         " + a.id());
            out.println("outlet     " + orDash(a.outlet()));
            out.println("url        " + orDash(a.url()));
            out.println("published  " + (a.published() == null ? "-" : a.published().iso() + "  ("
                    + a.published().precision().name().toLowerCase() + ", from " + a.published().evidence().name().toLowerCase() + ")"));
            out.println("fetched    " + a.fetched());
            out.printf("language   %s (%.2f)%n", a.language(), a.languageConfidence());
            out.println("origin     " + a.origin() + " [" + a.origin().format().name().toLowerCase() + "]");
            a.fields().forEach((k, v) -> out.println("field      " + k + " = " + Output.cell(v, 80).strip()));
            org.sitrep.records.TypeCall t = sitrep.articleType(a.id());
            out.println("event type " + (t == null ? "- (not classified: not annotated yet, or in a language without an annotator)"
                    : t.subType() == null ? String.format("none of ACLED's (%.2f)", t.confidence())
                    : String.format("%s / %s (%.2f)", t.subType().type().label(), t.subType().label(), t.confidence())));
            out.println();
            out.println(a.text());
            out.println();
            out.println("Removed by cleaning (" + a.removed().size() + "):");
            for (RemovedSpan s : a.removed()) {
                out.println("  [" + s.rule() + "] " + Output.cell(s.text(a.sourceText()), 100).strip());
            }
            if (!a.problems().isEmpty()) {
                out.println("Problems:");
                for (Problem p : a.problems().items()) out.println("  " + p.stage() + "/" + p.code() + ": " + p.message());
                if (a.problems().dropped() > 0) out.println("  … and " + a.problems().dropped() + " more");
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
