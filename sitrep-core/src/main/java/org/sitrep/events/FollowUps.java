package org.sitrep.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Follow-up reports of an incident: what Sitrep does with a report weeks later about the same incident (a victim
 * dies in hospital, a suspect is charged, a funeral). Such a report lies beyond {@link EventParams#maxGapDays()} of
 * the incident, so it never joins the incident's event: it starts an event of its own, which the story linker puts
 * in the incident's story when they share names. This class finds, among a story's events, those that follow up an
 * event: later (starting after it ends, within {@value #MAX_DAYS} days), and sharing a person named in both, or
 * sharing one of the event's main places while a headline of the later one says what follows an incident (died,
 * charged, arrested, trial, funeral, identified, investigation). Each gets a kind from that cue ("later report" when
 * only a person ties them). The same rules, turned around, give the events an event follows up. Pure and thread-safe.
 */
public final class FollowUps {
    /** A follow-up lies at most this many days after the event it follows up. */
    public static final int MAX_DAYS = 180;
    /** How many of an event's places (most named first) count as its main places. */
    static final int MAIN_PLACES = 2;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Map<String, Pattern> CUES = new java.util.LinkedHashMap<>();

    static {
        CUES.put("death", Pattern.compile("\\b(?:died|dies|succumbed|death toll (?:rises|climbs)|toll rises|zmarł[ao]?|zmarli|помер(?:ла|ли)?|умер(?:ла|ли)?)\\b", FLAGS));
        CUES.put("arrest", Pattern.compile("\\b(?:arrest(?:ed|s)?|detained|suspect (?:held|caught|in custody)|zatrzyman[yoiae]|затриман\\w*|задержан\\w*)\\b", FLAGS));
        CUES.put("charge", Pattern.compile("\\b(?:charged|charges?|indicted|indictment|zarzut\\w*|обвинен\\w*|підозр\\w*)\\b", FLAGS));
        CUES.put("court", Pattern.compile("\\b(?:trial|sentenced|convicted|verdict|court|jailed|pleads?|wyrok\\w*|sąd\\w*|вирок\\w*|приговор\\w*|суд)\\b", FLAGS));
        CUES.put("funeral", Pattern.compile("\\b(?:funeral|buried|burial|vigil|mourn\\w*|memorial|laid to rest|pogrzeb\\w*|похорон\\w*)\\b", FLAGS));
        CUES.put("identified", Pattern.compile("\\b(?:identified|named as|identity of|zidentyfikowan\\w*|встановили особу)\\b", FLAGS));
        CUES.put("investigation", Pattern.compile("\\b(?:investigation|investigators?|probe|inquiry|inquest|śledztw\\w*|розслідуван\\w*|расследован\\w*)\\b", FLAGS));
    }

    private FollowUps() {
    }

    /**
     * One event as this class reads it: its days, its places (entity id → name, most named first), the people named
     * in it, and its articles' headlines.
     */
    public record Event(String id, String title, LocalDate first, LocalDate last, Map<Long, String> places, Map<Long, String> people,
                        List<String> headlines) {
        public Event {
            Objects.requireNonNull(id, "id");
            places = places == null ? Map.of() : places;
            people = people == null ? Map.of() : people;
            headlines = headlines == null ? List.of() : List.copyOf(headlines);
        }
    }

    /** A follow-up (or an earlier event followed up): the event, the kind of follow-up, and the names that tie them. */
    public record FollowUp(String eventId, String title, LocalDate first, LocalDate last, String kind, List<String> shared) {
        public FollowUp {
            shared = List.copyOf(shared);
        }
    }

    /** The events of {@code others} that follow up {@code event}, earliest first. */
    public static List<FollowUp> after(Event event, List<Event> others) {
        List<FollowUp> out = new ArrayList<>();
        for (Event later : others) {
            FollowUp f = followUp(event, later);
            if (f != null) out.add(f);
        }
        out.sort(Comparator.comparing(FollowUp::first, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The events of {@code others} that {@code event} follows up, latest first. */
    public static List<FollowUp> before(Event event, List<Event> others) {
        List<FollowUp> out = new ArrayList<>();
        for (Event earlier : others) {
            FollowUp f = followUp(earlier, event);
            if (f != null) out.add(new FollowUp(earlier.id(), earlier.title(), earlier.first(), earlier.last(), f.kind(), f.shared()));
        }
        out.sort(Comparator.comparing(FollowUp::first, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed());
        return out;
    }

    /** {@code later} as a follow-up of {@code event}, or null when it is not one. */
    static FollowUp followUp(Event event, Event later) {
        if (event.id().equals(later.id()) || event.last() == null || later.first() == null) return null;
        if (!later.first().isAfter(event.last())) return null;
        if (ChronoUnit.DAYS.between(event.last(), later.first()) > MAX_DAYS) return null;
        List<String> shared = new ArrayList<>();
        for (Map.Entry<Long, String> p : event.people().entrySet()) if (later.people().containsKey(p.getKey())) shared.add(p.getValue());
        String kind = kind(later.headlines(), later.title());
        if (shared.isEmpty() && kind == null) return null;
        List<String> places = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Long, String> p : event.places().entrySet()) {
            if (n++ >= MAIN_PLACES) break;
            if (later.places().containsKey(p.getKey())) places.add(p.getValue());
        }
        if (shared.isEmpty() && places.isEmpty()) return null;
        shared.addAll(places);
        return new FollowUp(later.id(), later.title(), later.first(), later.last(), kind == null ? "later report" : kind, shared);
    }

    /** The kind of follow-up a headline says ("death", "arrest", "charge", "court", "funeral", "identified", "investigation"), or null. */
    static String kind(List<String> headlines, String title) {
        List<String> all = new ArrayList<>(headlines);
        if (title != null) all.add(title);
        for (Map.Entry<String, Pattern> c : CUES.entrySet()) {
            for (String h : all) if (h != null && c.getValue().matcher(h.toLowerCase(Locale.ROOT)).find()) return c.getKey();
        }
        return null;
    }
}
