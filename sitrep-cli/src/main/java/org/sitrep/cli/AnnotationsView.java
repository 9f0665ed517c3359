package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.geo.GeoNames;
import org.sitrep.model.Article;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.TimeMention;
import org.sitrep.store.EntityReads;
import org.sitrep.json.EntityJson;
import org.sitrep.app.Sitrep;

/** {@code sitrep show ID --annotations}: the stored annotations of one article, as text or JSON. */
final class AnnotationsView {
    private AnnotationsView() {
    }

    static int print(PrintWriter out, Sitrep sitrep, Article a, boolean json) {
        EntityReads.StoredAnnotations an = sitrep.annotations(a.id());
        if (json) {
            Output.json(out, EntityJson.annotations(an, a.text()));
            return ExitCodes.OK;
        }
        out.println(a.title() == null ? "(untitled)" : a.title());
        out.println("id         " + a.id());
        if (!an.status().equals("annotated")) {
            out.println("status     " + an.status() + (an.reason() == null ? "" : ": " + an.reason())
                    + (an.status().equals("pending") ? " (run `sitrep annotate`)" : ""));
            out.flush();
            return ExitCodes.OK;
        }
        out.println("reference  " + an.reference() + (an.referenceIsFetchTime() ? "  (fetch time: publication date unknown)" : "  (publication)"));
        out.println("tokens     " + an.tokens());
        if (an.placesNote() != null) out.println("places     unresolved: " + an.placesNote());
        out.println();
        out.println("Names (" + an.mentions().size() + "):");
        boolean geo = false;
        for (EntityReads.StoredMention m : an.mentions()) {
            StringBuilder b = new StringBuilder(String.format("  %-28s %-12s", Output.cell(m.text(), 28), m.kind().toLowerCase(Locale.ROOT)));
            if (m.entityId() != null) b.append(" entity ").append(m.entityId());
            if (m.latitude() != null) {
                geo = true;
                b.append(String.format(Locale.ROOT, "  %.4f, %.4f", m.latitude(), m.longitude()));
                if (m.geonameId() != null && m.geonameId() > 0) b.append("  GeoNames ").append(m.geonameId());
            }
            if (m.placeStatus() != null && !m.placeStatus().equals("resolved")) b.append("  [").append(m.placeStatus()).append(": ").append(m.placeDetail()).append(']');
            out.println(b);
        }
        if (geo) out.println("  " + GeoNames.ATTRIBUTION);
        out.println();
        out.println("Dates of what it reports:");
        for (TimeMention t : an.times()) if (!t.ownDate()) out.println(date(t));
        out.println("The article's own dates:");
        for (TimeMention t : an.times()) if (t.ownDate()) out.println(date(t));
        out.println();
        out.println("Quantities:");
        for (Quantity q : an.quantities()) {
            out.printf("  %-10s %-14s  %s%n", q.text(), q.counted() == null ? "-" : q.counted(),
                    Output.cell(EntityJson.sentence(an, a.text(), q.sentence()), 100).strip());
        }
        out.println();
        out.println("Quotes:");
        for (EntityReads.StoredQuote q : an.quotes()) {
            out.printf("  %s%s: “%s”%n", q.quote().speaker() == null ? "(speaker unknown)" : q.quote().speaker(),
                    q.speakerEntityId() == null ? "" : " [entity " + q.speakerEntityId() + "]", Output.cell(q.quote().text(), 110).strip());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String date(TimeMention t) {
        return String.format("  %-24s %-18s %-5s%s%s", Output.cell(t.text(), 24), t.value(), t.precision().name().toLowerCase(Locale.ROOT),
                t.relative() ? "  relative" : "", t.againstFetchTime() ? " (to the fetch time)" : "");
    }
}
