package org.sitrep.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which claims of a report a reader wants: of a kind, by speakers of a side, about a place (as written, any case),
 * containing words (in the sentence, the speaker or the place), or only the disputed ones. Null fields match all.
 */
public record ClaimFilter(ClaimKind kind, Side side, String place, String words, boolean disputedOnly) {
    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, false);

    public boolean isAll() {
        return kind == null && side == null && place == null && words == null && !disputedOnly;
    }

    /**
     * The report with only the groups kept (renumbered) and the disputes about the place and kind asked for; a
     * dispute keeps every claim it shows, kept or not, so that both sides stay visible. Updates are dropped unless
     * both their groups are kept.
     */
    public ClaimReport apply(ClaimReport r) {
        if (isAll()) return r;
        List<ClaimReport.Dispute> disputes = new ArrayList<>();
        for (ClaimReport.Dispute d : r.disputes()) {
            if (place != null && (d.place() == null || !d.place().name().equalsIgnoreCase(place))) continue;
            if (kind != null && d.kind() != kind) continue;
            disputes.add(d);
        }
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        List<ClaimReport.Group> groups = new ArrayList<>();
        if (!disputedOnly) {
            for (ClaimReport.Group g : r.groups()) if (keeps(g)) keep(g, renumber, groups);
        }
        for (ClaimReport.Dispute d : disputes) {
            for (ClaimReport.Position p : d.positions()) for (int id : p.groups()) if (!renumber.containsKey(id)) keep(r.groups().get(id), renumber, groups);
        }
        List<ClaimReport.Dispute> ds = new ArrayList<>();
        for (ClaimReport.Dispute d : disputes) {
            List<ClaimReport.Position> ps = new ArrayList<>();
            for (ClaimReport.Position p : d.positions()) {
                ps.add(new ClaimReport.Position(p.answer(), p.groups().stream().map(renumber::get).toList(), p.sides()));
            }
            ds.add(new ClaimReport.Dispute(d.question(), d.kind(), d.place(), d.why(), ps));
        }
        List<ClaimReport.Update> us = new ArrayList<>();
        for (ClaimReport.Update u : r.updates()) {
            if (renumber.containsKey(u.earlier()) && renumber.containsKey(u.later())) {
                us.add(new ClaimReport.Update(u.kind(), u.place(), u.side(), u.counted(), renumber.get(u.earlier()), renumber.get(u.later())));
            }
        }
        return new ClaimReport(groups, ds, us);
    }

    private static void keep(ClaimReport.Group g, Map<Integer, Integer> renumber, List<ClaimReport.Group> groups) {
        renumber.put(g.id(), groups.size());
        groups.add(new ClaimReport.Group(groups.size(), g.claims(), g.articles(), g.independentSources(), g.sides()));
    }

    /** Whether a group passes the kind, side, place and words asked for. */
    public boolean keeps(ClaimReport.Group g) {
        Claim c = g.claim();
        if (kind != null && c.kind() != kind) return false;
        if (side != null && !g.sides().contains(side)) return false;
        if (place != null && c.allPlaces().stream().noneMatch(p -> p.name().equalsIgnoreCase(place))) return false;
        if (words != null) {
            String hay = (c.text() + " " + c.speaker().name() + " " + (c.place() == null ? "" : c.place().name())).toLowerCase(Locale.ROOT);
            for (String w : words.toLowerCase(Locale.ROOT).strip().split("\\s+")) if (!hay.contains(w)) return false;
        }
        return true;
    }
}
