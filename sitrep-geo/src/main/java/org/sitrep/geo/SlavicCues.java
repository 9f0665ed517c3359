package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a place mention that say "place", "region" or "front" in Ukrainian, Russian and Polish, beside the
 * English ones of {@link PlaceResolver}: locative prepositions ("у", "біля", "под", "koło", "w"), settlement words
 * ("село", "смт", "посёлок", "wieś"), region words ("область", "obwód") and direction words ("напрямку",
 * "направлении", "kierunku"), in their case forms.
 *
 * <p>Why separate: the English patterns must keep matching exactly as they do, and Java's {@code \b} does not see
 * Cyrillic letters as word letters, so these patterns mark word edges with {@code (?<!\p{L})} and {@code (?!\p{L})}.
 * Polish cues written in plain Latin letters that are also English words ("we", "pod") count only in a text that
 * looks Polish. Pure functions over strings; thread-safe.
 */
public final class SlavicCues {
    private static final String SETTLEMENT_CYRILLIC = "міст[оаіу]|сел[оаіу]|селищ[еаіу]|смт|хутор[аіеу]?|город[аеу]?"
            + "|пос[её]л(?:ок|ка|ке|ку)|пгт|деревн[яиеюі]|станиц[аеіиы]|містечк[оау]";
    private static final String SETTLEMENT_POLISH = "miast[oa]|mieście|wie[sś]|wsi|miejscowo[sś][cć]i?|osad[ayzie]+";
    /** A Cyrillic locative preposition or settlement word right before the mention ("у", "біля села", "под"). */
    private static final Pattern CYRILLIC_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:у|в|во|біля|під|поблизу|"
            + "неподалік|районі|около|под|возле|вблизи|близ|районе|околицях|окрестностях|"
            + SETTLEMENT_CYRILLIC + ")\\s+(?:(?:" + SETTLEMENT_CYRILLIC + ")\\s+)?$");
    /** Polish cues that are no English words: "w", "koło", "niedaleko", "k.", "w pobliżu", "wsi"… */
    private static final Pattern POLISH_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:w|koło|niedaleko|k\\.|"
            + "pobliżu|okolicach|obwodzie|" + SETTLEMENT_POLISH + ")\\s+(?:(?:" + SETTLEMENT_POLISH + ")\\s+)?$");
    /** Polish cues that are also English words; only in a Polish-looking text. */
    private static final Pattern POLISH_AMBIGUOUS_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:we|pod|kolo)\\s+$");
    private static final Pattern REGION_WORD_AFTER = Pattern.compile("^\\s*(?iu:област(?:ь|і|и|ю|ей)|обл\\.|"
            + "край|краю|obwod(?:zie|u|em)?|obwód)(?!\\p{L})");
    private static final Pattern DIRECTION_WORD_AFTER = Pattern.compile("^\\s*(?iu:напрям(?:ок|ку|ком)|"
            + "направлени(?:е|и|ем|я)|kierun(?:ek|ku|kiem))(?!\\p{L})");
    /** "Харківська область", "Донецькій області", "Харьковской области": the adjective, then the region word. */
    private static final Pattern REGION_SUFFIX = Pattern.compile("(?iu)\\s+(?:област(?:ь|і|и|ю|ей)|обл\\.?|"
            + "obwód|obwod(?:zie|u|em)?)$");
    /** "obwód charkowski", "w obwodzie charkowskim": the region word, then the adjective. */
    private static final Pattern REGION_PREFIX = Pattern.compile("(?iu)^(?:obwód|obwod(?:zie|u|em)?|область|"
            + "области)\\s+");
    private static final String ADJECTIVE = "\\p{L}+(?:ськ|цьк|зьк|ск|цк|зк|sk|ck|śk|ńsk)\\p{L}{1,4}";
    /** Region phrases anywhere in a text, either order. */
    private static final Pattern REGION_PHRASE = Pattern.compile("(?iu)(?<!\\p{L})(" + ADJECTIVE
            + ")\\s+(?:област(?:ь|і|и|ю|ей)|обл\\.|obwód|obwod(?:zie|u|em)?)(?!\\p{L})"
            + "|(?<!\\p{L})(?:obwód|obwod(?:zie|u|em)?)\\s+(" + ADJECTIVE + ")(?!\\p{L})");

    private SlavicCues() {
    }

    /** True when the text just before a mention says place: a locative preposition or a settlement word. */
    public static boolean locativeBefore(String before, boolean polish) {
        return CYRILLIC_BEFORE.matcher(before).find() || POLISH_BEFORE.matcher(before).find()
                || polish && POLISH_AMBIGUOUS_BEFORE.matcher(before).find();
    }

    /**
     * True when a mention's text should be de-inflected as Polish: its sentence has a letter only Polish uses, or
     * the mention follows a Polish-only cue ("w Odessie", "koło Kupiańska").
     */
    public static boolean polish(String sentence, String before) {
        return SlavicInflections.looksPolish(sentence) || POLISH_BEFORE.matcher(before).find();
    }

    /** True when a region word follows the mention ("Харківська область", "Donieckiego obwodu"). */
    public static boolean regionWordAfter(String after) {
        return REGION_WORD_AFTER.matcher(after).find();
    }

    /** True when a direction word follows the mention ("Покровському напрямку", "Купянском направлении"). */
    public static boolean directionWordAfter(String after) {
        return DIRECTION_WORD_AFTER.matcher(after).find();
    }

    /**
     * The mention without a region word it contains ("Донецькій області" → "Донецькій", "obwód charkowski" →
     * "charkowski"), or null when it contains none.
     */
    public static String withoutRegionWord(String mention) {
        Matcher suffix = REGION_SUFFIX.matcher(mention);
        if (suffix.find()) return mention.substring(0, suffix.start());
        Matcher prefix = REGION_PREFIX.matcher(mention);
        if (prefix.find()) return mention.substring(prefix.end());
        return null;
    }

    /** The adjectives of the region phrases of a text ("Харківській області", "w obwodzie charkowskim"). */
    public static List<String> regionAdjectives(String text) {
        List<String> out = new ArrayList<>();
        // Cheap test first: the phrase needs "обл" (область, обл.) or "obw" (obwód), in any case.
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("обл") && !lower.contains("obw")) return out;
        Matcher m = REGION_PHRASE.matcher(text);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }
}
