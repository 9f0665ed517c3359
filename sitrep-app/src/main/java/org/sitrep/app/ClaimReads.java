package org.sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimReport;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.SitrepStore;

/** Loads the claims of a set of articles with their copy groups and hands them to the comparison. */
final class ClaimReads {
    private ClaimReads() {
    }

    /**
     * The comparison of the claims of these articles (in seq order), copies counted as their originals' source; with
     * {@code byEvent}, statements of different events are never folded into one claim.
     */
    static ClaimReport report(SitrepStore store, List<String> articleIds, ClaimComparison comparison, boolean byEvent) {
        if (articleIds.isEmpty()) return ClaimReport.empty();
        return compare(store, store.claims().of(articleIds), comparison, byEvent);
    }

    /** The comparison of these claims (in the order given), with their copy groups and, with {@code byEvent}, events. */
    static ClaimReport compare(SitrepStore store, List<Claim> claims, ClaimComparison comparison, boolean byEvent) {
        if (claims.isEmpty()) return ClaimReport.empty();
        List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(claims.stream().map(Claim::articleId).toList()));
        Map<String, String> roots = store.sourceRoots(ids);
        Map<String, String> events = new java.util.HashMap<>();
        if (byEvent) for (String id : ids) store.eventReads().ofArticle(id).ifPresent(e -> events.put(id, e.getKey()));
        List<ClaimComparison.Sourced> in = new ArrayList<>();
        for (Claim c : claims) {
            in.add(new ClaimComparison.Sourced(c, roots.getOrDefault(c.articleId(), c.articleId()), byEvent ? events.get(c.articleId()) : null));
        }
        return comparison.compare(in);
    }

    static ClaimIndex.EventSummary summary(String eventId, ClaimReport r) {
        int claims = 0, corroborated = 0;
        for (ClaimReport.Group g : r.groups()) {
            claims += g.claims().size();
            if (g.corroborated()) corroborated++;
        }
        List<String> questions = new ArrayList<>();
        for (ClaimReport.Dispute d : r.disputes()) questions.add(d.question());
        return new ClaimIndex.EventSummary(eventId, claims, r.groups().size(), corroborated, r.disputes().size(), questions);
    }
}
