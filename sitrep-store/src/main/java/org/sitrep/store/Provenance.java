package org.sitrep.store;

import java.util.List;
import org.sitrep.copies.CopyRelation;

/** An article's copy relations: those where it is the copy, and those where it is the original. */
public record Provenance(String id, List<CopyRelation> copyOf, List<CopyRelation> copiedBy) {
}
