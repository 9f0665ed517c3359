package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.Fingerprint;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.SourceFormat;

/**
 * The search index files each article's language and translation keys, and offers as translation candidates only
 * earlier articles in other languages sharing enough of them: a Ukrainian report finds the English one it shares
 * no word with, and never one in its own language.
 */
class TranslationCandidatesIT {
    static final Fingerprinter FP = Fingerprinter.sketchesOnly();

    @TempDir
    Path dir;

    static Article article(String id, String language, String text) {
        return new Article(id, new Origin(id, "", SourceFormat.TEXT), "outlet-" + id, null, null, null, Instant.EPOCH, language, 1, text, text,
                List.of(), Map.of(), Problems.none());
    }

    static final String ENGLISH = "Ukrainian forces entered Kupiansk on Saturday, September 10, a rail hub in the Kharkiv region. "
            + "Colonel General Oleksandr Syrskyi said the advance had covered more than 3,000 square kilometres since September 6. "
            + "In Balakliia police counted 1,200 residents who had stayed through the occupation.";
    static final String UKRAINIAN = "У суботу, 10 вересня, українські сили увійшли до Куп'янська — залізничного вузла на Харківщині. "
            + "Генерал-полковник Олександр Сирський заявив, що з 6 вересня наступ охопив понад 3 000 квадратних кілометрів. "
            + "У Балаклії поліція нарахувала 1 200 мешканців, які пережили окупацію.";
    static final String UKRAINIAN_OTHER = "Увечері 10 вересня над Куп'янськом підняли прапор. Сирський заявив, що з 6 вересня звільнено "
            + "понад 50 населених пунктів, зокрема Балаклію, де поліція нарахувала 1 200 мешканців.";
    static final String UNRELATED = "Grain ships left Odesa on Monday carrying 26,000 tonnes of corn for Lebanon, the port authority of Odesa said. "
            + "The Razoni was the first vessel to leave since February under the deal brokered by Turkey and the United Nations.";

    @Test
    void findsEarlierArticlesInOtherLanguagesByTheirKeysOnly() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            Article unrelated = article("unrelated", "en", UNRELATED);
            Article en = article("en", "en", ENGLISH);
            Article ukOther = article("uk-other", "uk", UKRAINIAN_OTHER);
            Article uk = article("uk", "uk", UKRAINIAN);
            index.put(unrelated, 1, FP.of(unrelated));
            index.put(en, 2, FP.of(en));
            index.put(ukOther, 3, FP.of(ukOther));
            Fingerprint f = FP.of(uk);
            index.put(uk, 4, f);
            index.commit(4);

            assertThat(f.keys().language()).isEqualTo("uk");
            assertThat(f.keys().translationKeys()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(index.translations(f.keys().translationKeys(), "uk", 4, 5, 4)).as("the English report, not the other Ukrainian one")
                    .containsExactly("en");
            assertThat(index.translations(f.keys().translationKeys(), "uk", 2, 5, 4)).as("only earlier articles").isEmpty();
            Fingerprint fe = FP.of(en);
            assertThat(index.translations(fe.keys().translationKeys(), "en", 5, 5, 4)).as("later Ukrainian ones, for a later asker")
                    .containsExactlyInAnyOrder("uk", "uk-other");
            assertThat(index.translations(fe.keys().translationKeys(), "en", 5, 5, 40)).as("too few shared keys").isEmpty();
        }
    }
}
