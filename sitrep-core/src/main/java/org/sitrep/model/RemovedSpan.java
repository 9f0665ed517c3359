package org.sitrep.model;

/**
 * A span of an article's source text that cleaning removed, with the rule that removed it.
 *
 * @param start offset of the first character in {@link Article#sourceText()}
 * @param end   offset after the last character
 * @param rule  the rule's stable name ("comments", "teaser", "image-credit", …)
 */
public record RemovedSpan(int start, int end, String rule) {
    public RemovedSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public String text(String sourceText) {
        return sourceText.substring(start, end);
    }
}
