package org.sitrep.store;

import org.sitrep.copies.Lookalike;

import java.util.List;
import org.sitrep.copies.CopyRelation;

/**
 * An article's copy relations: those where it is the copy, and those where it is the original; and the articles alike
 * in wording that are other reports (a template's other editions), with what differed.
 */
public record Provenance(String id, List<CopyRelation> copyOf, List<CopyRelation> copiedBy, List<Lookalike> lookalikes) {
    public Provenance {
        lookalikes = lookalikes == null ? List.of() : List.copyOf(lookalikes);
    }
}
