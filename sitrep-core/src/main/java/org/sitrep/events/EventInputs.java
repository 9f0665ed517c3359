package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.copies.Tokens;
import org.sitrep.vectors.DenseVectors;

/**
 * The rules that turn what a store knows of an article ({@link ArticleFacts}) into what the clusterer reads
 * ({@link EventFeatures}): the day it reports, the headline it shows, its names (entities, or capitalised words, and
 * numbers), the specific places it names and how prominently, and its vectors. Pure static functions; the name-key
 * function (a transliteration key, so that Kupyansk and Kupiansk are one name) is passed in, so this package needs no
 * gazetteer. Thread-safe when {@code nameKey} is.
 */
public final class EventInputs {
    /** A run of non-space characters: a word with its punctuation, as {@link #capitalised} splits text. */
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Feature codes of places too large to anchor a story: continents, regions, areas, first-level divisions. */
    private static final Set<String> TOO_LARGE = Set.of("ADM1", "CONT", "RGN", "AREA");
    private static final Pattern LEAD = Pattern.compile("^(.{20,}?[.!?])(\\s|$)", Pattern.DOTALL);

    private EventInputs() {
    }

    /**
     * The clusterer's view of one article: its words weighted by {@code df} (counted beforehand), its names (see
     * {@link #names}), the day it reports ({@link #reportedDay}), its headline ({@link #title}), its specific places
     * ({@link #placeWeights}), its embedding at unit length, and its copy link as given.
     *
     * @param nameKey the key of a capitalised word (may return "" when it has none: the word is its own key)
     */
    public static EventFeatures features(ArticleFacts a, EventVectors.Frequencies df, Function<String, String> nameKey,
                                         EventParams params) {
        List<String> names = names(a, nameKey);
        LocalDate day = reportedDay(a.published(), a.annotated(), a.reportedDays(), params.reportedDaysBack());
        float[] vec = a.embedding() == null ? null : DenseVectors.normalised(a.embedding());
        EventVectors.Weighted terms = EventVectors.weightedTerms(a.title(), a.text(), df);
        EventVectors.Weighted nameVector = EventVectors.weightedNames(names, df);
        return new EventFeatures(a.id(), a.outlet(), title(a.title(), a.text()), terms.vector(), nameVector.vector(), day, vec,
                a.originEvent(), placeWeights(a.places()), a.replaces(), terms.information(), nameVector.information(),
                a.originArticle(), a.language());
    }

    /**
     * An article's names, one per occurrence: its entities ({@code e:<id>}) when {@link ArticleFacts#entities()} holds
     * them; else, for an annotated article in a language that inflects names ({@link #inflectsNames}), the words of its
     * entities' own names, keyed as capitalised words are, so that "у Купʼянську" and "w Kupiańsku" meet "in Kupiansk";
     * else its capitalised words ({@link #capitalised}); then its numbers ({@link #numbers}).
     */
    public static List<String> names(ArticleFacts a, Function<String, String> nameKey) {
        List<String> names = new ArrayList<>();
        if (a.entities() != null) {
            for (long e : a.entities()) names.add("e:" + e);
        } else if (a.annotated() && inflectsNames(a.language()) && !a.entityNames().isEmpty()) {
            names.addAll(capitalised(a.title(), nameKey));
            names.addAll(capitalised(a.text(), a.entityNames(), nameKey));
        } else {
            names.addAll(capitalised(a.title(), nameKey));
            names.addAll(capitalised(a.text(), nameKey));
        }
        names.addAll(numbers(a.text()));
        return names;
    }

    /**
     * The day of what an article reports: the day it names most often (ties: the latest) among the days from
     * {@code daysBack} days before its publication to its publication, read against the publication date; else its
     * publication day (also when it was not annotated); null when it has no publication date.
     */
    public static LocalDate reportedDay(LocalDate published, boolean annotated, List<LocalDate> named, int daysBack) {
        if (published == null) return null;
        if (!annotated) return published;
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (LocalDate d : named) {
            if (d != null && !d.isAfter(published) && !d.isBefore(published.minusDays(daysBack))) counts.merge(d, 1, Integer::sum);
        }
        LocalDate best = published;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().isAfter(best))) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The headline, or for an article without one its first sentence (cut to 120 characters). */
    public static String title(String title, String text) {
        if (title != null && !title.isBlank()) return title.strip();
        String t = text == null ? "" : text.strip();
        Matcher m = LEAD.matcher(t);
        String lead = (m.find() ? m.group(1) : t).replaceAll("\\s+", " ");
        return lead.length() <= 120 ? lead : lead.substring(0, 119).strip() + "…";
    }

    /**
     * The specific places an article names, with how prominently: 3 for each mention in the first sentence, 1 for each
     * elsewhere. Countries, first-level regions, continents and areas are left out: they name too much to anchor a
     * story.
     */
    public static Map<String, Integer> placeWeights(List<ArticleFacts.PlaceMention> mentions) {
        Map<String, Integer> places = new HashMap<>();
        for (ArticleFacts.PlaceMention m : mentions) {
            if (specific(m.featureCode())) places.merge("e:" + m.entityId(), m.sentence() == 0 ? 3 : 1, Integer::sum);
        }
        return places;
    }

    /** Whether a place of this feature code is specific enough to anchor a story (an unknown code is). */
    static boolean specific(String featureCode) {
        String fc = featureCode == null ? "" : featureCode;
        // PCL, PCLI, PCLD…: countries and dependencies, matched as SQL's LIKE 'PCL%' did (ASCII case ignored).
        return !fc.regionMatches(true, 0, "PCL", 0, 3) && !TOO_LARGE.contains(fc);
    }

    /**
     * Capitalised words that do not open a sentence, by name key: a stand-in for names where no annotator read the
     * text, and beside the entities where one did (ECB+ chose them, see BENCHMARKS.md).
     *
     * @param nameKey the key of a word; "" when it has none (the word is then its own key)
     */
    public static List<String> capitalised(String text, Function<String, String> nameKey) {
        return capitalised(text, List.of(), nameKey);
    }

    /**
     * Whether a language's capitalised words are not its names' own forms: every language but English (and an
     * undetermined one, read as English) declines names (Купʼянська, Kupiańsku, Сирського).
     */
    static boolean inflectsNames(String language) {
        return language != null && !language.equals("en") && !language.equals("und");
    }

    /**
     * As {@link #capitalised}, but each span linked to an entity gives the words of its entity's name instead of its
     * own (once, wherever it stands in its sentence).
     */
    static List<String> capitalised(String text, List<ArticleFacts.NamedSpan> spans, Function<String, String> nameKey) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        boolean sentenceStart = true;
        int next = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            while (next < spans.size() && spans.get(next).end() <= m.start()) next++;
            ArticleFacts.NamedSpan in = next < spans.size() && spans.get(next).start() < m.end() ? spans.get(next) : null;
            if (in != null) {
                // The span's first word gives the entity's name; its other words give nothing more.
                if (m.start() <= in.start()) out.addAll(nameWords(in.name(), nameKey));
            } else {
                String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !sentenceStart && w.length() > 1) out.addAll(nameWords(w, nameKey));
            }
            char last = raw.charAt(raw.length() - 1);
            sentenceStart = last == '.' || last == '!' || last == '?' || last == ':' || raw.endsWith(".\"") || raw.endsWith(".”");
        }
        return out;
    }

    /** The words of an entity's name as {@link #capitalised} keys them ("w:" and the name key of each content word). */
    static List<String> nameWords(String name, Function<String, String> nameKey) {
        List<String> out = new ArrayList<>();
        if (name == null) return out;
        for (String t : Tokens.of(name)) {
            if (t.length() > 1 && (t.length() < 3 || Tokens.isContent(t))) {
                String k = nameKey.apply(t);
                out.add("w:" + (k.isEmpty() ? t : k));
            }
        }
        return out;
    }

    /** Numbers of two digits or more, as name keys: casualty counts, ages, years tell events apart. */
    public static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String t : Tokens.of(text)) if (t.length() >= 2 && t.chars().allMatch(Character::isDigit)) out.add("#" + t);
        return out;
    }
}
