package org.sitrep.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.events.FollowUps;
import org.sitrep.store.EventReads;

/**
 * An event's follow-ups, read when asked: its story's events nearest in time are loaded and {@link FollowUps} decides
 * which of them follow it up and which it follows up.
 */
public final class FollowUpReads {
    /** How many of the story's events, nearest in time, are read. */
    static final int EVENTS = 40;

    private FollowUpReads() {
    }

    /** The events an event follows up (latest first) and its follow-ups (earliest first). */
    public record EventFollowUps(List<FollowUps.FollowUp> follows, List<FollowUps.FollowUp> followedBy) {
    }

    /** Empty lists for an unknown event. */
    public static EventFollowUps of(EventReads reads, String eventId) {
        return reads.event(eventId).map(d -> of(reads, d)).orElse(new EventFollowUps(List.of(), List.of()));
    }

    /** For an event already read. */
    public static EventFollowUps of(EventReads reads, EventReads.EventDetail d) {
        FollowUps.Event self = view(d);
        List<FollowUps.Event> others = new ArrayList<>();
        Optional<EventReads.StoryDetail> story = d.event().storyId() == null ? Optional.empty() : reads.story(d.event().storyId());
        if (story.isPresent() && self.first() != null) {
            List<EventReads.EventSummary> near = new ArrayList<>(story.get().events());
            near.removeIf(e -> e.id().equals(self.id()) || day(e.first()) == null);
            near.sort(Comparator.comparingLong(e -> Math.abs(ChronoUnit.DAYS.between(self.first(), day(e.first())))));
            for (EventReads.EventSummary e : near.subList(0, Math.min(EVENTS, near.size()))) reads.event(e.id()).ifPresent(x -> others.add(view(x)));
        }
        return new EventFollowUps(FollowUps.before(self, others), FollowUps.after(self, others));
    }

    private static FollowUps.Event view(EventReads.EventDetail d) {
        Map<Long, String> places = new LinkedHashMap<>();
        for (EventReads.Named n : d.places()) places.put(n.entityId(), n.name());
        Map<Long, String> people = new LinkedHashMap<>();
        for (EventReads.Named n : d.entities()) if ("PERSON".equals(n.type())) people.put(n.entityId(), n.name());
        List<String> headlines = d.articles().stream().map(EventReads.Member::title).filter(Objects::nonNull).toList();
        return new FollowUps.Event(d.event().id(), d.event().title(), day(d.event().first()), day(d.event().last()), places, people, headlines);
    }

    private static LocalDate day(String s) {
        return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
    }
}
