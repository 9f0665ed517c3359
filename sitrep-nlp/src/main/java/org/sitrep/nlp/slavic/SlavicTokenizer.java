package org.sitrep.nlp.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Sentence;

/**
 * Splits Ukrainian, Russian or Polish text into tokens and sentences, with character offsets into the text as given
 * (nothing is normalised before offsets are taken). A word keeps the apostrophes (' ʼ ’) and hyphens inside it
 * ("Куп'янськ", "Івано-Франківськ", "Су-27"); an abbreviation ("м.", "вул.", "ст.", "ul.", "gen.") or an initial
 * ("В. Зеленський") keeps its dot and ends no sentence; quotes «» „“ are tokens of their own. A sentence ends after
 * . ! ? or … followed by a capital, a digit, a quote, a dash or the end, and at every line break (headlines and
 * paragraphs are sentences of their own). Stateless and thread-safe.
 */
public final class SlavicTokenizer {
    /** Abbreviations that keep their dot, lower case, all three languages together. */
    static final Set<String> ABBREVIATIONS = words(
            // Ukrainian
            "м", "вул", "р", "рр", "ст", "с", "смт", "обл", "пров", "просп", "пл", "див", "т", "тис", "млн", "млрд",
            "грн", "ген", "проф", "д", "п", "пп", "ім", "св", "км", "кв", "напр", "ін", "ч", "бл", "прим", "зокр",
            "пор", "полк", "підполк", "майор", "лейт", "акад", "доц", "гр", "коп", "хв", "год", "сек", "корп",
            // Russian
            "г", "гг", "ул", "пос", "тыс", "руб", "им", "пр", "пер", "ок", "др", "ср", "подполк", "коп", "мин",
            // Polish
            "ul", "gen", "prof", "dr", "im", "św", "al", "pl", "ok", "np", "tzn", "tys", "mln", "mld", "zł", "r",
            "ppłk", "płk", "mjr", "kpt", "por", "woj", "pow", "gm", "ks", "mgr", "inż", "hab", "ds", "nr", "godz",
            "min", "tj", "wg", "ww", "jw", "pt", "ps", "ang", "ros", "ukr", "mies", "dot");
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "»“”\"')]}";

    private SlavicTokenizer() {
    }

    /** A text cut into tokens and sentences. */
    public record Tokenized(String text, List<SlavicToken> tokens, List<Sentence> sentences) {
        public Tokenized {
            tokens = List.copyOf(tokens);
            sentences = List.copyOf(sentences);
        }

        /** The tokens of sentence {@code s}. */
        public List<SlavicToken> tokensOf(Sentence s) {
            int from = 0;
            while (from < tokens.size() && tokens.get(from).sentence() < s.index()) from++;
            int to = from;
            while (to < tokens.size() && tokens.get(to).sentence() == s.index()) to++;
            return tokens.subList(from, to);
        }
    }

    /** The sentences of {@code text}, with offsets into it. */
    public static List<Sentence> sentences(String text) {
        return split(text).sentences();
    }

    /** The tokens of {@code text}, with offsets into it. */
    public static List<SlavicToken> tokens(String text) {
        return split(text).tokens();
    }

    /** Tokens and sentences of {@code text}. */
    public static Tokenized split(String text) {
        List<SlavicToken> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int sentence = 0, sentenceStart = -1, sentenceTokens = 0;
        boolean breakPending = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00AD' || c == '\uFEFF') {
                if (c == '\n' && sentenceTokens > 0) breakPending = true;
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            String word = text.substring(i, end);
            if (breakPending || sentenceTokens > 0 && endsSentence(tokens.getLast(), text, i)) {
                sentences.add(new Sentence(sentence, sentenceStart, tokens.getLast().end(), sentenceTokens));
                sentence++;
                sentenceTokens = 0;
                breakPending = false;
            }
            if (sentenceTokens == 0) sentenceStart = i;
            tokens.add(new SlavicToken(word, i, end, sentence, tokens.size()));
            sentenceTokens++;
            i = end;
        }
        if (sentenceTokens > 0) sentences.add(new Sentence(sentence, sentenceStart, tokens.getLast().end(), sentenceTokens));
        return new Tokenized(text, tokens, sentences);
    }

    /** Whether a sentence ends after {@code last}, the next token starting at {@code next}. */
    private static boolean endsSentence(SlavicToken last, String text, int next) {
        String w = last.text();
        boolean terminal = TERMINATORS.indexOf(w.charAt(0)) >= 0;
        if (!terminal) {
            // a closing quote or bracket right after a terminator: the sentence ends after the closer
            if (CLOSERS.indexOf(w.charAt(0)) < 0 || last.index() == 0 || last.start() == 0) return false;
            char before = text.charAt(last.start() - 1);
            if (TERMINATORS.indexOf(before) < 0) return false;
        }
        char c = text.charAt(next);
        if (CLOSERS.indexOf(c) >= 0 && c != '"' && c != '\'' && c != '“') return false;
        return Character.isUpperCase(c) || Character.isDigit(c) || "«„\"“—–-([".indexOf(c) >= 0;
    }

    /** Where the token starting at {@code i} ends. */
    private static int tokenEnd(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
            int j = wordEnd(text, i);
            if (j < n && text.charAt(j) == '.') {
                String w = text.substring(i, j);
                boolean initial = j - i == 1 && Character.isUpperCase(c);
                if (initial || ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT))) return j + 1;
            }
            // "Т . К . Шевченко" in text tokenized with spaces around punctuation: a lone capital, a lone dot and a
            // capitalised word is an initial too, not a sentence end
            if (j - i == 1 && Character.isUpperCase(c) && j + 3 < n && text.charAt(j) == ' ' && text.charAt(j + 1) == '.'
                    && text.charAt(j + 2) == ' ' && Character.isUpperCase(text.charAt(j + 3))) return j + 2;
            return j;
        }
        if (Character.isDigit(c)) {
            int j = i + 1;
            while (j < n && (Character.isDigit(text.charAt(j))
                    || ".,:".indexOf(text.charAt(j)) >= 0 && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                    && Character.isDigit(text.charAt(j - 1)))) j++;
            // "100-му", "2024-го", "5-ти": the ending belongs to the number
            if (j + 1 < n && text.charAt(j) == '-' && Character.isLetter(text.charAt(j + 1))) j = wordEnd(text, j + 1);
            return j;
        }
        if (c == '.' || c == '!' || c == '?') {
            int j = i + 1;
            while (j < n && ".!?".indexOf(text.charAt(j)) >= 0) j++;
            return j;
        }
        if (Character.isHighSurrogate(c) && i + 1 < n) return i + 2;
        return i + 1;
    }

    /** The end of a run of letters with apostrophes, hyphens and digits inside ("Куп'янськ", "Су-27"). */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) j++;
            else if (isApostrophe(c) && j + 1 < n && Character.isLetter(text.charAt(j + 1))) j++;
            else if ((c == '-' || c == '‑') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) j++;
            else if (Character.isDigit(c) && j > i && text.charAt(j - 1) == '-') {
                while (j < n && Character.isDigit(text.charAt(j))) j++;
            } else break;
        }
        return j;
    }

    /** The apostrophes written inside Ukrainian words: ' ʼ ’ ` ′. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == 'ʼ' || c == '’' || c == '`' || c == '′';
    }

    /** A set of words; a word listed twice (one per language) is one. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
