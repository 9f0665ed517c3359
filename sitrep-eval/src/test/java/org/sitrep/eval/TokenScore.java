package org.sitrep.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token precision and recall of an extracted text against a reference text: both cut into lower-case words and
 * numbers, compared as bags (a word twice in the reference counts twice). Averaged over pages the way extraction
 * benchmarks report it: mean precision, mean recall, and F1 of the two means.
 */
public record TokenScore(double precision, double recall) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    public static TokenScore of(String extracted, String reference) {
        Map<String, Integer> ref = bag(reference);
        Map<String, Integer> got = bag(extracted);
        int refN = ref.values().stream().mapToInt(Integer::intValue).sum();
        int gotN = got.values().stream().mapToInt(Integer::intValue).sum();
        int common = 0;
        for (var e : got.entrySet()) common += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        // Nothing to find and nothing found is a perfect answer; nothing found of something is recall 0, precision 1.
        double p = gotN == 0 ? 1 : (double) common / gotN;
        double r = refN == 0 ? 1 : (double) common / refN;
        return new TokenScore(p, r);
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static int tokens(String text) {
        int n = 0;
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) n++;
        return n;
    }

    /** Mean precision and mean recall over pages. */
    public static TokenScore mean(List<TokenScore> scores) {
        double p = scores.stream().mapToDouble(TokenScore::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(TokenScore::recall).average().orElse(0);
        return new TokenScore(p, r);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) out.merge(m.group(), 1, Integer::sum);
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision, recall, f1());
    }
}
