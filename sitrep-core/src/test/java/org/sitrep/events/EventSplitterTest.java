package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Splitting an event whose members fall into two groups, without the clusterer around it. */
class EventSplitterTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 25);
    private static final EventParams WORDS_ONLY = EventParams.builder().weights(0, 0).split(0.4).build();

    private static EventMember member(String id, Map<String, Float> terms, List<String> copies) {
        return new EventMember(id, "report " + id, DAY, terms, Map.of(), null, 100, 0, Map.of("e:1", 1), copies);
    }

    @Test
    void membersInTwoLanguagesAreComparedByTheirNamesAlone() {
        EventParams p = EventParams.defaults();
        EventWindow window = new EventWindow(p);
        EventSplitter splitter = new EventSplitter(p, window, new StoryLinker(p, window));
        Map<String, Float> names = Map.of("w:kupiansk", 0.8f, "w:syrskyi", 0.6f);
        EventMember en = new EventMember("en", "en", DAY, Map.of("entered", 1f), names, null, 100, 100, Map.of(), List.of(), "en");
        EventMember uk = new EventMember("uk", "uk", DAY, Map.of("увійшли", 1f), names, null, 100, 100, Map.of(), List.of(), "uk");
        EventMember en2 = new EventMember("en2", "en2", DAY, Map.of("retook", 1f), names, null, 100, 100, Map.of(), List.of(), "en");
        // Same names, no shared word: across languages the names are all there is (1.0, on the cross-language scale);
        // within one, words weigh in.
        assertThat(splitter.pairSimilarity(en, uk)).isCloseTo(p.join() / p.crossLanguageJoin(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(splitter.pairSimilarity(en, en2)).isCloseTo(p.namesWeight(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void averageLinkEndsWithTheTwoGroupsLargerFirst() {
        double[][] sim = {
                {0, 0.9, 0.1, 0.1, 0.2},
                {0.9, 0, 0.1, 0.1, 0.2},
                {0.1, 0.1, 0, 0.8, 0.1},
                {0.1, 0.1, 0.8, 0, 0.1},
                {0.2, 0.2, 0.1, 0.1, 0}};
        assertThat(EventSplitter.lastTwo(sim)).containsExactly(List.of(0, 1, 4), List.of(2, 3));
    }

    @Test
    void theGroupWithoutTheOldestMemberLeavesWithItsCopies() {
        EventWindow window = new EventWindow(WORDS_ONLY);
        StoryLinker stories = new StoryLinker(WORDS_ONLY, window);
        EventSplitter splitter = new EventSplitter(WORDS_ONLY, window, stories);
        ActiveEvent ev = new ActiveEvent("Ea1", ++window.created);
        window.events.put(ev.id, ev);
        Map<String, Float> a = Map.of("x", 1f);
        Map<String, Float> b = Map.of("y", 1f);
        ev.members = new ArrayList<>(List.of(member("a1", a, List.of()), member("b1", b, List.of("b1-copy")),
                member("a2", a, List.of()), member("b2", b, List.of())));
        ev.places.put("e:1", new int[] {5, 5});
        stories.linkStory(ev);
        List<ClusterChange> changes = new ArrayList<>();

        ActiveEvent holder = splitter.splitIfTwo(ev, "b2", changes);

        assertThat(holder.id).isEqualTo("Eb1");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClusterChange.Kind.EVENT_SPLIT);
            assertThat(c.from()).isEqualTo("Ea1");
            assertThat(c.into()).isEqualTo("Eb1");
            assertThat(c.articles()).containsExactly("b1", "b1-copy", "b2");
        });
        assertThat(ev.members).extracting(EventMember::articleId).containsExactly("a1", "a2");
        assertThat(ev.articles).isEqualTo(2);
        assertThat(ev.terms).containsOnlyKeys("x");
        assertThat(holder.articles).as("the copy counts as an article").isEqualTo(3);
        assertThat(holder.places.get("e:1")).containsExactly(3, 3);
        assertThat(window.events).containsKeys("Ea1", "Eb1");
        assertThat(splitter.splitIfTwo(ev, "a1", new ArrayList<>())).as("two members left: nothing to split").isSameAs(ev);
    }

    @Test
    void groupsAlikeEnoughStayTogether() {
        EventWindow window = new EventWindow(WORDS_ONLY);
        EventSplitter splitter = new EventSplitter(WORDS_ONLY, window, new StoryLinker(WORDS_ONLY, window));
        ActiveEvent ev = new ActiveEvent("Ea1", ++window.created);
        window.events.put(ev.id, ev);
        Map<String, Float> a = Map.of("x", 0.8f, "c", 0.6f);
        Map<String, Float> b = Map.of("y", 0.8f, "c", 0.6f); // 0.36 alike to a: would be split at 0.4
        Map<String, Float> b2 = Map.of("y", 0.6f, "c", 0.8f); // 0.48 alike to a: two groups, but alike enough
        ev.members = new ArrayList<>(List.of(member("a1", a, List.of()), member("a2", a, List.of()),
                member("b1", b2, List.of()), member("b2", b2, List.of())));
        assertThat(EventSplitter.lastTwo(new double[][] {{0, 1, .48, .48}, {1, 0, .48, .48}, {.48, .48, 0, 1}, {.48, .48, 1, 0}}))
                .extracting(java.util.Set::copyOf).containsExactlyInAnyOrder(java.util.Set.of(0, 1), java.util.Set.of(2, 3));
        List<ClusterChange> changes = new ArrayList<>();
        assertThat(splitter.splitIfTwo(ev, "b2", changes)).isSameAs(ev);
        assertThat(changes).isEmpty();
        assertThat(splitter.pairSimilarity(member("p", a, List.of()), member("q", b, List.of()))).isCloseTo(0.36, org.assertj.core.data.Offset.offset(1e-6));
    }
}
