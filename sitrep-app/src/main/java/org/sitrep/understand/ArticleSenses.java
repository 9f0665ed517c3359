package org.sitrep.understand;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.geo.TransliterationKey;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

/**
 * One sense per article: the places an article names and the resolver placed confidently (resolved, not a guess, with
 * a confidence of at least {@code confidentAt}), by how they are spelt. A name spelt so inside an organisation's name,
 * or an organisation's whole name spelt so, is that place, as a reader takes it ("Slidell PD" in an article about
 * Slidell; "Allendale" the club, in an article that names the town). Pure and immutable.
 */
final class ArticleSenses {
    private final Map<String, Found> byKey;

    private ArticleSenses(Map<String, Found> byKey) {
        this.byKey = byKey;
    }

    /** No place known: every name is unknown. */
    static ArticleSenses none() {
        return new ArticleSenses(Map.of());
    }

    /**
     * The confident places among {@code found}: place mentions of the annotator's (not a demonym, an abbreviation or a
     * place inside a name: {@link ArticleAnalysis#NOT_WHERE}), resolved with a confidence of at least {@code
     * confidentAt}. Where two places are spelt alike, the spelling names neither.
     */
    static ArticleSenses of(Iterable<Found> found, double confidentAt) {
        Map<String, Found> byKey = new HashMap<>();
        Map<String, Long> clashes = new HashMap<>();
        for (Found f : found) {
            if (f.kind() != Kind.PLACE || f.place() == null || !"resolved".equals(f.placeStatus()) || ArticleAnalysis.placesNothing(f.nerType())
                    || f.placeConfidence() == null || f.placeConfidence() < confidentAt) continue;
            String k = key(f.text());
            if (k.isEmpty()) continue;
            Found before = byKey.putIfAbsent(k, f);
            if (before != null && before.place().id() != f.place().id()) clashes.put(k, f.place().id());
        }
        clashes.keySet().forEach(byKey::remove);
        return new ArticleSenses(Map.copyOf(byKey));
    }

    /** The confident mention elsewhere in the article spelt as {@code name} (possessive and a leading "the" aside). */
    Optional<Found> of(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** Whether {@code name} is spelt as a place the article places confidently. */
    boolean names(String name) {
        return byKey.containsKey(key(name));
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s|['’])$");
    private static final java.util.regex.Pattern THE = java.util.regex.Pattern.compile("^(?i:the)\\s+");

    private static String key(String name) {
        String s = THE.matcher(POSSESSIVE.matcher(name.strip()).replaceAll("")).replaceAll("").strip();
        return TransliterationKey.of(EntityNames.clean(s));
    }
}
