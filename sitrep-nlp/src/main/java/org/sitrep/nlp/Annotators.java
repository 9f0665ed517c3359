package org.sitrep.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sitrep.nlp.slavic.Lang;
import org.sitrep.nlp.slavic.SlavicAnnotator;

/**
 * Which {@link Annotator} reads which language (ISO 639-1 code). An undetermined language ("und") is read as
 * English: most undetermined texts are short English ones. Ukrainian, Russian and Polish are read by
 * {@link SlavicAnnotator}. A language with no annotator gets none, and
 * {@link #whyNot} says so in words ("no annotator for Georgian"). Annotators are built lazily, once per process.
 */
public final class Annotators {
    private static final Map<String, Supplier<Annotator>> BY_LANGUAGE = Map.of(
            "en", EnglishAnnotator::shared,
            "und", EnglishAnnotator::shared,
            "uk", () -> SlavicAnnotator.shared(Lang.UK),
            "ru", () -> SlavicAnnotator.shared(Lang.RU),
            "pl", () -> SlavicAnnotator.shared(Lang.PL));

    private Annotators() {
    }

    /** The annotator of {@code language}, if Sitrep reads it. */
    public static Optional<Annotator> forLanguage(String language) {
        Supplier<Annotator> s = BY_LANGUAGE.get(language == null ? "und" : language);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** The languages Sitrep reads, as ISO 639-1 codes, "und" left out. */
    public static Set<String> languages() {
        Set<String> out = new TreeSet<>(BY_LANGUAGE.keySet());
        out.remove("und");
        return out;
    }

    /** Why a text in {@code language} is not annotated: "no annotator for Georgian (ka)". */
    public static String whyNot(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return "no annotator for " + (name.isEmpty() || name.equals(language) ? "language " + language : name + " (" + language + ")")
                + "; stored, searchable and clustered by its words";
    }
}
