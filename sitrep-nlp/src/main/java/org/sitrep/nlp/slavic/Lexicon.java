package org.sitrep.nlp.slavic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Word forms to lemmas and tags, per language, from the Morfologik dictionaries: Ukrainian from
 * {@code morfologik-ukrainian-lt} (VESUM; tags like {@code noun:anim:m:v_rod:prop:lname}), Russian from LanguageTool's
 * {@code russian.dict} (tags like {@code NN:Fam:Masc:Sin:R}; every form in lower case), Polish from PoliMorf
 * ({@code subst:sg:loc:f}; several tags joined by '+' are split here). A dictionary is loaded once per process, the
 * first time its language is asked for (0.1 to 0.9 s, the first one loading Morfologik too; about 4.4 MB of heap each, 13 MB for the three). Thread-safe: the dictionaries are shared,
 * each thread gets its own lookup (Morfologik's lookups are not thread-safe).
 */
public final class Lexicon {
    /**
     * One reading of a word form.
     *
     * @param lemma the dictionary form, as the dictionary writes it (Russian lemmas are lower case)
     * @param tag   the dictionary's tag
     */
    public record Analysis(String lemma, String tag) {
        /** Whether the tag has {@code part} as one of its ':'-separated parts. */
        public boolean has(String part) {
            int i = tag.indexOf(part);
            while (i >= 0) {
                int end = i + part.length();
                if ((i == 0 || tag.charAt(i - 1) == ':') && (end == tag.length() || tag.charAt(end) == ':')) return true;
                i = tag.indexOf(part, i + 1);
            }
            return false;
        }
    }

    private static final Map<Lang, Lexicon> SHARED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    private Lexicon(Lang lang, Dictionary dictionary) {
        this.lang = lang;
        this.dictionary = dictionary;
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    /** The lexicon of {@code lang}, loaded on first use. */
    public static Lexicon of(Lang lang) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(lang, Lexicon::load);
        }
    }

    private static Lexicon load(Lang lang) {
        String resource = switch (lang) {
            case UK -> "/org/languagetool/resource/uk/ukrainian.dict";
            case RU -> "/org/languagetool/resource/ru/russian.dict";
            case PL -> "/morfologik/stemming/polish/polish.dict";
        };
        URL url = Lexicon.class.getResource(resource);
        if (url == null) throw new IllegalStateException("dictionary not on the class path: " + resource);
        try {
            return new Lexicon(lang, Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Its language. */
    public Lang lang() {
        return lang;
    }

    /**
     * The readings of {@code word} exactly as written (apostrophes made the dictionary's), or, where there are none,
     * of its lower-case form. Proper names are capitalised in the Ukrainian and Polish dictionaries, so "Львові" finds
     * the city and "Дуже" finds nothing before "дуже" does.
     */
    public List<Analysis> analyse(String word) {
        List<Analysis> out = exactly(word);
        if (out.isEmpty()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word)) out = exactly(lower);
        }
        return out;
    }

    /** The readings of {@code word} as written only (apostrophes made the dictionary's). */
    public List<Analysis> exactly(String word) {
        String w = normalise(word);
        List<Analysis> out = new ArrayList<>(4);
        if (w.isEmpty() || w.length() > 60) return out;
        for (WordData d : lookup.get().lookup(w)) {
            String lemma = d.getStem().toString();
            CharSequence tags = d.getTag();
            if (tags == null) continue;
            for (String tag : tags.toString().split("\\+")) out.add(new Analysis(lemma, tag));
        }
        return out;
    }

    /** Whether the word is in the dictionary in lower case: a common word. */
    public boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lang == Lang.RU) {
            for (Analysis a : exactly(lower)) if (!a.has("Name") && !a.has("Fam") && !a.has("Patr")) return true;
            return false;
        }
        for (Analysis a : exactly(lower)) if (!a.has("prop")) return true;
        return false;
    }

    /** The word as the dictionary spells it: one apostrophe ('), "ё" kept, soft hyphens gone. */
    String normalise(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (SlavicTokenizer.isApostrophe(c)) b.append(lang == Lang.UK ? '\'' : c);
            else if (c != '\u00AD' && c != '\u0301') b.append(c);
        }
        return b.toString();
    }
}
