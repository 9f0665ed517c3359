package org.sitrep.understand;

import java.util.List;
import java.util.Locale;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;
import org.sitrep.nlp.Quantity;

/**
 * One language's words for claims, the strategy {@link ClaimFinder} reads an article with: which kinds a sentence's
 * words name, the kind of a number from what it counts, whose people a casualty count is about, hedges, the side said
 * to act, who a sentence says asserts it, and the numbers of a headline (which is not annotated). English is
 * {@link ClaimCues#ENGLISH}; Ukrainian, Russian and Polish are {@link SlavicClaimCues}. Implementations are stateless
 * and thread-safe.
 */
interface ClaimWords {
    /** The languages some implementation reads ("und" is read as English, as the annotator does). */
    java.util.Set<String> LANGUAGES = java.util.Set.of("en", "und", "uk", "ru", "pl");

    /** The words of a language code (en, und, uk, ru, pl; null is English); another language is a programmer error. */
    static ClaimWords of(String lang) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "en", "und" -> ClaimCues.ENGLISH;
            case "uk", "ru", "pl" -> SlavicClaimCues.of(l);
            default -> throw new IllegalArgumentException("no claim words for language " + lang + " (" + LANGUAGES + ")");
        };
    }

    /** Every kind named by its words, each at its first occurrence that is no intention, in text order. */
    List<ClaimCues.Cue> kinds(String text);

    /** The kind of a number's claim from what it counts (the English word) and its clause; null when it is no claim. */
    ClaimKind ofNumber(String clause, int at, String counted, boolean ofTotal);

    /** Whether the words between two numbers make the second the total of the first ("21 of 59", "21 з 59"). */
    boolean ofTotal(String between);

    /** Whose people a count of killed, wounded or captured is about, read just after the number. */
    Side victims(String text, int numberAt, Side speaker);

    /** Whether the text hedges what it says. */
    boolean hedged(String text);

    /** The side the text says acts; {@link Side#UNKNOWN} when none is named. */
    Side actor(String text, Side speakerSide, ClaimKind kind);

    /** Every attribution in a sentence, in text order; a pronoun's name is its English form (he, she, they, we, i, it). */
    List<Attribution.Found> attributions(String sentence);

    /** Every attribution in a headline. */
    List<Attribution.Found> headlineAttributions(String title);

    /** The numbers of a headline with the English word of what they count. */
    List<Quantity> headlineNumbers(String title);

    /** Words that stand for the town named before ("the city", "місто", "город", "miasto"). */
    java.util.regex.Pattern anaphor();

    /**
     * Where a name found in the text stands in a headline, which is not annotated: as written, or, in a language that
     * inflects names, in any case ending ("Купʼянськ" in the text, "до Купʼянська" in the headline).
     */
    java.util.regex.Pattern nameIn(String name);

    /** The English pronoun a word of this language stands for ("він" → "he"); the word itself when it is none. */
    default String pronoun(String word) {
        return word;
    }

    /** Whether an attribution's speaker said what the sentence before says ("Об этом сообщил X"). */
    default boolean refersBack(Attribution.Found f) {
        return false;
    }
}
