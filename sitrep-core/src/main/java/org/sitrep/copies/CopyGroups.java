package org.sitrep.copies;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Copy groups: articles connected by copy relations, whatever their direction, are one source. Union-find over ids;
 * what the independent-source count collapses and what the copy benchmark counts as found. Not thread-safe.
 */
public final class CopyGroups {
    private final Map<String, String> parent = new HashMap<>();

    /** Adds an article as a group of its own (unless it is in one already). */
    public void add(String id) {
        parent.putIfAbsent(id, id);
    }

    /** Puts the copy in its original's group. */
    public void link(String originalId, String copyId) {
        String ra = root(originalId);
        String rb = root(copyId);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    /** The id that stands for the article's group. */
    public String root(String id) {
        parent.putIfAbsent(id, id);
        String x = id;
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    /** How many groups these articles fall into: their independent sources. */
    public int count(Collection<String> ids) {
        Set<String> roots = new HashSet<>();
        for (String id : ids) roots.add(root(id));
        return roots.size();
    }
}
