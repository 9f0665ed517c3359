package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SourceFormat;

/** Prints a page's source text line by line with the rule that removed each line (or "+" when kept): for development. */
final class ShowExtraction {
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            String html = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Article a = HtmlExtractionEvalIT.clean(RawDocument.html(new Origin(file, "", SourceFormat.HTML), html, "http://fakehost/test/page.html", Instant.EPOCH));
            String s = a.sourceText();
            System.out.println("### " + file + " title=" + a.title());
            int at = 0;
            for (String line : s.split("\n", -1)) {
                int start = at;
                at += line.length() + 1;
                if (line.isBlank()) continue;
                String rule = "+";
                for (RemovedSpan r : a.removed()) if (r.start() <= start && r.end() >= start + line.length()) rule = r.rule();
                System.out.println(rule + "\t" + (line.length() > 160 ? line.substring(0, 160) + "…" : line));
            }
        }
    }
}
