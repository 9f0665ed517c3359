package org.sitrep.records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

/** Who and how many killed, from a record's claims: the actor and fatality rules of {@link EventRecords}. */
final class RecordFacts {
    private static final Pattern CIVILIANS = Pattern.compile("(?i)\\b(civilian|resident|people|person|child|children|woman|women|man|men|villager|inhabitant|passer|pensioner)");
    private static final Pattern FIGHTERS = Pattern.compile("(?i)\\b(soldier|troop|servicem[ae]n|personnel|fighter|militant|occupier|invader|mercenar|marine|paratrooper|combatant)");

    private static final Pattern CASUALTIES = Pattern.compile("(?i)casualt");
    /** A running total: "the war has killed", "since February", "so far", "in total" (not "since the beginning of the day"). */
    private static final Pattern CUMULATIVE = Pattern.compile("(?i)\\b(since (the )?(start|beginning|outbreak)(?! of (the |this )?(day|morning|night|week|today))|since (the )?(invasion|war|full-scale|\\p{Lu}\\w+ 20\\d\\d|20\\d\\d|"
            + "january|february|march|april|may|june|july|august|september|october|november|december)|so far (this|in)|to date|in total|"
            + "(war|invasion|conflict)('s)? (\\w+ ){0,3}(has|have) (\\w+ )?killed|(war|invasion) (\\w+ ){0,2}death toll|(overall|actual|total) (death )?toll)");
    /** A part of the dead: "two children were among the dead", "including three children". */
    private static final Pattern PART = Pattern.compile("(?i)\\b(among (the|those) (dead|killed|victims)|were among|of (them|whom))");

    private RecordFacts() {
    }

    /**
     * For fighting, the side said to attack (or hold) against the other of the two sides of this war when the reports
     * name it; for violence against civilians and strikes that killed civilians, the civilians of the place's country;
     * protesters and rioters of the place's country for protests and riots. A side the reports do not name is not
     * guessed: null.
     */
    static EventRecord.Actor[] actors(EventType type, List<Claim> claims, List<Claim> all, EventRecord.Location where) {
        Map<Side, Integer> acting = new HashMap<>();
        Set<Side> named = EnumSet.noneOf(Side.class);
        boolean civiliansHurt = false;
        for (Claim c : claims) {
            if ((c.kind() == ClaimKind.ATTACK || c.kind() == ClaimKind.LAUNCHED || c.kind() == ClaimKind.CONTROL) && official(c.actor())) {
                acting.merge(c.actor(), 1, Integer::sum);
            }
            if ((c.kind() == ClaimKind.KILLED || c.kind() == ClaimKind.WOUNDED) && c.quantity() != null && c.quantity().counted() != null
                    && !FIGHTERS.matcher(c.quantity().counted()).find()
                    && (CIVILIANS.matcher(c.quantity().counted()).find() || CIVILIANS.matcher(c.text()).find() && !FIGHTERS.matcher(c.text()).find())) {
                civiliansHurt = true;
            }
        }
        for (Claim c : all) {
            if (official(c.actor())) named.add(c.actor());
            if (official(c.side())) named.add(c.side());
        }
        Side first = acting.entrySet().stream().max(Map.Entry.<Side, Integer>comparingByValue().thenComparing(e -> e.getKey().ordinal() * -1))
                .map(Map.Entry::getKey).orElse(null);
        String country = where == null || where.country() == null ? null : Locale.of("", where.country()).getDisplayCountry(Locale.ENGLISH);
        EventRecord.Actor a1 = first == null ? null : new EventRecord.Actor(forces(first), first, "the side the reports say acted");
        EventRecord.Actor a2 = null;
        boolean againstCivilians = type == EventType.VIOLENCE_AGAINST_CIVILIANS || (type == EventType.EXPLOSIONS_REMOTE_VIOLENCE && civiliansHurt);
        if (againstCivilians && country != null) {
            a2 = new EventRecord.Actor("Civilians (" + country + ")", Side.UNKNOWN, "civilians are reported killed or wounded");
        } else if (first != null && (type == EventType.BATTLES || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE)) {
            Side other = first == Side.UKRAINE ? Side.RUSSIA : Side.UKRAINE;
            if (named.contains(other)) a2 = new EventRecord.Actor(forces(other), other, "the other side the reports name");
        }
        if (type == EventType.PROTESTS || type == EventType.RIOTS) {
            String who = type == EventType.PROTESTS ? "Protesters" : "Rioters";
            a1 = country == null ? null : new EventRecord.Actor(who + " (" + country + ")", Side.UNKNOWN, "the event's type");
        }
        return new EventRecord.Actor[] {a1, a2};
    }

    private static boolean official(Side s) {
        return s == Side.UKRAINE || s == Side.RUSSIA;
    }

    private static String forces(Side s) {
        return s == Side.UKRAINE ? "Military Forces of Ukraine (2019-)" : "Military Forces of Russia (2000-)";
    }


    /**
     * Only figures that count people killed ("2 killed", "five civilians"; a bare number never); per article and
     * speaker the highest. Low and high are the range reported; best the lowest credible figure (not hedged, not a
     * side's count of its enemy's dead), a hedged one when nothing firmer, 0 when only an enemy's count.
     */
    static EventRecord.Fatalities fatalities(List<Claim> claims) {
        Map<String, EventRecord.Figure> byArticle = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.kind() != ClaimKind.KILLED || c.quantity() == null || c.quantity().counted() == null) continue;
            double v = c.quantity().value();
            if (v < 0 || v != Math.floor(v) || v > 1_000_000) continue;
            // Casualties are killed and wounded together; a war's running total is no event's toll.
            if (CASUALTIES.matcher(c.quantity().counted()).find() || CUMULATIVE.matcher(c.text()).find()) continue;
            boolean enemyCount = official(c.side()) && official(c.actor()) && c.side() != c.actor();
            boolean part = PART.matcher(c.text()).find();
            LocalDate day = c.time() == null ? null : c.time().begin().atZone(ZoneOffset.UTC).toLocalDate();
            EventRecord.Figure f = new EventRecord.Figure(c.articleId(), c.speaker().name(), c.side(), (int) v, c.quantity().counted(), c.text(),
                    !c.hedged() && !enemyCount && !part, enemyCount, day);
            byArticle.merge(c.articleId() + "\u0000" + c.speaker().name(), f, (a, b) -> b.killed() > a.killed() ? b : a);
        }
        if (byArticle.isEmpty()) return EventRecord.Fatalities.none("no report counts people killed here");
        List<EventRecord.Figure> figures = new ArrayList<>(byArticle.values());
        int low = figures.stream().mapToInt(EventRecord.Figure::killed).min().orElseThrow();
        int high = figures.stream().mapToInt(EventRecord.Figure::killed).max().orElseThrow();
        List<EventRecord.Figure> credible = figures.stream().filter(EventRecord.Figure::credible).toList();
        List<EventRecord.Figure> hedged = figures.stream().filter(f -> !f.credible() && !f.enemyCount()).toList();
        int best;
        String basis;
        if (!credible.isEmpty()) {
            best = latestLowest(credible);
            basis = figures.size() == 1 ? "one report's figure" : "the lowest credible figure of the latest day's reports (" + figures.size() + " figures in all)";
        } else if (!hedged.isEmpty()) {
            best = latestLowest(hedged);
            basis = "only hedged figures: the lowest of the latest day's";
        } else {
            // A side's count of its enemy's dead alone ("destroyed 120 servicemen") is a claim, not a toll.
            best = 0;
            low = 0;
            basis = "only a side's count of its enemy's dead: none taken as best until another source gives a figure";
        }
        return new EventRecord.Fatalities(low, best, high, figures, basis);
    }

    /**
     * The lowest figure of the latest day that has any: a toll grows (and is corrected) as bodies are found and
     * counted, so the latest reports are the most complete, and their lowest the most conservative.
     */
    private static int latestLowest(List<EventRecord.Figure> figures) {
        LocalDate latest = figures.stream().map(EventRecord.Figure::day).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return figures.stream().filter(f -> latest == null || latest.equals(f.day())).mapToInt(EventRecord.Figure::killed).min().orElseThrow();
    }

}
