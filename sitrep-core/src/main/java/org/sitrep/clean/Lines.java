package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.RemovedSpan;

/**
 * The lines of a text with their offsets, and span bookkeeping shared by the cleaning stages. Spans are kept
 * sorted and non-overlapping; a span that overlaps an earlier one keeps the earlier rule for the shared part.
 */
public final class Lines {
    private Lines() {
    }

    /** One line: [start, end) in the text, without its newline. */
    public record Line(int start, int end, String text) {
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Trims whitespace including no-break spaces, which {@link String#strip()} keeps (the seeds have them). */
    public static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && blank(s.charAt(from))) from++;
        while (to > from && blank(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Lower case, character by character, so every offset still points at the same character. */
    public static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }

    /** A line for comparison: trimmed, inner whitespace runs as one space, lower case. */
    public static String norm(String s) {
        String t = trim(s);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (blank(c)) {
                space = true;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A short line without final punctuation reads as a headline; a sentence ending in a period is reporting. */
    public static boolean isHeadlineShaped(String line) {
        String t = trim(line);
        if (t.length() < 15 || t.length() > 250) return false;
        // A closing quote ends a headline that quotes a word (Moskwa mówi o „przegrupowaniu”); what it closes decides.
        int end = t.length();
        while (end > 1 && "\"”»’'".indexOf(t.charAt(end - 1)) >= 0) end--;
        if (end < t.length() && Character.isLetterOrDigit(t.charAt(end - 1))) return true;
        return ".!?…:;,\"”'’)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    public static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Line(start, i, text.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    /** True when [start, end) lies wholly inside one of the spans. */
    public static boolean covered(List<RemovedSpan> spans, int start, int end) {
        for (RemovedSpan s : spans) if (s.start() <= start && end <= s.end()) return true;
        return false;
    }

    /** Adds a span, merged into a sorted, non-overlapping list; parts already removed keep their rule. */
    public static List<RemovedSpan> add(List<RemovedSpan> spans, int start, int end, String rule) {
        if (end <= start) return spans;
        List<RemovedSpan> out = new ArrayList<>(spans.size() + 1);
        int cursor = start;
        for (RemovedSpan s : spans) {
            if (s.end() <= cursor || s.start() >= end) {
                continue;
            }
            if (s.start() > cursor) out.add(new RemovedSpan(cursor, s.start(), rule));
            cursor = Math.max(cursor, s.end());
        }
        if (cursor < end) out.add(new RemovedSpan(cursor, end, rule));
        out.addAll(spans);
        out.sort(java.util.Comparator.comparingInt(RemovedSpan::start));
        return out;
    }

    /** The text with every span cut out, lines trimmed on the right, and at most one blank line in a row. */
    public static String without(String text, List<RemovedSpan> spans) {
        StringBuilder sb = new StringBuilder(text.length());
        int cursor = 0;
        for (RemovedSpan s : spans) {
            if (s.start() > cursor) sb.append(text, cursor, s.start());
            cursor = Math.max(cursor, s.end());
        }
        if (cursor < text.length()) sb.append(text, cursor, text.length());
        StringBuilder out = new StringBuilder(sb.length());
        int blank = 0;
        for (String line : sb.toString().split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                if (out.length() > 0) blank++;
                continue;
            }
            if (blank > 0) out.append(out.length() > 0 ? "\n\n" : "");
            else if (out.length() > 0) out.append('\n');
            blank = 0;
            out.append(l);
        }
        return out.toString().strip();
    }
}
