package org.sitrep.nlp.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.Sentence;

/**
 * Finds the quotes of a Ukrainian, Russian or Polish text, in «…», „…“ / „…”, “…” or "…", with who said them, as
 * {@link Quote}s with the meaning the English ones have. Only top-level quotes of three words or more are kept: «Азов»
 * or „zwycięstwa” are names and scare quotes, not speech; nor is a longer name nobody speaks (see {@link #isName}).
 * The speaker is read, in this order:
 * <ol>
 * <li>right after the quote, as the dialogue style of these languages writes it: «…», — сказав Зеленський / «…», —
 *     Зеленський наголосив / „…” – powiedział prezydent Andrzej Duda;</li>
 * <li>before it in its sentence: Зеленський заявив: «…» / Як зазначив Зеленський, «…» / За словами Зеленського, «…» /
 *     Według Sikorskiego „…”.</li>
 * </ol>
 * The speaker is the phrase as written, with its case ending ("Зеленського" after "за словами"): another step maps it
 * to the entity. A pronoun ("сказав він", "dodała ona") stands for the speaker of the quote before it, if any.
 * {@link SlavicSpeech} holds the words. Stateless and thread-safe.
 */
public final class SlavicQuotes {
    private static final int MAX_QUOTE = 3000;
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern ORGANISATION_FORM = Pattern.compile("(?<![\\p{L}])(?:ТОВ|ТзОВ|ПП|ДП|КП|ПАТ|ПрАТ|ВАТ|ЗАТ|АТ|НАК|ГО|"
            + "ООО|ОАО|ЗАО|ПАО|АО|ГУП|ФГУП|МУП|НКО|АНО|sp\\. z o\\.o\\.|S\\.A\\.|(?iu:фірм\\p{L}*|фирм\\p{L}*|компані\\p{L}*|"
            + "компани\\p{L}*|товариств\\p{L}*|підприємств\\p{L}*|предприяти\\p{L}*|концерн\\p{L}*|корпораці\\p{L}*|"
            + "корпораци\\p{L}*|банк\\p{L}*|газет\\p{L}*|журнал\\p{L}*|видавництв\\p{L}*|издательств\\p{L}*|"
            + "телеканал\\p{L}*|агентств\\p{L}*|spółk\\p{L}*|firm\\p{L}*|gazet\\p{L}*|wydawnictw\\p{L}*|koncern\\p{L}*|"
            + "закон\\p{L}*|постанов\\p{L}*|указ\\p{L}*|програм\\p{L}*|проект\\p{L}*|книг\\p{L}*|книжк\\p{L}*|статт\\p{L}*|"
            + "стать\\p{L}*|фільм\\p{L}*|фильм\\p{L}*|операці\\p{L}*|операци\\p{L}*|ustaw\\p{L}*|rozporządzeni\\p{L}*|"
            + "książk\\p{L}*|artykuł\\p{L}*|operacj\\p{L}*))"
            + "\\s*$");
    private static final Pattern NAME_BREAK = Pattern.compile("[,!?;:…]|\\.(?:\\s|$)");
    private static final int AFTER_CHARS = 200;
    private static final int BEFORE_CHARS = 300;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** What may stand between a quote and its attribution: "«…», — сказав", "«…!» — сказав", "„…” – powiedział". */
    private static final Pattern DASH_AFTER = Pattern.compile("^\\s*(,|[!?…]|\\.(?=\\s*[—–-]))?\\s*([—–-]\\s*)?");
    private static final Pattern AFTER_END = Pattern.compile("[.!?](?=\\s|$)|\\n|[«„“\"]");

    private SlavicQuotes() {
    }

    /** A quote's marks: inner and outer offsets. */
    record Span(int innerStart, int innerEnd, int outerStart, int outerEnd) {
    }

    /**
     * The quotes of {@code text}, in text order.
     *
     * @param text      the text the offsets point into
     * @param sentences its sentences, in text order
     * @param lang      "uk", "ru" or "pl"
     * @throws IllegalArgumentException for another language
     */
    public static List<Quote> find(String text, List<Sentence> sentences, String lang) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentences, "sentences");
        SlavicSpeech speech = SlavicSpeech.of(SlavicCalendar.checked(lang));
        List<Quote> out = new ArrayList<>();
        String previousSpeaker = null;
        int previousEnd = 0;
        for (Span q : spans(text)) {
            int is = q.innerStart(), ie = q.innerEnd();
            while (is < ie && Character.isWhitespace(text.charAt(is))) is++;
            while (ie > is && Character.isWhitespace(text.charAt(ie - 1))) ie--;
            if (words(text, is, ie) >= 3 && !afterOrganisationForm(text, q.outerStart())) {
                String speaker = after(text, q.outerEnd(), speech);
                if (speaker == null) speaker = before(text, sentences, q.outerStart(), previousEnd, speech);
                if (speaker != null && speech.isPronoun(speaker)) speaker = previousSpeaker;
                if (speaker != null || !isName(text, q, is, ie)) {
                    out.add(new Quote(text.substring(is, ie), speaker, is, ie, SentenceIndex.of(sentences, is)));
                }
                if (speaker != null) previousSpeaker = speaker;
            }
            previousEnd = q.outerEnd();
        }
        return out;
    }

    /**
     * Whether a quote nobody is said to have spoken is a name: these languages put the names of firms, papers, units
     * and laws in the same marks ("ТОВ «Електронний світ України»", "у «Віснику державних закупівель»", "«Полтавське
     * управління геофізичних робіт» надсилало"). A name is short, has no sentence punctuation, does not begin in lower
     * case, and stands inside its sentence: a word right before the opening mark, or a lower-case word right after the
     * closing one.
     */
    static boolean isName(String text, Span q, int is, int ie) {
        if (words(text, is, ie) > MAX_NAME_WORDS || NAME_BREAK.matcher(text).region(is, ie).find()) return false;
        if (Character.isLowerCase(text.codePointAt(is))) return false;
        int b = q.outerStart() - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        if (b >= 0 && Character.isLetterOrDigit(text.charAt(b))) return true;
        int a = q.outerEnd();
        while (a < text.length() && text.charAt(a) == ' ') a++;
        return a > q.outerEnd() && a < text.length() && Character.isLowerCase(text.charAt(a));
    }

    /**
     * Whether the quote follows the legal form or kind of an organisation (ТОВ «…», ООО «…», spółka „…”, компанія «…») or
     * the kind of a titled thing (закон «…», книга «…», операція «…», ustawa „…”): then it is a name or a title.
     */
    static boolean afterOrganisationForm(String text, int outerStart) {
        return ORGANISATION_FORM.matcher(text).region(Math.max(0, outerStart - 30), outerStart).find();
    }

    /** Top-level quotes: «…» nests; „ closes at the first “ or ”; “ at the first ”; " at the next ". */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = switch (c) {
                case '«' -> matchingGuillemet(text, i);
                case '„' -> firstOf(text, i + 1, "“”");
                case '“' -> firstOf(text, i + 1, "”");
                case '"' -> firstOf(text, i + 1, "\"");
                default -> -1;
            };
            if (close < 0) {
                i++;
                continue;
            }
            out.add(new Span(i + 1, close, i, close + 1));
            i = close + 1;
        }
        return out;
    }

    private static int matchingGuillemet(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() && i < open + MAX_QUOTE; i++) {
            char c = text.charAt(i);
            if (c == '«') depth++;
            else if (c == '»' && --depth == 0) return i;
            else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') return -1;
        }
        return -1;
    }

    private static int firstOf(String text, int from, String closers) {
        for (int i = from; i < text.length() && i < from + MAX_QUOTE; i++) {
            char c = text.charAt(i);
            if (closers.indexOf(c) >= 0) return i;
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') return -1;
        }
        return -1;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        for (Matcher m = WORD.matcher(text).region(from, to); m.find(); ) n++;
        return n;
    }

    /** «…», — сказав X / «…», — X сказав: the attribution right after the quote, up to the end of its sentence. */
    private static String after(String text, int outerEnd, SlavicSpeech speech) {
        Matcher dash = DASH_AFTER.matcher(text).region(outerEnd, text.length());
        if (!dash.lookingAt()) return null;
        int from = dash.end();
        boolean attached = ",".equals(dash.group(1)) || dash.group(2) != null;
        Matcher end = AFTER_END.matcher(text).region(from, Math.min(text.length(), from + AFTER_CHARS));
        int to = end.find() ? end.start() : Math.min(text.length(), from + AFTER_CHARS);
        List<SlavicSpeech.Word> ws = SlavicSpeech.words(text, from, to);
        // "«…» Потім він пішов": without a comma or a dash, a capital starts another sentence
        if (ws.isEmpty() || !attached && ws.get(0).capitalized()) return null;
        if (speech.isVerb(ws.get(0).text())) return speech.phraseAfter(text, ws, 1);
        int according = speech.according(ws, 0);
        if (according > 0) return speech.phraseAfter(text, ws, according);
        for (int k = 1; k < ws.size() && k <= 8; k++) {
            if (ws.get(k).punctuation()) return null;
            if (speech.isVerb(ws.get(k).text())) return speech.phraseBefore(text, ws, k, true);
        }
        return null;
    }

    /** Зеленський заявив: «…» / Як зазначив Зеленський, «…» / За словами Зеленського, «…»: the quote's sentence before it. */
    private static String before(String text, List<Sentence> sentences, int outerStart, int previousEnd, SlavicSpeech speech) {
        Sentence s = SentenceIndex.at(sentences, outerStart);
        int from = s == null || s.start() > outerStart ? 0 : s.start();
        from = Math.max(from, Math.max(previousEnd, outerStart - BEFORE_CHARS));
        int lastStop = Math.max(text.lastIndexOf(". ", outerStart - 1), Math.max(text.lastIndexOf('\n', outerStart - 1),
                Math.max(text.lastIndexOf("! ", outerStart - 1), text.lastIndexOf("? ", outerStart - 1))));
        if (lastStop >= from) from = lastStop + 1;
        List<SlavicSpeech.Word> ws = SlavicSpeech.words(text, from, outerStart);
        for (int k = 0; k < ws.size(); k++) {
            int according = speech.according(ws, k);
            if (according > 0) return speech.phraseAfter(text, ws, according);
        }
        for (int k = ws.size() - 1; k >= 0; k--) {
            if (!speech.isVerb(ws.get(k).text())) continue;
            // The subject before the verb ("Барри Лоуенкрон подчеркнул позицию США: «…»"), unless it follows a preposition
            // ("в Києві заявив міністр …": a place); then the phrase after the verb, which must hold a name ("визнали
            // договір оренди недійсним" does not); then the subject after a preposition.
            String subject = speech.phraseBefore(text, ws, k, false);
            if (subject != null) return subject;
            String after = speech.namesSomeone(speech.phraseAfter(text, ws, k + 1));
            if (after != null) return after;
            subject = speech.phraseBefore(text, ws, k, true);
            if (subject != null) return subject; // else an earlier verb may name him: "X заявив, що …, і додав: «…»"
        }
        // A headline or interview line: "Виктор Понедельник: «…»" (two or three capitalized words: one may be a verb, "Зітхаєш:")
        int n = ws.size();
        if (n >= 3 && n <= 4 && ws.get(n - 1).text().equals(":")) {
            boolean names = true;
            for (int i = 0; i < n - 1; i++) names &= ws.get(i).capitalized() && !speech.isVerb(ws.get(i).text());
            if (names) return text.substring(ws.get(0).start(), ws.get(n - 2).end());
        }
        return null;
    }
}
