package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list of problems: a pathological input cannot grow it without limit. Problems past the limit are
 * counted in {@link #dropped()}.
 */
public record Problems(List<Problem> items, int dropped) {
    public static final int LIMIT = 16;
    private static final Problems NONE = new Problems(List.of(), 0);

    public Problems {
        items = List.copyOf(items);
    }

    public static Problems none() {
        return NONE;
    }

    public Problems add(Problem p) {
        if (items.size() >= LIMIT) return new Problems(items, dropped + 1);
        List<Problem> next = new ArrayList<>(items);
        next.add(p);
        return new Problems(next, dropped);
    }

    public Problems add(String stage, String code, String message) {
        return add(new Problem(stage, code, message));
    }

    public Problems addAll(Problems other) {
        Problems out = this;
        for (Problem p : other.items) out = out.add(p);
        return other.dropped == 0 ? out : new Problems(out.items, out.dropped + other.dropped);
    }

    public boolean isEmpty() {
        return items.isEmpty() && dropped == 0;
    }

    public int total() {
        return items.size() + dropped;
    }
}
