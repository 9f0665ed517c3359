package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.CopyKind;
import org.sitrep.copies.CopyRelation;
import org.sitrep.model.Article;
import org.sitrep.store.Provenance;
import org.sitrep.store.SitrepStore;

/**
 * Translated copies end to end (PRODUCT.md F3), on texts we wrote about the recapture of Kupiansk: an English report
 * and its Ukrainian, Russian and Polish translations share no words, so only the translation keys filed in the search
 * index find them; each is judged a translation of the earlier English one. Another Ukrainian report of the same day
 * and town is found as a candidate too, and is no copy.
 */
class TranslatedCopiesIT {
    @TempDir
    Path data;
    @TempDir
    Path inputs;

    // The texts of sitrep-core's TranslationJudgeTest (the modules share no test classes).
    static final String ENGLISH = "Ukrainian forces entered Kupiansk on Saturday, September 10, a rail hub in the Kharkiv region that Russian troops had held since February. "
            + "Colonel General Oleksandr Syrskyi said the advance had covered more than 3,000 square kilometres since September 6. "
            + "In Balakliia, retaken earlier in the week, police counted 1,200 residents who had stayed through the occupation. "
            + "President Volodymyr Zelensky said in his evening address that about 30 settlements had been returned. "
            + "Russian units withdrew east of the Oskil river toward Svatove, according to the General Staff. "
            + "Oleh Syniehubov, the Kharkiv governor, said 2.5 tonnes of humanitarian aid reached Kupiansk and Balakliia by Sunday, September 11.";

    static final String UKRAINIAN = "У суботу, 10 вересня, українські сили увійшли до Куп'янська — залізничного вузла на Харківщині, який російські війська утримували з лютого. "
            + "Генерал-полковник Олександр Сирський заявив, що з 6 вересня наступ охопив понад 3 000 квадратних кілометрів. "
            + "У Балаклії, звільненій раніше цього тижня, поліція нарахувала 1 200 мешканців, які пережили окупацію. "
            + "Президент Володимир Зеленський у вечірньому зверненні сказав, що повернуто близько 30 населених пунктів. "
            + "За даними Генштабу, російські підрозділи відійшли на схід від річки Оскіл у напрямку Сватового. "
            + "Голова Харківської ОВА Олег Синєгубов повідомив, що до неділі, 11 вересня, до Куп'янська та Балаклії доставили 2,5 тонни гуманітарної допомоги.";

    /** Machine-translation style: clauses reordered, numbers written otherwise ("3 тыс.", "1,2 тыс."), a sentence split. */
    static final String RUSSIAN = "Железнодорожный узел Купянск в Харьковской области, который российские войска удерживали с февраля, украинские силы заняли в субботу, 10 сентября. "
            + "Наступление с 6 сентября охватило более 3 тыс. квадратных километров, заявил генерал-полковник Александр Сырский. "
            + "Полиция насчитала 1,2 тыс. жителей, переживших оккупацию в Балаклее. Город был освобожден ранее на этой неделе. "
            + "Около 30 населенных пунктов возвращено, сказал в вечернем обращении президент Владимир Зеленский. "
            + "Российские подразделения отошли к востоку от реки Оскол в сторону Сватово, сообщил Генштаб. "
            + "К воскресенью, 11 сентября, в Купянск и Балаклею доставили 2,5 тонны гуманитарной помощи, сообщил губернатор Харьковской области Олег Синегубов.";

    static final String POLISH = "W sobotę 10 września siły ukraińskie weszły do Kupiańska, węzła kolejowego w obwodzie charkowskim, który Rosjanie zajmowali od lutego. "
            + "Generał pułkownik Ołeksandr Syrski powiedział, że od 6 września ofensywa objęła ponad 3000 kilometrów kwadratowych. "
            + "W Bałakliji, odbitej na początku tygodnia, policja naliczyła 1200 mieszkańców, którzy przetrwali okupację. "
            + "Prezydent Wołodymyr Zełenski powiedział w wieczornym wystąpieniu, że odzyskano około 30 miejscowości. "
            + "Według Sztabu Generalnego rosyjskie jednostki wycofały się na wschód od rzeki Oskił w kierunku Swatowego. "
            + "Gubernator obwodu charkowskiego Ołeh Syniehubow podał, że do niedzieli 11 września do Kupiańska i Bałakliji dotarło 2,5 tony pomocy humanitarnej.";

    /** Another report of the same day and town, in Ukrainian: its own sentences, its own figures. */
    static final String INDEPENDENT = "Увечері 10 вересня над міською радою Куп'янська підняли український прапор, повідомив голова Харківської ОВА Олег Синєгубов. "
            + "За його словами, у місті залишаються близько 7 000 мешканців, а світла і води немає з серпня. "
            + "Сирський заявив, що з 6 вересня звільнено понад 50 населених пунктів, зокрема Балаклію. "
            + "За даними Генштабу, під Куп'янськом російські підрозділи втратили понад 40 одиниць техніки. "
            + "Троє цивільних дістали поранення від обстрілу з лівого берега Осколу, їх доставили до Харкова. "
            + "Волонтери з Харкова привезли в місто 12 генераторів і 300 продуктових наборів.";

    static String item(String url, String language, String title, String text, String published) {
        return "{\"url\": \"%s\", \"language\": \"%s\", \"title\": \"%s\", \"published\": \"%s\", \"text\": \"%s\"}".formatted(url, language, title, published,
                text.replace("\"", "\\\""));
    }

    @Test
    void translationsOfOneReportAreFoundAcrossLanguagesWithTheirDirectionAndAnotherReportIsNot() throws IOException {
        Path f = inputs.resolve("kupiansk.jsonl");
        Files.write(f, List.of(
                item("https://kyivwire.example/kupiansk", "en", "Ukrainian forces enter Kupiansk", ENGLISH, "2022-09-10T18:00:00Z"),
                item("https://novyny.example/kupiansk", "uk", "Українські сили увійшли до Куп'янська", UKRAINIAN, "2022-09-10T20:30:00Z"),
                item("https://slobidska.example/kupiansk", "uk", "Над Куп'янськом український прапор", INDEPENDENT, "2022-09-10T21:00:00Z"),
                item("https://lenta.example/kupyansk", "ru", "Украинские силы заняли Купянск", RUSSIAN, "2022-09-11T07:00:00Z"),
                item("https://wiadomosci.example/kupiansk", "pl", "Ukraińcy weszli do Kupiańska", POLISH, "2022-09-11T08:00:00Z")));
        try (Sitrep s = Understanding.open(data)) {
            Understanding.ingest(s, f);
            Map<String, Article> byUrl = new HashMap<>();
            for (Article a : s.store().articles(new SitrepStore.ArticleQuery(50, 0, null, null))) byUrl.put(a.url(), a);
            String en = byUrl.get("https://kyivwire.example/kupiansk").id();
            String uk = byUrl.get("https://novyny.example/kupiansk").id();
            String ru = byUrl.get("https://lenta.example/kupyansk").id();
            String pl = byUrl.get("https://wiadomosci.example/kupiansk").id();
            String other = byUrl.get("https://slobidska.example/kupiansk").id();

            Provenance p = s.provenance(en);
            assertThat(p.copyOf()).isEmpty();
            assertThat(p.copiedBy()).filteredOn(r -> r.kind() == CopyKind.TRANSLATION).extracting(CopyRelation::copyId).contains(uk, ru, pl);
            assertThat(p.copiedBy()).filteredOn(r -> r.copyId().equals(uk)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.direction()).isEqualTo("earlier publication");
                        assertThat(org.sitrep.json.ProvenanceJson.relation(r).get("kind")).as("as the API and the CLI show it").isEqualTo("translation");
                    });
            assertThat(s.provenance(other).copyOf()).as("another report of the same day and town").isEmpty();
            assertThat(s.provenance(other).copiedBy()).isEmpty();
            assertThat(s.sourceCounts(List.of(en, uk, ru, pl, other)).independentSources()).isEqualTo(2);
        }
    }
}
