package org.sitrep.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimComparison;
import org.sitrep.claims.ClaimReport;
import org.sitrep.model.Article;
import org.sitrep.records.EventRecord;
import org.sitrep.records.EventRecords;
import org.sitrep.records.TypeCall;
import org.sitrep.store.EntityReads;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.EventTypeClassifier;

/** Loads what the record rules need for a set of articles (their types, claims, places, sources) and applies them. */
final class RecordReads {
    private RecordReads() {
    }

    /** The article's headline, or when it has none the first sentence of its text (at most 300 characters). */
    static String headline(Article a) {
        if (a.title() != null && !a.title().isBlank()) return a.title();
        String t = a.text() == null ? "" : a.text().strip();
        int end = t.length();
        for (String stop : new String[] {". ", ".\n", "\n"}) {
            int i = t.indexOf(stop);
            if (i > 0 && i < end) end = i;
        }
        return t.substring(0, Math.min(end, 300));
    }

    /** The records of these articles taken as one event, {@code key} naming it. */
    static List<EventRecord> records(SitrepStore store, String key, List<String> articleIds, ClaimComparison comparison,
                                     EventTypeClassifier classifier, EventRecords rules) {
        Map<String, String> roots = store.sourceRoots(articleIds);
        Map<String, TypeCall> types = store.types().of(articleIds);
        List<EventRecords.Member> members = new ArrayList<>();
        for (String id : articleIds) {
            Optional<Article> a = store.article(id);
            if (a.isEmpty()) continue;
            LocalDate day = a.get().published() == null ? null : LocalDate.ofInstant(a.get().published().instant(), ZoneOffset.UTC);
            members.add(new EventRecords.Member(id, roots.getOrDefault(id, id), headline(a.get()), day, types.get(id)));
        }
        List<Claim> claims = store.claims().of(articleIds);
        ClaimReport report = ClaimReads.compare(store, claims, comparison, false);
        Map<Long, Long> named = store.eventReads().entitiesNamedBy(articleIds);
        List<EventRecords.PlaceInfo> places = new ArrayList<>();
        for (EntityReads.Entity e : store.entityReads().byIds(named.keySet()).values()) {
            if (!"PLACE".equals(e.type())) continue;
            places.add(new EventRecords.PlaceInfo(e.id(), e.name(), e.geonameId(), e.latitude(), e.longitude(), e.featureCode(), e.country(),
                    e.admin1(), named.getOrDefault(e.id(), 0L)));
        }
        places.sort(java.util.Comparator.comparingLong(EventRecords.PlaceInfo::articles).reversed().thenComparing(EventRecords.PlaceInfo::entityId));
        return rules.records(new EventRecords.Input(key, members, claims, report, places, classifier::classify));
    }
}
