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

    /** The comparison of the claims of these articles (in seq order), copies counted as their originals' source. */
    static ClaimReport report(SitrepStore store, List<String> articleIds, ClaimComparison comparison) {
        if (articleIds.isEmpty()) return ClaimReport.empty();
        List<Claim> claims = store.claims().of(articleIds);
        if (claims.isEmpty()) return ClaimReport.empty();
        Map<String, String> roots = store.sourceRoots(articleIds);
        List<ClaimComparison.Sourced> in = new ArrayList<>();
        for (Claim c : claims) in.add(new ClaimComparison.Sourced(c, roots.getOrDefault(c.articleId(), c.articleId())));
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
