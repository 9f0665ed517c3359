package org.sitrep.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the claims of one event or story: folds the same claim from several articles into one group (counting
 * independent sources, copies collapsed), finds the questions answered incompatibly (disputes), and tells one side's
 * figure updated over days from a dispute. A pure function of its input; thread-safe.
 *
 * <p>Two claims are the same claim when they have the same kind (and, for a denial, deny the same kind), the same or
 * nearby place, overlapping times, compatible actors and the same count of the same thing. A dispute is, for one place
 * and overlapping times: control claimed for different sides (a denial that one side holds the place counts for the
 * other); counts of the same thing from two different official sides that differ by more than
 * {@link ClaimParams#disputeTolerance()}; a claim and its explicit denial by another side. Numbers about different
 * places, a copy's figure, and one side's count changing between days are not disputes; nor are claims whose time is
 * unknown, nor claims only the press makes on one side.
 */
public final class ClaimComparison {
    private final ClaimParams params;

    public ClaimComparison(ClaimParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /**
     * A claim with the source it counts for.
     *
     * @param source the id that stands for the article's copy group (its original's id when it is a copy)
     * @param scope  the event its article is in, when claims of several events are compared (a story): statements
     *               of different events are never one claim (an undated report would otherwise join any year), though
     *               they may dispute each other; null when all are of one event
     */
    public record Sourced(Claim claim, String source, String scope) {
        public Sourced {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(source, "source");
        }

        public Sourced(Claim claim, String source) {
            this(claim, source, null);
        }
    }

    public ClaimReport compare(List<Sourced> claims) {
        // Single-link groups: two statements of one claim join their groups, unless the joined group would hold
        // statements of different days (an undated one cannot bridge years), of different events, or two speakers of
        // one article. Pairs are taken in input order, so the result does not depend on which statement came first
        // beyond that order.
        int n = claims.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ri = root(parent, i), rj = root(parent, j);
                if (ri == rj || !Objects.equals(claims.get(i).scope(), claims.get(j).scope())) continue;
                if (!same(claims.get(i).claim(), claims.get(j).claim()) || !joinable(claims, members.get(ri), members.get(rj))) continue;
                int lo = Math.min(ri, rj), hi = Math.max(ri, rj);
                parent[hi] = lo;
                members.get(lo).addAll(members.get(hi));
                members.get(hi).clear();
            }
        }
        List<List<Sourced>> ordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (root(parent, i) != i) continue;
            List<Integer> ids = new ArrayList<>(members.get(i));
            ids.sort(null);
            List<Sourced> g = new ArrayList<>();
            for (int id : ids) g.add(claims.get(id));
            ordered.add(g);
        }
        List<List<Sourced>> groupsInOrder = ordered;
        List<ClaimReport.Group> groups = new ArrayList<>();
        for (List<Sourced> g : groupsInOrder) groups.add(group(groups.size(), g));
        List<ClaimReport.Dispute> disputes = new ArrayList<>();
        disputes.addAll(control(groups));
        List<ClaimReport.Update> updates = new ArrayList<>();
        disputes.addAll(counts(groups, updates));
        disputes.addAll(denials(groups));
        return new ClaimReport(groups, merged(disputes), updates);
    }

    private static ClaimReport.Group group(int id, List<Sourced> g) {
        List<Claim> cs = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Sourced s : g) {
            cs.add(s.claim());
            articles.add(s.claim().articleId());
            sources.add(s.source());
            sides.add(s.claim().side());
        }
        return new ClaimReport.Group(id, cs, new ArrayList<>(articles), sources.size(), sides);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** Whether two groups may become one: every pair of days overlaps, and no article speaks through two speakers. */
    private boolean joinable(List<Sourced> claims, List<Integer> a, List<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                Claim cx = claims.get(x).claim(), cy = claims.get(y).claim();
                if (!overlap(cx.time(), cy.time()) || otherSpeakerOfTheSameArticle(cx, cy)) return false;
            }
        }
        return true;
    }

    private static boolean otherSpeakerOfTheSameArticle(Claim a, Claim b) {
        return a.articleId().equals(b.articleId()) && !a.speaker().name().equals(b.speaker().name());
    }

    /**
     * Whether two statements are one claim. Within one article, two speakers saying the same thing stay two claims (a
     * dispute shows each speaker); across articles, the speaker may differ (another outlet reporting the same claim).
     */
    boolean same(Claim a, Claim b) {
        if (a.kind() != b.kind() || a.denies() != b.denies()) return false;
        if (a.articleId().equals(b.articleId()) && !a.speaker().name().equals(b.speaker().name())) return false;
        if (a.kind() == ClaimKind.OTHER) return textKey(a.text()).equals(textKey(b.text()));
        if (actorMatters(a.kind()) && !compatibleActors(a.actor(), b.actor())) return false;
        if (!anyPlace(a, b) || !overlap(a.time(), b.time())) return false;
        if ((a.quantity() == null) != (b.quantity() == null)) return false;
        if (a.quantity() == null) return a.kind() != ClaimKind.CONTROL || a.actor() == b.actor();
        return Objects.equals(counted(a), counted(b)) && differs(a.quantity().value(), b.quantity().value()) <= params.sameTolerance();
    }

    private List<ClaimReport.Dispute> control(List<ClaimReport.Group> groups) {
        // Each group that says who holds a place, with the holder it says.
        Map<Integer, Side> holder = new LinkedHashMap<>();
        for (ClaimReport.Group g : groups) {
            Claim c = g.claim();
            if (c.place() == null) continue;
            if (c.kind() == ClaimKind.CONTROL && c.actor().belligerent()) holder.put(g.id(), c.actor());
            else if (c.kind() == ClaimKind.DENIAL && c.denies() == ClaimKind.CONTROL && c.actor().belligerent()) {
                holder.put(g.id(), c.actor().opponent());
            }
        }
        List<ClaimReport.Dispute> out = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int a : holder.keySet()) {
            if (used.contains(a)) continue;
            // Everything said of this place at this time, then whether two sides' speakers answer it differently.
            List<Integer> question = new ArrayList<>();
            for (int b : holder.keySet()) {
                if (!used.contains(b) && places(groups.get(a).claim().place(), groups.get(b).claim().place(), false)
                        && known(groups.get(a)) && known(groups.get(b))
                        && overlap(time(groups.get(a)), time(groups.get(b)))) question.add(b);
            }
            Map<Side, List<Integer>> byHolder = new LinkedHashMap<>();
            for (int g : question) byHolder.computeIfAbsent(holder.get(g), k -> new ArrayList<>()).add(g);
            if (byHolder.size() < 2 || !speakersDiffer(groups, byHolder.get(Side.UKRAINE), byHolder.get(Side.RUSSIA))) continue;
            used.addAll(question);
            Claim.Place place = groups.get(a).claim().place();
            List<ClaimReport.Position> positions = new ArrayList<>();
            for (var e : byHolder.entrySet()) {
                positions.add(new ClaimReport.Position("held by " + name(e.getKey()), e.getValue(), sides(groups, e.getValue())));
            }
            out.add(new ClaimReport.Dispute("Who controls " + place.name() + "?", ClaimKind.CONTROL, place,
                    "both sides claim to hold the place at the same time", positions));
        }
        return out;
    }

    private List<ClaimReport.Dispute> counts(List<ClaimReport.Group> groups, List<ClaimReport.Update> updates) {
        List<ClaimReport.Dispute> out = new ArrayList<>();
        for (ClaimReport.Group ga : groups) {
            for (ClaimReport.Group gb : groups) {
                if (gb.id() <= ga.id()) continue;
                Claim a = ga.claim(), b = gb.claim();
                if (a.kind() != b.kind() || !a.kind().counts() || a.quantity() == null || b.quantity() == null) continue;
                if (counted(a) == null || !counted(a).equals(counted(b))) continue;
                if (a.place() == null || b.place() == null || !places(a.place(), b.place(), false)) continue;
                if (actorMatters(a.kind()) && !compatibleActors(a.actor(), b.actor())) continue;
                double diff = differs(a.quantity().value(), b.quantity().value());
                if (a.side() == b.side() && a.side() != Side.UNKNOWN && diff > params.sameTolerance() && later(time(ga), time(gb)) != 0) {
                    boolean bLater = later(time(ga), time(gb)) > 0;
                    updates.add(new ClaimReport.Update(a.kind(), a.place(), a.side(), a.quantity().counted(),
                            bLater ? ga.id() : gb.id(), bLater ? gb.id() : ga.id()));
                    continue;
                }
                if (!known(ga) || !known(gb) || !overlap(time(ga), time(gb)) || diff <= params.disputeTolerance()) continue;
                if (!a.side().official() || !b.side().official() || a.side() == b.side()) continue;
                String what = counted(a);
                out.add(new ClaimReport.Dispute("How many " + what + " (" + a.kind().label() + ") in " + a.place().name() + "?",
                        a.kind(), a.place(), String.format(Locale.ROOT, "counts differ by %.0f %% (more than %.0f %%)", diff * 100,
                        params.disputeTolerance() * 100), List.of(
                        new ClaimReport.Position(name(a.side()) + ": " + amount(a), List.of(ga.id()), ga.sides()),
                        new ClaimReport.Position(name(b.side()) + ": " + amount(b), List.of(gb.id()), gb.sides()))));
            }
        }
        return out;
    }

    private List<ClaimReport.Dispute> denials(List<ClaimReport.Group> groups) {
        List<ClaimReport.Dispute> out = new ArrayList<>();
        for (ClaimReport.Group d : groups) {
            Claim denial = d.claim();
            if (denial.kind() != ClaimKind.DENIAL || denial.denies() == ClaimKind.CONTROL || denial.denies() == ClaimKind.OTHER) continue;
            // A side denies its own act ("Moscow denied striking the hospital") or the act the denial names.
            Side accused = denial.actor() != Side.UNKNOWN ? denial.actor() : denial.side();
            List<Integer> asserted = new ArrayList<>();
            for (ClaimReport.Group g : groups) {
                Claim c = g.claim();
                if (c.kind() != denial.denies() || c.actor() != accused || !accused.belligerent()) continue;
                boolean samePlace = denial.place() != null && c.place() != null && places(denial.place(), c.place(), false);
                // Without places, only the claim just before the denial in the same article is what it answers.
                boolean justBefore = denial.place() == null && c.place() == null && c.articleId().equals(denial.articleId())
                        && denial.sentence() - c.sentence() >= 0 && denial.sentence() - c.sentence() <= 2;
                if (!samePlace && !justBefore) continue;
                if (!known(g) || !known(d) || !overlap(time(g), time(d))) continue;
                if (c.side() == denial.side() || !c.side().official() || !denial.side().official()) continue;
                asserted.add(g.id());
            }
            if (asserted.isEmpty()) continue;
            Claim.Place place = denial.place() != null ? denial.place() : groups.get(asserted.get(0)).claim().place();
            out.add(new ClaimReport.Dispute("Was there " + denial.denies().label() + (place == null ? "" : " in " + place.name()) + "?",
                    denial.denies(), place, "one side asserts what another explicitly denies", List.of(
                    new ClaimReport.Position("asserted", asserted, sides(groups, asserted)),
                    new ClaimReport.Position("denied", List.of(d.id()), d.sides()))));
        }
        return out;
    }

    /** Disputes that ask the same question become one, each answer's claims together. */
    private static List<ClaimReport.Dispute> merged(List<ClaimReport.Dispute> disputes) {
        Map<String, ClaimReport.Dispute> byQuestion = new LinkedHashMap<>();
        for (ClaimReport.Dispute d : disputes) {
            ClaimReport.Dispute had = byQuestion.get(d.question());
            if (had == null) {
                byQuestion.put(d.question(), d);
                continue;
            }
            Map<String, ClaimReport.Position> answers = new LinkedHashMap<>();
            for (ClaimReport.Position p : had.positions()) answers.put(p.answer(), p);
            for (ClaimReport.Position p : d.positions()) {
                ClaimReport.Position q = answers.get(p.answer());
                if (q == null) {
                    answers.put(p.answer(), p);
                    continue;
                }
                List<Integer> ids = new ArrayList<>(q.groups());
                for (int g : p.groups()) if (!ids.contains(g)) ids.add(g);
                Set<Side> sides = EnumSet.noneOf(Side.class);
                sides.addAll(q.sides());
                sides.addAll(p.sides());
                answers.put(p.answer(), new ClaimReport.Position(p.answer(), ids, sides));
            }
            byQuestion.put(d.question(), new ClaimReport.Dispute(had.question(), had.kind(), had.place(), had.why(), new ArrayList<>(answers.values())));
        }
        return new ArrayList<>(byQuestion.values());
    }

    /**
     * Whether an official speaker (a state or an international body) on one side and one on the other are of
     * different sides: two outlets' own words, or one side's, make no dispute.
     */
    private static boolean speakersDiffer(List<ClaimReport.Group> groups, List<Integer> one, List<Integer> other) {
        if (one == null || other == null) return false;
        for (int a : one) {
            for (int b : other) {
                for (Side sa : groups.get(a).sides()) {
                    for (Side sb : groups.get(b).sides()) {
                        if (sa != sb && sa.official() && sb.official()) return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a statement of the group has a time (all its statements overlap it): a dispute needs to know the claims
     * are about the same days.
     */
    private static boolean known(ClaimReport.Group g) {
        return time(g) != null;
    }

    /** The time of the group's first dated statement; null when none is dated. */
    private static Claim.When time(ClaimReport.Group g) {
        for (Claim c : g.claims()) if (c.time() != null) return c.time();
        return null;
    }

    private static Set<Side> sides(List<ClaimReport.Group> groups, List<Integer> ids) {
        Set<Side> out = EnumSet.noneOf(Side.class);
        for (int i : ids) out.addAll(groups.get(i).sides());
        return out;
    }

    /**
     * Whether the actor tells two claims of this kind apart: who holds a place, whose drones were shot down, whose
     * people were killed. For attacks the text names either side ("Ukrainian soldiers repelled 10 attacks", "10 enemy
     * attacks were repelled") for the same fact.
     */
    private static boolean actorMatters(ClaimKind k) {
        return k == ClaimKind.CONTROL || k == ClaimKind.DENIAL || k == ClaimKind.SHOT_DOWN || k == ClaimKind.LAUNCHED
                || k == ClaimKind.KILLED || k == ClaimKind.WOUNDED || k == ClaimKind.CAPTURED;
    }

    /** Whether two claims are about one place: their places match, or one of the towns each names (both none: yes). */
    private boolean anyPlace(Claim a, Claim b) {
        if (a.place() == null || b.place() == null) return a.place() == null && b.place() == null;
        for (Claim.Place x : a.allPlaces()) for (Claim.Place y : b.allPlaces()) if (places(x, y, false)) return true;
        return false;
    }

    private static boolean compatibleActors(Side a, Side b) {
        return a == b || a == Side.UNKNOWN || b == Side.UNKNOWN;
    }

    /** Whether two places are one for comparing claims; two missing places are one only when {@code bothMissing}. */
    boolean places(Claim.Place a, Claim.Place b, boolean bothMissing) {
        if (a == null || b == null) return a == null && b == null && bothMissing;
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) return true;
        if (a.entityId() != null && a.entityId().equals(b.entityId())) return true;
        if (textKey(a.name()).equals(textKey(b.name()))) return true;
        return a.located() && b.located() && km(a, b) <= params.nearKm();
    }

    /** Whether two times overlap once each is widened by the slack; a missing time overlaps everything. */
    boolean overlap(Claim.When a, Claim.When b) {
        if (a == null || b == null) return true;
        Duration slack = Duration.ofDays(params.slackDays());
        return a.begin().minus(slack).isBefore(b.until()) && b.begin().minus(slack).isBefore(a.until());
    }

    /** 1 when b starts at least a day after a ends (with slack), -1 the other way round, else 0. */
    private int later(Claim.When a, Claim.When b) {
        if (a == null || b == null) return 0;
        Instant aEnd = a.until(), bEnd = b.until();
        if (!b.begin().isBefore(aEnd)) return 1;
        if (!a.begin().isBefore(bEnd)) return -1;
        return 0;
    }

    private static double differs(double a, double b) {
        double max = Math.max(Math.abs(a), Math.abs(b));
        return max == 0 ? 0 : Math.abs(a - b) / max;
    }

    private static String amount(Claim c) {
        double v = c.quantity().value();
        String n = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        return n + " " + c.quantity().counted();
    }

    private static String name(Side s) {
        return switch (s) {
            case UKRAINE -> "Ukraine";
            case RUSSIA -> "Russia";
            case OTHER_STATE -> "another state";
            case INTERNATIONAL -> "an international body";
            case MEDIA -> "the press";
            case UNKNOWN -> "unknown";
        };
    }

    /** Words for the same people counted are one ("troops", "servicemen", "soldiers"; "killed", "people", "civilians"). */
    private static final Map<String, String> COUNTED = Map.ofEntries(Map.entry("troops", "soldiers"), Map.entry("servicemen", "soldiers"),
            Map.entry("fighters", "soldiers"), Map.entry("personnel", "soldiers"), Map.entry("recruits", "soldiers"),
            Map.entry("conscripts", "soldiers"), Map.entry("servicemembers", "soldiers"), Map.entry("killed", "people"),
            Map.entry("dead", "people"), Map.entry("wounded", "people"), Map.entry("injured", "people"), Map.entry("persons", "people"),
            Map.entry("civilians", "people"), Map.entry("residents", "people"), Map.entry("russians", "soldiers"),
            Map.entry("ukrainians", "people"), Map.entry("uavs", "drones"), Map.entry("shaheds", "drones"), Map.entry("assaults", "attacks"));

    /** What a claim's number counts, in one word for each kind of thing. */
    static String counted(Claim c) {
        if (c.quantity() == null || c.quantity().counted() == null) return null;
        String k = c.quantity().counted().toLowerCase(Locale.ROOT);
        String canon = COUNTED.getOrDefault(k, k);
        // A count of soldiers killed and of people killed answer one question.
        return (c.kind() == ClaimKind.KILLED || c.kind() == ClaimKind.WOUNDED || c.kind() == ClaimKind.CAPTURED) && canon.equals("soldiers") ? "people" : canon;
    }

    static String textKey(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static double km(Claim.Place a, Claim.Place b) {
        return Claim.Place.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
