package org.sitrep.understand;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.claims.Claim;
import org.sitrep.nlp.TimeMention;
import org.sitrep.store.EntityReads.StoredAnnotations;
import org.sitrep.store.EntityReads.StoredMention;

/**
 * Where and when a sentence's claim is: the most specific place it names (a town before an unresolved name, a
 * district, a region, a country), not a place used as an adjective, an agent or a government; and the date it names,
 * else the article's publication day. Stateless and thread-safe.
 */
final class ClaimPlaces {
    private static final Pattern REGION_WORD = Pattern.compile("\\s+(region|oblast|province|governorate)\\b", Pattern.CASE_INSENSITIVE);
    /** Places that stand for a government when they speak or act. */
    private static final Pattern METONYMY = Pattern.compile("(?i)(the )?(Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Bankova)");

    private ClaimPlaces() {
    }

    /**
     * The places named in the sentence outside the speaker's name, not used as adjectives ("Moscow-appointed"), agents
     * ("by Russia") or for a government ("the Kremlin"): the most specific first, then the other towns and districts.
     */
    static List<Claim.Place> places(List<StoredMention> ms, int[] speakerSpan, int s0, String content) {
        List<StoredMention> kept = new ArrayList<>();
        for (StoredMention m : ms) {
            if (!"PLACE".equals(m.kind()) || METONYMY.matcher(m.text()).matches()) continue;
            if (speakerSpan != null && m.start() - s0 < speakerSpan[1] && m.end() - s0 > speakerSpan[0]) continue;
            int after = m.end() - s0, before = m.start() - s0;
            if (after < content.length() && (content.startsWith("'s", after) || content.startsWith("’s", after) || content.startsWith("-", after))) continue;
            // "launched by Russia": the agent, not the place.
            if (before >= 3 && content.substring(Math.max(0, before - 3), before).equalsIgnoreCase("by ")) continue;
            if (kept.stream().noneMatch(k -> k.text().equals(m.text()))) kept.add(m);
        }
        List<Claim.Place> out = new ArrayList<>();
        StoredMention best = null;
        for (StoredMention m : kept) if (best == null || rank(m, content, s0) < rank(best, content, s0)) best = m;
        if (best == null) return out;
        out.add(toPlace(best));
        for (StoredMention m : kept) if (m != best && rank(m, content, s0) <= 2) out.add(toPlace(m));
        return out;
    }

    /** Lower is more specific: a town, an unresolved name, a district, a region, a country. */
    static int rank(StoredMention m, String content, int s0) {
        String fc = m.featureCode();
        int after = m.end() - s0;
        if (after >= 0 && after <= content.length() && REGION_WORD.matcher(content.substring(after)).lookingAt()) return 3;
        if (m.geonameId() == null) return 1;
        if (fc == null) return 2;
        if (fc.startsWith("PPL")) return 0;
        if (fc.startsWith("ADM2") || fc.startsWith("ADM3")) return 2;
        if (fc.startsWith("ADM")) return 3;
        return 4;
    }

    static Claim.Place lastTown(List<StoredMention> ms) {
        Claim.Place out = null;
        for (StoredMention m : ms) {
            if ("PLACE".equals(m.kind()) && (m.geonameId() == null || m.featureCode() != null && m.featureCode().startsWith("PPL"))) out = toPlace(m);
        }
        return out;
    }

    private static Claim.Place toPlace(StoredMention m) {
        return new Claim.Place(m.text(), m.entityId(), m.geonameId(), m.latitude(), m.longitude());
    }

    /**
     * A date the sentence names (not the article's own stamp), else the publication day; unknown (null) when the
     * article's publication time is not known (a date read against the fetch time would be a guess).
     */
    static Claim.When when(StoredAnnotations ann, int s0, int s1) {
        for (TimeMention t : ann.times()) {
            if (t.ownDate() || t.start() < s0 || t.end() > s1) continue;
            // "Saturday" read against the day the article was fetched says nothing reliable of when it happened.
            if (t.againstFetchTime()) return null;
            return new Claim.When(t.value(), t.precision().name(), t.begin(), t.until(), false);
        }
        return publicationDay(ann);
    }

    /** The article's publication day as a claim's time; null when only the fetch time is known. */
    static Claim.When publicationDay(StoredAnnotations ann) {
        if (ann.reference() == null || ann.referenceIsFetchTime()) return null;
        Instant day = ann.reference().truncatedTo(ChronoUnit.DAYS);
        return new Claim.When(day.toString().substring(0, 10), "DAY", day, day.plus(Duration.ofDays(1)), true);
    }
}
