package org.sitrep.records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.ClaimReport;

/**
 * Turns an event (its members with their type calls, their claims compared, the places they name) into ACLED-style
 * records. The rules, in order:
 * <ol>
 * <li><b>Where.</b> The event's place is the town its reports are about: the populated place scored highest by
 * headlines naming it (3 each), claims of incidents there (1 each) and articles naming it (½ each); failing a town,
 * the region most named. Claims of incidents at towns more than {@code radiusKm} away that carry a count (people
 * killed or wounded, attacks, settlements damaged) make a record of their own for that place: ACLED codes one
 * record per event, day and place. Statements dated before the event (background: "captured in 2022") are left out.
 * <li><b>What.</b> The main record's type is the vote of its members, one vote per independent source weighted by the
 * classifier's confidence: none when the votes for no event outweigh those for all types together, else the type
 * with most weight. Another place's record is typed from the sentences that report
 * it.
 * <li><b>When.</b> The first day that its claims state; the precision is 1 when they agree within a day, 2 within a
 * week, 3 beyond. With no stated day, the first day an article was published, precision 2 (it happened on that day
 * or shortly before).
 * <li><b>Who.</b> For fighting, the side said to attack (or hold) against the other of the two sides of this war
 * when the reports name it; for violence against civilians and strikes that killed civilians, the civilians of the
 * place's country. A side the reports do not name is not guessed.
 * <li><b>How many killed.</b> Only figures that count people killed ("2 killed", "five civilians"); a bare number never
 * is, nor casualties (killed and wounded), nor a war's running total ("the war has killed", "since February"); a part
 * of the dead ("two children were among the dead") is no total. Low and high are the range reported; best is the lowest credible figure (not hedged, not an enemy's count of
 * the other side's dead); 0 when none is reported.
 * </ol>
 */
public final class EventRecords {
    private static final Set<ClaimKind> INCIDENT = EnumSet.of(ClaimKind.ATTACK, ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.CAPTURED,
            ClaimKind.CONTROL, ClaimKind.DAMAGE, ClaimKind.LAUNCHED);
    private static final Set<ClaimKind> OWN_RECORD = EnumSet.of(ClaimKind.ATTACK, ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.DAMAGE);

    private final double radiusKm;

    /** @param radiusKm how far from the event's town an incident still belongs to its record (ACLED: the same place) */
    public EventRecords(double radiusKm) {
        if (!(radiusKm > 0)) throw new IllegalArgumentException("radiusKm must be positive, not " + radiusKm);
        this.radiusKm = radiusKm;
    }

    /** The default: 25 km, the distance within which we hold two reports to be about one place. */
    public static EventRecords standard() {
        return new EventRecords(25);
    }

    /**
     * One member of the event.
     *
     * @param sourceRoot the original it copies, or itself: one vote per independent source
     * @param title      its headline, or when it has none the first sentence of its text: a place named there is what
     *                   the article is about
     * @param day        the day it was published; null when unknown
     * @param type       what the classifier called it; null when it was not classified (not annotated, or a language without an annotator)
     */
    public record Member(String articleId, String sourceRoot, String title, LocalDate day, TypeCall type) {
        public Member {
            Objects.requireNonNull(articleId, "articleId");
            sourceRoot = sourceRoot == null ? articleId : sourceRoot;
            title = title == null ? "" : title;
        }
    }

    /**
     * A place the members name, with what the gazetteer says of it.
     *
     * @param featureCode GeoNames feature code (PPL, PPLA2, ADM1, PCLI); null when unresolved
     * @param articles    how many members name it
     */
    public record PlaceInfo(long entityId, String name, Long geonameId, Double latitude, Double longitude, String featureCode,
                            String country, String admin1, long articles) {
        boolean populated() {
            return featureCode != null && featureCode.startsWith("PPL") && latitude != null;
        }

        boolean region() {
            return featureCode != null && (featureCode.startsWith("ADM") || featureCode.equals("RGN")) && latitude != null;
        }
    }

    /**
     * @param comparison the comparison of these claims (its disputes flag the records)
     * @param classify   types the sentences of another place's record; returns a call with a null type when none
     */
    public record Input(String eventId, List<Member> members, List<Claim> claims, ClaimReport comparison, List<PlaceInfo> places,
                        Function<String, TypeCall> classify) {
        public Input {
            Objects.requireNonNull(eventId, "eventId");
            members = List.copyOf(members);
            claims = List.copyOf(claims);
            places = List.copyOf(places);
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(classify, "classify");
        }
    }

    /** The records of one event, its main record first; one (untyped, unplaced) record even for an event with nothing. */
    public List<EventRecord> records(Input in) {
        Map<Long, PlaceInfo> byEntity = new HashMap<>();
        for (PlaceInfo p : in.places()) byEntity.put(p.entityId(), p);
        Map<String, String> rootOf = new HashMap<>();
        for (Member m : in.members()) rootOf.put(m.articleId(), m.sourceRoot());
        LocalDate first = in.members().stream().map(Member::day).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        List<Claim> current = in.claims().stream().filter(c -> INCIDENT.contains(c.kind()) && !background(c, first)).toList();

        PlaceInfo anchor = anchor(in, current, byEntity);
        // Claims far from the anchor that carry a count make records of their own, one per place.
        Map<String, List<Claim>> elsewhere = new LinkedHashMap<>();
        Map<String, Claim.Place> elsewherePlace = new HashMap<>();
        List<Claim> here = new ArrayList<>();
        for (Claim c : current) {
            Claim.Place p = c.place();
            PlaceInfo known = p == null || p.entityId() == null ? null : byEntity.get(p.entityId());
            boolean country = known != null && known.featureCode() != null && known.featureCode().startsWith("PCL");
            if (p == null || country || anchor == null || near(p, anchor)) {
                here.add(c);
                continue;
            }
            if (!OWN_RECORD.contains(c.kind()) || c.quantity() == null) continue;
            String key = groupKey(p, elsewherePlace);
            elsewhere.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            elsewherePlace.putIfAbsent(key, p);
        }

        List<EventRecord> out = new ArrayList<>();
        List<String> allIds = in.members().stream().map(Member::articleId).toList();
        TypeVote vote = vote(in.members());
        boolean regionOnly = anchor != null && anchor.populated() && namedOnlyAsRegion(anchor, in, here);
        EventRecord.Location where = anchor == null ? null : regionOnly ? regionLocation(anchor) : location(anchor);
        Integer precision = anchor == null ? null : regionOnly ? 3 : geoPrecision(anchor, here, in.places());
        out.add(record(in, 0, vote.call, vote.evidence, here, allIds, where, precision, anchor, first, rootOf, byEntity));
        int index = 1;
        for (Map.Entry<String, List<Claim>> e : elsewhere.entrySet()) {
            List<Claim> cs = e.getValue();
            Set<String> sentences = new LinkedHashSet<>();
            for (Claim c : cs) sentences.add(c.text());
            TypeCall call = in.classify().apply(String.join(" ", sentences));
            String evidence = call.subType() == null ? "the sentences reporting it: none (" + call.basis() + ")"
                    : "the sentences reporting it: " + call.subType().label() + " (" + call.basis() + ")";
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(cs.stream().map(Claim::articleId).toList()));
            Claim.Place p = elsewherePlace.get(e.getKey());
            PlaceInfo info = p.entityId() == null ? null : byEntity.get(p.entityId());
            boolean placed = info != null && (info.populated() || info.region());
            out.add(record(in, index++, call, evidence, cs, ids, null, null, placed ? info : regionOf(cs, byEntity, p), first, rootOf, byEntity));
        }
        return out;
    }

    // ---------------------------------------------------------------- one record

    private EventRecord record(Input in, int index, TypeCall call, String evidence, List<Claim> claims, List<String> ids,
                               EventRecord.Location givenLocation, Integer givenPrecision, Object place, LocalDate first,
                               Map<String, String> rootOf, Map<Long, PlaceInfo> byEntity) {
        EventRecord.Location location = givenLocation;
        Integer geoPrecision = givenPrecision;
        String geoBasis;
        if (index == 0) {
            geoBasis = location == null ? "no town or region of the reports could be placed on the map"
                    : geoPrecision == 1 ? "the reports place it in " + location.name() + " itself"
                    : geoPrecision == 2 ? "the reports place it near " + location.name() + " or at several places around it"
                    : location.geonameId() == null ? "the reports name only the " + location.name() + " region (placed at its capital)"
                    : "the reports name only the region " + location.name();
        } else if (place instanceof PlaceInfo info && (info.populated() || info.region())) {
            location = location(info);
            geoPrecision = info.populated() ? 1 : 3;
            geoBasis = info.populated() ? "the report places it in " + info.name() : "the report names only the region " + info.name();
        } else if (place instanceof Located l) {
            location = l.location;
            geoPrecision = 3;
            geoBasis = l.why;
        } else {
            String name = claims.get(0).place() == null ? "?" : claims.get(0).place().name();
            geoBasis = name + " could not be found in the gazetteer and the report names no region around it";
        }
        Dated dated = date(claims, in.members(), ids, first);
        EventType type = call.subType() == null ? null : call.subType().type();
        EventRecord.Actor[] actors = type == null ? new EventRecord.Actor[2] : RecordFacts.actors(type, claims, in.claims(), location);
        Set<String> roots = new LinkedHashSet<>();
        for (String id : ids) roots.add(rootOf.getOrDefault(id, id));
        List<String> questions = new ArrayList<>();
        for (ClaimReport.Dispute d : in.comparison().disputes()) {
            boolean mine = d.place() == null ? index == 0 : location != null && d.place().located() && location.latitude() != null
                    ? km(d.place().latitude(), d.place().longitude(), location.latitude(), location.longitude()) <= radiusKm
                    : location != null && d.place().name().equalsIgnoreCase(location.name());
            if (mine) questions.add(d.question());
        }
        double confidence = call.subType() == null ? 0 : call.confidence();
        return new EventRecord(in.eventId(), index, type, call.subType(), round(confidence), evidence, dated.day, dated.precision, dated.why,
                location, location == null ? null : geoPrecision, geoBasis, actors[0], actors[1], RecordFacts.fatalities(claims), roots.size(), ids,
                !questions.isEmpty(), questions);
    }

    private record Located(EventRecord.Location location, String why) {
    }

    private static final Pattern REGION_WORD = Pattern.compile("(?i)^\\W{0,3}(region|oblast|province|district|governorate|state)\\b");

    /**
     * An unresolved place's region: a resolved region or town its sentence also names, one written as a region
     * ("in the Donetsk region") first.
     */
    private static Object regionOf(List<Claim> claims, Map<Long, PlaceInfo> byEntity, Claim.Place p) {
        List<PlaceInfo> asRegion = new ArrayList<>(), other = new ArrayList<>();
        for (Claim c : claims) {
            for (Claim.Place o : c.otherPlaces()) {
                PlaceInfo info = o.entityId() == null ? null : byEntity.get(o.entityId());
                if (info != null) other.add(info);
            }
            String lower = c.text().toLowerCase(Locale.ROOT);
            for (PlaceInfo info : byEntity.values()) {
                int at = lower.indexOf(info.name().toLowerCase(Locale.ROOT));
                if (at < 0 || info.name().equalsIgnoreCase(p.name())) continue;
                (REGION_WORD.matcher(lower.substring(at + info.name().length())).find() ? asRegion : other).add(info);
            }
        }
        asRegion.addAll(other);
        for (PlaceInfo info : asRegion) {
            if (!info.region() && !info.populated()) continue;
            String region = info.admin1() != null && !info.admin1().isBlank() ? info.admin1() : info.name();
            return new Located(new EventRecord.Location(info.geonameId(), region, region, null, info.country(), info.latitude(), info.longitude()),
                    p.name() + " is not in the gazetteer; the report places it in the " + region + " region");
        }
        return null;
    }


    // ---------------------------------------------------------------- where

    private PlaceInfo anchor(Input in, List<Claim> current, Map<Long, PlaceInfo> byEntity) {
        Map<Long, Double> score = new HashMap<>();
        Map<Long, Set<String>> spellings = new HashMap<>();
        for (PlaceInfo p : in.places()) {
            spellings.computeIfAbsent(p.entityId(), k -> new LinkedHashSet<>()).add(p.name().toLowerCase(Locale.ROOT));
            score.merge(p.entityId(), 0.5 * p.articles(), Double::sum);
        }
        for (Claim c : in.claims()) {
            for (Claim.Place p : c.allPlaces()) {
                if (p.entityId() != null && byEntity.containsKey(p.entityId())) {
                    spellings.computeIfAbsent(p.entityId(), k -> new LinkedHashSet<>()).add(p.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (Claim c : current) {
            if (c.place() == null || c.place().entityId() == null || !byEntity.containsKey(c.place().entityId())) continue;
            score.merge(c.place().entityId(), 1.0, Double::sum);
        }
        for (Member m : in.members()) {
            String title = m.title().toLowerCase(Locale.ROOT);
            for (Map.Entry<Long, Set<String>> e : spellings.entrySet()) {
                if (e.getValue().stream().anyMatch(title::contains)) score.merge(e.getKey(), 3.0, Double::sum);
            }
        }
        Comparator<PlaceInfo> best = Comparator.comparingDouble((PlaceInfo p) -> score.getOrDefault(p.entityId(), 0.0))
                .thenComparingLong(PlaceInfo::articles).reversed().thenComparing(PlaceInfo::name);
        PlaceInfo town = in.places().stream().filter(PlaceInfo::populated).min(best).orElse(null);
        if (town != null) return town;
        return in.places().stream().filter(PlaceInfo::region).min(best).orElse(null);
    }

    private boolean near(Claim.Place p, PlaceInfo anchor) {
        if (p.located()) return km(p.latitude(), p.longitude(), anchor.latitude(), anchor.longitude()) <= radiusKm;
        return p.name().equalsIgnoreCase(anchor.name());
    }

    private String groupKey(Claim.Place p, Map<String, Claim.Place> seen) {
        if (p.located()) {
            for (Map.Entry<String, Claim.Place> e : seen.entrySet()) {
                Claim.Place q = e.getValue();
                if (q.located() && km(p.latitude(), p.longitude(), q.latitude(), q.longitude()) <= radiusKm) return e.getKey();
            }
            return "geo:" + p.latitude() + "," + p.longitude();
        }
        return "name:" + p.name().toLowerCase(Locale.ROOT);
    }

    private static final Pattern AREA = Pattern.compile("(?i)\\b(near|outskirts|suburbs?|around|towards?|direction|sector|area|axis|vicinity|district|villages?|settlements?)\\b");

    /** 1 the town itself; 2 near it, its area or several places around it; 3 a region. */
    private int geoPrecision(PlaceInfo anchor, List<Claim> here, List<PlaceInfo> places) {
        if (!anchor.populated()) return 3;
        Set<Long> around = new LinkedHashSet<>();
        for (PlaceInfo p : places) {
            if (p.populated() && p.entityId() != anchor.entityId() && km(p.latitude(), p.longitude(), anchor.latitude(), anchor.longitude()) <= radiusKm) {
                around.add(p.entityId());
            }
        }
        if (around.size() >= 2) return 2;
        for (Claim c : here) {
            if (c.place() == null || !near(c.place(), anchor)) continue;
            String t = c.text();
            int at = t.toLowerCase(Locale.ROOT).indexOf(c.place().name().toLowerCase(Locale.ROOT));
            if (at < 0) continue;
            String window = t.substring(Math.max(0, at - 40), Math.min(t.length(), at + c.place().name().length() + 25));
            if (AREA.matcher(window).find()) return 2;
        }
        return 1;
    }

    /**
     * Whether the reports name the town only as the region named after it ("in the Donetsk region"): every time a
     * headline or an incident's sentence names it, a word for a region follows.
     */
    private static boolean namedOnlyAsRegion(PlaceInfo anchor, Input in, List<Claim> here) {
        List<String> texts = new ArrayList<>();
        for (Member m : in.members()) texts.add(m.title());
        for (Claim c : here) texts.add(c.text());
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(anchor.name().toLowerCase(Locale.ROOT));
        for (Claim c : in.claims()) {
            for (Claim.Place p : c.allPlaces()) if (p.entityId() != null && p.entityId() == anchor.entityId()) spellings.add(p.name().toLowerCase(Locale.ROOT));
        }
        int asRegion = 0;
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String s : spellings) {
                for (int at = lower.indexOf(s); at >= 0; at = lower.indexOf(s, at + s.length())) {
                    if (!REGION_WORD.matcher(lower.substring(at + s.length())).find()) return false;
                    asRegion++;
                }
            }
        }
        return asRegion > 0;
    }

    private static EventRecord.Location regionLocation(PlaceInfo p) {
        String region = p.admin1() == null || p.admin1().isBlank() ? p.name() : p.admin1();
        return new EventRecord.Location(null, region, region, null, p.country(), p.latitude(), p.longitude());
    }

    private static EventRecord.Location location(PlaceInfo p) {
        String admin1 = p.admin1() == null || p.admin1().isBlank() ? null : p.admin1();
        String admin2 = p.featureCode() != null && p.featureCode().equals("ADM2") ? p.name() : null;
        return new EventRecord.Location(p.geonameId(), p.name(), admin1, admin2, p.country(), p.latitude(), p.longitude());
    }

    // ---------------------------------------------------------------- what

    private record TypeVote(TypeCall call, String evidence) {
    }

    private static TypeVote vote(List<Member> members) {
        Map<String, Member> bySource = new LinkedHashMap<>();
        for (Member m : members) {
            if (m.type() == null) continue;
            // A source votes with its original when that is a member, else with its surest copy.
            bySource.merge(m.sourceRoot(), m, (a, b) -> a.articleId().equals(a.sourceRoot()) ? a
                    : b.articleId().equals(b.sourceRoot()) || b.type().confidence() > a.type().confidence() ? b : a);
        }
        if (bySource.isEmpty()) return new TypeVote(TypeCall.none(0, "not classified"), "no member was classified (not annotated yet, or in a language without an annotator)");
        Map<SubEventType, Double> weight = new LinkedHashMap<>();
        Map<SubEventType, List<String>> votes = new LinkedHashMap<>();
        double none = 0;
        int noneVotes = 0;
        for (Member m : bySource.values()) {
            TypeCall t = m.type();
            if (t.subType() == null) {
                none += t.confidence();
                noneVotes++;
                continue;
            }
            weight.merge(t.subType(), t.confidence(), Double::sum);
            votes.computeIfAbsent(t.subType(), k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%.2f", t.confidence()));
        }
        SubEventType top = weight.entrySet().stream().max(Map.Entry.<SubEventType, Double>comparingByValue()).map(Map.Entry::getKey).orElse(null);
        int n = bySource.size();
        StringBuilder ev = new StringBuilder();
        for (Map.Entry<SubEventType, List<String>> e : votes.entrySet()) {
            ev.append(ev.isEmpty() ? "" : "; ").append(e.getValue().size()).append(" of ").append(n).append(n == 1 ? " source: " : " sources: ")
                    .append(e.getKey().label()).append(" (").append(String.join(", ", e.getValue())).append(')');
        }
        if (noneVotes > 0) ev.append(ev.isEmpty() ? "" : "; ").append(noneVotes).append(" of ").append(n).append(n == 1 ? " source: " : " sources: ").append("no event of ACLED's kinds");
        double typed = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        // Whether the event is one of ACLED's at all is the first question (none against every type together); which
        // type, the second.
        if (top == null || none >= typed) return new TypeVote(TypeCall.none(Math.min(1, none / n), "vote"), ev.toString());
        double total = none + weight.values().stream().mapToDouble(Double::doubleValue).sum();
        return new TypeVote(new TypeCall(top, Math.min(1, weight.get(top) / Math.max(total, 1e-9) * weight.get(top) / votes.get(top).size()), null, "vote"), ev.toString());
    }

    // ---------------------------------------------------------------- when

    private record Dated(LocalDate day, Integer precision, String why) {
    }

    private static boolean background(Claim c, LocalDate first) {
        if (first == null || c.time() == null || c.time().fromPublication()) return false;
        LocalDate until = c.time().until().atZone(ZoneOffset.UTC).toLocalDate();
        return until.isBefore(first.minusDays(2));
    }

    private static Dated date(List<Claim> claims, List<Member> members, List<String> ids, LocalDate first) {
        LocalDate lo = null, hi = null;
        String coarsest = null;
        for (Claim c : claims) {
            if (c.time() == null || c.time().fromPublication()) continue;
            String p = c.time().precision();
            if (!p.equals("DAY") && !p.equals("WEEK") && !p.equals("MONTH")) continue;
            LocalDate b = c.time().begin().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate u = c.time().until().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
            if (u.isBefore(b)) u = b;
            lo = lo == null || b.isBefore(lo) ? b : lo;
            hi = hi == null || u.isAfter(hi) ? u : hi;
            if (coarsest == null || rank(p) > rank(coarsest)) coarsest = p;
        }
        if (lo != null) {
            long span = hi.toEpochDay() - lo.toEpochDay();
            int precision = span <= 1 && coarsest.equals("DAY") ? 1 : span <= 7 ? 2 : 3;
            return new Dated(lo, precision, precision == 1 ? "the reports give the day" : "the reports give a span of " + (span + 1) + " days");
        }
        LocalDate pub = members.stream().filter(m -> ids.contains(m.articleId())).map(Member::day).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(first);
        if (pub == null) return new Dated(null, null, "no report is dated");
        return new Dated(pub, 2, "no report states the day: the first publication day (it happened then or shortly before)");
    }

    private static int rank(String precision) {
        return switch (precision) {
            case "DAY" -> 1;
            case "WEEK" -> 2;
            default -> 3;
        };
    }

    // ---------------------------------------------------------------- numbers

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        return Claim.Place.km(lat1, lon1, lat2, lon2);
    }

}
