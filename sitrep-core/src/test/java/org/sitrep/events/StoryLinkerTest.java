package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Linking events into stories, without the clusterer around it. */
class StoryLinkerTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 25);

    private final EventParams params = EventParams.defaults();
    private final EventWindow window = new EventWindow(params);
    private final StoryLinker linker = new StoryLinker(params, window);

    private ActiveEvent event(String id, String place, Map<String, Float> names, double information) {
        ActiveEvent ev = new ActiveEvent(id, ++window.created);
        if (place != null) ev.places.put(place, new int[] {1, 3});
        ev.names.putAll(names);
        ev.nameMembers = 1;
        ev.namesInformation = information;
        ev.first = DAY;
        ev.last = DAY;
        window.events.put(id, ev);
        return ev;
    }

    @Test
    void eventsOfOnePlaceWithNamesInCommonShareAStory() {
        ActiveEvent a = event("Ea", "e:kupiansk", Map.of("e:syniehubov", 1f, "e:kupiansk", 1f), 10);
        linker.linkStory(a);
        ActiveEvent b = event("Eb", "e:kupiansk", Map.of("e:kupiansk", 1f), 10);
        linker.linkStory(b);
        ActiveEvent c = event("Ec", "e:bakhmut", Map.of("e:kupiansk", 1f), 10);
        linker.linkStory(c);
        assertThat(a.story).isEqualTo("Sa");
        assertThat(b.story).as("same anchor, names alike").isEqualTo("Sa");
        assertThat(c.story).as("another anchor place: another story, whatever the names").isEqualTo("Sc");
        assertThat(window.stories.get("Sa").events).isEqualTo(2);
    }

    @Test
    void withoutAPlaceNamesThatSayLittleDoNotLink() {
        Map<String, Float> common = Map.of("e:ukraine", 1f, "e:russia", 1f);
        linker.linkStory(event("Ea", null, common, 10));
        ActiveEvent specific = event("Eb", null, common, 10);
        linker.linkStory(specific);
        ActiveEvent vague = event("Ec", null, common, 1);
        linker.linkStory(vague);
        assertThat(specific.story).isEqualTo("Sa");
        assertThat(vague.story).as("the same names, carrying a sixth of the information needed").isEqualTo("Sc");
    }

    @Test
    void aGrownEventThatIsNowAboutAnotherPlaceMovesAndItsOldStoryIsFoldedIn() {
        ActiveEvent kup = event("Ea", "e:kupiansk", Map.of("e:kupiansk", 1f), 10);
        linker.linkStory(kup);
        ActiveEvent mover = event("Eb", "e:bakhmut", Map.of("e:kupiansk", 1f, "e:bakhmut", 1f), 10);
        linker.linkStory(mover);
        assertThat(mover.story).isEqualTo("Sb");
        mover.places.put("e:kupiansk", new int[] {5, 5});
        List<ClusterChange> changes = new ArrayList<>();

        linker.relinkStory(mover, changes);

        assertThat(linker.storyOf(mover)).isEqualTo("Sa");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClusterChange.Kind.STORY_MERGED);
            assertThat(c.from()).isEqualTo("Sb");
            assertThat(c.into()).isEqualTo("Sa");
            assertThat(c.detail()).contains("now mostly about e:kupiansk");
        });
        assertThat(window.goneStories).containsExactly("Sb");
    }

    /**
     * A story merged away, then an event of the same founding article split off again (seen on a 100k store: six
     * stories with no event pointing at them): its new story must not take the merged story's id, which still leads
     * to the story that absorbed it.
     */
    @Test
    void aStoryFoundedAgainAfterItsIdWasMergedAwayGetsAFreshId() {
        ActiveEvent a = event("Ea", "e:kupiansk", Map.of("e:kupiansk", 1f), 10);
        linker.linkStory(a);
        ActiveEvent b = event("Eb", "e:kupiansk", Map.of("x:shelling", 1f), 10);
        linker.linkStory(b);
        ActiveEvent c = event("Ec", "e:kupiansk", Map.of("x:shelling", 1f), 10);
        linker.linkStory(c);
        assertThat(List.of(a.story, b.story, c.story)).containsExactly("Sa", "Sb", "Sb");
        List<ClusterChange> changes = new ArrayList<>();
        linker.eventsMerged(a, b, changes); // Eb folded into Ea: its story, one of the same place, merges into Sa
        window.events.remove("Eb");
        assertThat(changes).anySatisfy(ch -> assertThat(ch.kind()).isEqualTo(ClusterChange.Kind.STORY_MERGED));
        assertThat(linker.storyOf(c)).isEqualTo("Sa");
        window.drainIds(); // the batch is stored: the window forgets its gone stories

        ActiveEvent again = event("Eb", "e:lyman", Map.of("e:lyman", 1f), 10); // split off again, under its founder's id
        linker.linkStory(again);

        assertThat(again.story).isNotEqualTo("Sb").startsWith("Sb");
        assertThat(linker.storyOf(again)).as("the event is in the story written for it").isEqualTo(again.story);
        assertThat(window.stories.get(again.story).events).isEqualTo(1);
        assertThat(linker.storyOf(c)).as("Sb still leads to Sa").isEqualTo("Sa");
    }

    @Test
    void storyTiesGoToTheOlderStory() {
        ActiveStory old = new ActiveStory("S2", 1);
        ActiveStory young = new ActiveStory("S1", 2);
        assertThat(StoryLinker.older(old, young)).isTrue();
        assertThat(StoryLinker.older(new ActiveStory("Sa", 1), new ActiveStory("Sb", 1))).as("then by id").isTrue();
    }
}
