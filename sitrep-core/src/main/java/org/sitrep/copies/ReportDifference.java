package org.sitrep.copies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two alike texts two reports: a slot of their shared wording filled differently. Daily bulletins,
 * police blotters and live-page teasers share a skeleton ("Russian forces shelled Sumy … 7 attacks" / "… shelled
 * Balakliia … 1 attack", "day 364" / "day 365"); a copy may cut, reorder or reword, but it does not change where,
 * who, how many or when. Two sentences that say the same thing are compared word by word (longest common
 * subsequence); a replaced run of at most {@value #MAX_RUN} words on each side, where each side holds a name, a
 * figure or a day and no word of one side is a spelling of a word of the other (Zelensky/Zelenskiy, Kijów/Kijowa),
 * is a {@link Lookalike.Slot}. Names are capitalised words that do not open the sentence; in a headline set in title case only
 * figures and days count. Pure and thread-safe.
 */
public final class ReportDifference {
    /** The longest replaced run, in words, that counts as one slot. */
    static final int MAX_RUN = 3;
    /** Longer sentences are not compared word by word (the table would be large; such sentences are rare). */
    static final int MAX_TOKENS = 400;
    /** The share of the shorter text's words that two texts must have in common, in order, to be compared. */
    static final double ALIKE = 0.5;

    private static final Pattern WORD = Pattern.compile("\\p{N}[\\p{N}.,:/]*\\p{N}|\\p{N}|[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
    /** Days and months in lower case (English, Polish, Ukrainian, Russian, German, French): dates written in words. */
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "poniedzialek", "poniedzialku", "wtorek", "wtorku", "sroda", "srode", "srody", "czwartek", "czwartku", "piatek", "piatku",
            "sobota", "sobote", "soboty", "niedziela", "niedziele", "niedzieli",
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia",
            "понеділок", "вівторок", "середу", "четвер", "пятницю", "пʼятницю", "суботу", "неділю",
            "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private ReportDifference() {
    }

    /** The slots in which two sentences (or headlines) that say the same thing differ; empty when none. */
    public static List<Lookalike.Slot> slots(String a, String b) {
        List<Word> wa = words(a);
        List<Word> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty() || wa.size() > MAX_TOKENS || wb.size() > MAX_TOKENS) return List.of();
        boolean titleCase = titleCase(wa) || titleCase(wb);
        int n = wa.size();
        int m = wb.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = wa.get(i).key.equals(wb.get(j).key) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Only sentences that share most of their words have slots; between two unlike sentences every short run
        // of names is chance.
        if (lcs[0][0] < ALIKE * Math.min(n, m)) return List.of();
        List<Lookalike.Slot> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && wa.get(i).key.equals(wb.get(j).key)) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && wa.get(i).key.equals(wb.get(j).key))) {
                if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) i++;
                else j++;
            }
            Lookalike.Slot s = slot(wa.subList(i0, i), wb.subList(j0, j), titleCase);
            if (s != null) out.add(s);
        }
        return out;
    }

    /**
     * The slots whose facts neither text holds anywhere else: a copy that reorders a list ("Belarus, Russia and
     * Ukraine"), or names in its headline a place its teaser names too ("w UE" / "w Brukseli"), has moved a fact, not
     * changed it. A template's slot holds a fact the other text lacks entirely.
     */
    public static List<Lookalike.Slot> unshared(List<Lookalike.Slot> slots, String textA, String textB) {
        if (slots.isEmpty()) return slots;
        slots = distinct(slots);
        List<Word> wa = words(textA);
        List<Word> wb = words(textB);
        List<Lookalike.Slot> out = new ArrayList<>();
        for (Lookalike.Slot s : slots) {
            if (!holdsAny(wb, words(s.a())) && !holdsAny(wa, words(s.b()))) out.add(s);
        }
        return out;
    }

    /** Without a slot that another holds within it ("7 times ≠ 1 time" and "7 ≠ 1": the shorter stays). */
    static List<Lookalike.Slot> distinct(List<Lookalike.Slot> slots) {
        List<Lookalike.Slot> out = new ArrayList<>();
        for (Lookalike.Slot s : slots) {
            boolean covered = false;
            for (Lookalike.Slot o : slots) {
                if (o == s || o.equals(s) && slots.indexOf(o) > slots.indexOf(s)) continue;
                if (o.equals(s) || (o.a().length() + o.b().length() < s.a().length() + s.b().length()
                        && (" " + s.a() + " ").contains(" " + o.a() + " ") && (" " + s.b() + " ").contains(" " + o.b() + " "))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) out.add(s);
        }
        return out;
    }

    private static boolean holdsAny(List<Word> text, List<Word> facts) {
        for (Word f : facts) {
            if (!f.number && !f.day && !Character.isUpperCase(f.raw.charAt(0))) continue;
            for (Word w : text) {
                if (f.number == w.number && sameName(f, w)) return true;
                // "Ukraine" is held by "Russia-Ukraine".
                if (!w.number && w.key.indexOf('-') > 0) {
                    for (String part : w.key.split("-")) if (part.equals(f.key)) return true;
                }
            }
        }
        return false;
    }

    /** The replaced runs as a slot, or null when they are not one (an addition, a rewording, a spelling). */
    private static Lookalike.Slot slot(List<Word> ra, List<Word> rb, boolean titleCase) {
        if (ra.isEmpty() || rb.isEmpty() || ra.size() > MAX_RUN || rb.size() > MAX_RUN) return null;
        List<Word> fa = facts(ra, titleCase);
        List<Word> fb = facts(rb, titleCase);
        if (fa.isEmpty() || fb.isEmpty()) return null;
        // A slot holds one kind of fact filled two ways: a name and a figure ("Kyiv" / "12"), or a name and a day
        // ("Colin Kahl" / "on Tuesday"), are a rewording.
        if (fa.stream().allMatch(w -> w.number) != fb.stream().allMatch(w -> w.number)) return null;
        if (fa.stream().allMatch(w -> w.day) != fb.stream().allMatch(w -> w.day)) return null;
        for (Word x : fa) for (Word y : fb) if (sameName(x, y)) return null;
        // An abbreviation of the other side's words ("UE" / "Unii Europejskiej", "PiS" / "Prawa i Sprawiedliwości",
        // "Płn" / "Północnej", "US" / "United States").
        if (abbreviates(fa, rb) || abbreviates(fb, ra) || joined(ra).equals(joined(rb))) return null;
        return new Lookalike.Slot(text(ra), text(rb));
    }

    private static List<Word> facts(List<Word> run, boolean titleCase) {
        List<Word> out = new ArrayList<>();
        for (Word w : run) if (w.number || w.day || !titleCase && w.name) out.add(w);
        return out;
    }

    /** Whether two words are one name or figure spelled two ways: transliteration, inflection, thousands separators. */
    static boolean sameName(Word x, Word y) {
        if (x.number || y.number) return x.number && y.number && figure(x.key).equals(figure(y.key));
        String a = x.key;
        String b = y.key;
        if (a.equals(b) || CopyJudge.skeleton(a).equals(CopyJudge.skeleton(b))) return true;
        // A typo or a transliteration by one letter ("Ezymie" / "Rzymie", "Malar" / "Maliar").
        if (Math.min(a.length(), b.length()) >= 5 && Math.abs(a.length() - b.length()) <= 1 && letterEdits(a, b) <= 1) return true;
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
        // Kijów/Kijowa, Chersoniu/Chersonia, Ukraine's/Ukrainian, Joe/Joego: the same stem with another ending.
        int shorter = Math.min(a.length(), b.length());
        return p >= 4 && p >= shorter - 3 || p == shorter && shorter >= 3;
    }

    /** A figure without separators and without a whole hour's ":00"/".00" ("18.00" is 18 o'clock, "5,000" is 5000). */
    private static String figure(String key) {
        return key.replaceAll("[.:]00$", "").replaceAll("[.,\\s]", "");
    }

    /** Whether a word of {@code short} abbreviates the words of {@code run}: its letters in order, from the same first letter. */
    private static boolean abbreviates(List<Word> shortRun, List<Word> run) {
        StringBuilder full = new StringBuilder();
        for (Word w : run) if (!w.number) full.append(w.key.replace("-", ""));
        if (full.isEmpty()) return false;
        for (Word w : shortRun) {
            if (w.number || w.key.length() < 2 || w.key.length() > 5 || w.key.length() >= full.length()) continue;
            String k = w.key.replace(".", "");
            if (k.charAt(0) != full.charAt(0)) continue;
            int i = 0;
            for (int j = 0; j < full.length() && i < k.length(); j++) if (full.charAt(j) == k.charAt(i)) i++;
            if (i == k.length()) return true;
        }
        return false;
    }

    /** The run's words run together ("U S" and "US", "Al-Jazeera" and "Al Jazeera"). */
    private static String joined(List<Word> run) {
        StringBuilder sb = new StringBuilder();
        for (Word w : run) sb.append(w.key.replace("-", "").replace(".", ""));
        return sb.toString();
    }

    /** Levenshtein distance over letters. */
    static int letterEdits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String text(List<Word> run) {
        StringBuilder sb = new StringBuilder();
        for (Word w : run) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w.raw);
        }
        return sb.toString();
    }

    /** A headline in title case: most of its words of four letters or more capitalised. */
    private static boolean titleCase(List<Word> ws) {
        int words = 0;
        int caps = 0;
        for (Word w : ws) {
            if (w.number || w.raw.length() < 4) continue;
            words++;
            if (Character.isUpperCase(w.raw.charAt(0))) caps++;
        }
        return words >= 3 && caps >= 0.6 * words;
    }

    record Word(String raw, String key, boolean name, boolean number, boolean day) {
    }

    static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        if (s == null) return out;
        Matcher m = WORD.matcher(s);
        boolean opening = true;
        while (m.find()) {
            String raw = m.group();
            String key = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                    .replace('ł', 'l').replace('’', '\'');
            boolean number = Character.isDigit(raw.charAt(0));
            boolean name = !number && !opening && Character.isUpperCase(raw.charAt(0));
            out.add(new Word(raw, key, name, number, DAYS.contains(key)));
            int end = m.end();
            // The next word opens a sentence after . ! ? : or a quote mark; a name after "said:" is still a name,
            // but a capital after a full stop is not.
            opening = false;
            for (int k = end; k < s.length() && k < end + 3; k++) {
                char c = s.charAt(k);
                if (c == '.' || c == '!' || c == '?' || c == '…') {
                    opening = true;
                    break;
                }
                if (Character.isLetterOrDigit(c)) break;
            }
        }
        return out;
    }
}
