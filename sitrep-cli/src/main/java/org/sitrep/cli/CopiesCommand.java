package org.sitrep.cli;

import org.sitrep.copies.Lookalike;

import org.sitrep.store.Provenance;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.copies.CopyRelation;
import org.sitrep.model.Article;
import org.sitrep.json.ProvenanceJson;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep copies ID}: what an article copies and what copies it, with the evidence. */
@Command(name = "copies", description = {"Show what an article copies and what copies it: kind (exact, near, rewrite, translation), direction and why,",
        "the credited outlet, aligned sentence pairs and shared names and numbers; and articles alike in wording",
        "that are other reports, with what differs. --json: {id, copy_of[], copied_by[], lookalikes[]}."})
final class CopiesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Article id or a unique prefix of it.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            Optional<Article> a = Output.article(sitrep, id, spec.commandLine().getErr(), main.dataDir());
            if (a.isEmpty()) return ExitCodes.NOT_FOUND;
            Provenance p = sitrep.provenance(a.get().id());
            if (json) {
                Output.json(out, ProvenanceJson.of(p));
                return ExitCodes.OK;
            }
            out.println(a.get().id() + "  " + Output.cell(a.get().title() != null ? a.get().title() : ArticlesCommand.firstWords(a.get().text()), 90).strip());
            if (p.copyOf().isEmpty() && p.copiedBy().isEmpty()) out.println("No copies found: an independent report as far as Sitrep can tell.");
            for (CopyRelation r : p.copyOf()) print(out, sitrep, "copy of", r.originalId(), r);
            for (CopyRelation r : p.copiedBy()) print(out, sitrep, "copied by", r.copyId(), r);
            if (!p.lookalikes().isEmpty()) out.printf("%nAlike in wording, but other reports (not counted as copies):%n");
            for (Lookalike l : p.lookalikes()) {
                Article other = sitrep.article(l.other(p.id())).orElse(null);
                out.printf("  %s  %s%n    differs: %s%n", l.other(p.id()), other == null ? "" : Output.cell(other.title() != null ? other.title() : other.text(), 70).strip(),
                        String.join("; ", l.differsFrom(p.id()).stream().map(Object::toString).toList()));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Sitrep sitrep, String what, String otherId, CopyRelation r) {
        Article other = sitrep.article(otherId).orElse(null);
        out.printf("%n%s %s  %s  [%s, score %.2f; %s%s]%n", what, otherId, other == null ? "" : Output.cell(other.title() != null ? other.title() : other.text(), 60).strip(),
                r.kind().name().toLowerCase(), r.score(), "original by " + r.direction(), r.credited() == null ? "" : "; credits " + r.credited());
        for (CopyRelation.AlignedPair pair : r.aligned()) {
            out.println("  original: " + Output.cell(pair.original(), 110).strip());
            out.println("  copy:     " + Output.cell(pair.copy(), 110).strip());
        }
        if (!r.sharedFacts().isEmpty()) out.println("  shared names and numbers: " + String.join(", ", r.sharedFacts().subList(0, Math.min(20, r.sharedFacts().size()))));
    }
}
