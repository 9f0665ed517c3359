package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {
    @Test
    void copiesOfCopiesAreOneSourceWhateverTheOrderOfTheLinks() {
        CopyGroups g = new CopyGroups();
        for (String id : List.of("a", "b", "c", "d", "e")) g.add(id);
        g.link("b", "c");
        g.link("a", "b");
        g.link("d", "e");
        assertThat(g.count(List.of("a", "b", "c", "d", "e"))).isEqualTo(2);
        assertThat(g.root("c")).isEqualTo(g.root("a"));
        assertThat(g.root("e")).isEqualTo("d");
        assertThat(g.count(List.of("c", "x"))).as("an id never seen is a source of its own").isEqualTo(2);
    }

    @Test
    void aLinkBackDoesNotSplitAGroup() {
        CopyGroups g = new CopyGroups();
        g.link("a", "b");
        g.link("b", "a");
        assertThat(g.count(List.of("a", "b"))).isEqualTo(1);
    }
}
