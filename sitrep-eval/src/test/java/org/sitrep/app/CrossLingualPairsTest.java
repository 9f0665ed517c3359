package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.app.CrossLingualEventsEvalIT.Counts;
import org.sitrep.app.CrossLingualEventsEvalIT.Label;
import org.sitrep.app.CrossLingualEventsEvalIT.Pair;

/**
 * The labelled pairs file that {@link CrossLingualEventsEvalIT} reads (it must hold our labels and identifiers only,
 * enough of them to measure), and its pairwise scoring. Needs no shared data.
 */
class CrossLingualPairsTest {

    @Test
    void pairsFileHoldsEnoughDistinctLabelledPairsAndNoItemText() throws IOException {
        List<Pair> pairs = CrossLingualEventsEvalIT.readPairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(120);
        assertThat(pairs.stream().filter(p -> p.label() == Label.SAME).count()).isGreaterThanOrEqualTo(35);
        assertThat(pairs.stream().map(Pair::label).distinct()).containsExactlyInAnyOrder(Label.values());
        Set<String> seen = new HashSet<>();
        for (Pair p : pairs) {
            assertThat(seen.add(p.enUrl() + " " + p.plUrl())).as("pair %s / %s listed once", p.enUrl(), p.plUrl()).isTrue();
            assertThat(p.enUrl()).startsWith("http").doesNotContainAnyWhitespaces().isNotEqualTo(p.plUrl());
            assertThat(p.plUrl()).startsWith("http").doesNotContainAnyWhitespaces();
            assertThat(p.how()).isIn("name", "random");
            // A short reason of ours, not an item's title or teaser.
            assertThat(p.reason()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(p.day()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
        }
    }

    @Test
    void scoresJoinedPairsAgainstSameAndLeavesRelatedOutWhenAsked() {
        LocalDate d = LocalDate.of(2023, 6, 6);
        Pair sameJoined = new Pair(d, "https://e/1", "https://p/1", Label.SAME, "name", "a");
        Pair sameApart = new Pair(d, "https://e/2", "https://p/2", Label.SAME, "name", "b");
        Pair relatedJoined = new Pair(d, "https://e/3", "https://p/3", Label.RELATED, "name", "c");
        Pair differentApart = new Pair(d, "https://e/4", "https://p/4", Label.DIFFERENT, "random", "d");
        List<Pair> pairs = List.of(sameJoined, sameApart, relatedJoined, differentApart);
        Set<Pair> joined = Set.of(sameJoined, relatedJoined);

        Counts all = CrossLingualEventsEvalIT.score(pairs, joined::contains, p -> true, Set.of(Label.SAME));
        assertThat(all).isEqualTo(new Counts(1, 1, 1, 4));
        assertThat(all.precision()).isEqualTo(0.5);
        assertThat(all.recall()).isEqualTo(0.5);
        assertThat(all.f1()).isEqualTo(0.5);

        Counts noRelated = CrossLingualEventsEvalIT.score(pairs, joined::contains, p -> p.label() != Label.RELATED, Set.of(Label.SAME));
        assertThat(noRelated).isEqualTo(new Counts(1, 0, 1, 3));
        assertThat(noRelated.precision()).isEqualTo(1.0);

        Counts story = CrossLingualEventsEvalIT.score(pairs, joined::contains, p -> true, Set.of(Label.SAME, Label.RELATED));
        assertThat(story).isEqualTo(new Counts(2, 0, 1, 4));

        Counts none = CrossLingualEventsEvalIT.score(pairs, p -> false, p -> true, Set.of(Label.SAME));
        assertThat(none.precision()).as("nothing joined: no precision").isNaN();
        assertThat(none.f1()).isZero();
    }
}
