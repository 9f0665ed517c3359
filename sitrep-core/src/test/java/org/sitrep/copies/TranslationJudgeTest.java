package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.SourceFormat;

/** Our own texts about the recapture of Kupiansk in September 2022: a report, its translations and another report. */
class TranslationJudgeTest {
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

    static Article art(String id, String outlet, String language, String text, String published) {
        return new Article(id, new Origin(id, "", SourceFormat.TEXT), outlet, null, null,
                published == null ? null : Published.at(Instant.parse(published), DateEvidence.FIELD), Instant.EPOCH, language, 1, text, text,
                List.of(), Map.of(), Problems.none());
    }

    final CopyJudge judge = new CopyJudge();

    Optional<CopyRelation> judge(Article a, Article b) {
        return judge.verdict(a, new Fingerprinter(null).of(a), b, new Fingerprinter(null).of(b), a.id()).relation();
    }

    @Test
    void ukrainianTranslationOfAnEnglishReportIsFoundAndTheEarlierIsTheOriginal() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        Article uk = art("uk", "novyny.example", "uk", UKRAINIAN, "2022-09-10T20:30:00Z");
        CopyRelation r = judge(uk, en).orElseThrow();
        assertThat(r.kind()).isEqualTo(CopyKind.TRANSLATION);
        assertThat(r.originalId()).isEqualTo("en");
        assertThat(r.copyId()).isEqualTo("uk");
        assertThat(r.direction()).isEqualTo("earlier publication");
        assertThat(r.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.aligned()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(r.aligned().get(0).original()).startsWith("Ukrainian forces entered Kupiansk");
        assertThat(r.aligned().get(0).copy()).startsWith("У суботу, 10 вересня");
        assertThat(r.sharedFacts()).contains("Kupiansk", "1,200");
    }

    @Test
    void machineStyleRussianTranslationWithReorderedClausesAndOtherNumbersIsFound() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        Article ru = art("ru", "lenta.example", "ru", RUSSIAN, "2022-09-11T07:00:00Z");
        CopyRelation r = judge(en, ru).orElseThrow();
        assertThat(r.kind()).isEqualTo(CopyKind.TRANSLATION);
        assertThat(r.originalId()).isEqualTo("en");
        assertThat(r.copyId()).isEqualTo("ru");
    }

    @Test
    void englishTranslationOfAPolishReportIsFoundTheOtherWayRound() {
        Article pl = art("pl", "wiadomosci.example", "pl", POLISH, "2022-09-10T16:00:00Z");
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        CopyRelation r = judge(en, pl).orElseThrow();
        assertThat(r.kind()).isEqualTo(CopyKind.TRANSLATION);
        assertThat(r.originalId()).isEqualTo("pl");
        assertThat(r.copyId()).isEqualTo("en");
    }

    @Test
    void twoTranslationsOfOneReportAreTranslationsOfEachOtherToo() {
        Article uk = art("uk", "novyny.example", "uk", UKRAINIAN, "2022-09-10T20:30:00Z");
        Article pl = art("pl", "wiadomosci.example", "pl", POLISH, "2022-09-10T21:00:00Z");
        assertThat(judge(pl, uk)).hasValueSatisfying(r -> assertThat(r.originalId()).isEqualTo("uk"));
    }

    @Test
    void aTranslationCreditDecidesWhenTheDatesAreMissing() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, null);
        Article uk = art("uk", "novyny.example", "uk", UKRAINIAN + " Переклад матеріалу Kyiv Wire.", null);
        CopyRelation r = judge(en, uk).orElseThrow();
        assertThat(r.originalId()).as("the Ukrainian arrived later, but says it is a translation").isEqualTo("en");
        assertThat(r.direction()).isEqualTo("attribution");
        assertThat(r.credited()).isEqualTo("kyivwire.com");
        CopyRelation plain = judge(art("en", "kyivwire.com", "en", ENGLISH, null), art("uk", "novyny.example", "uk", UKRAINIAN, null)).orElseThrow();
        assertThat(plain.direction()).isEqualTo("arrival order");
    }

    @Test
    void anIndependentReportOfTheSameDayAndTownInAnotherLanguageIsNoTranslation() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        Article other = art("other", "slobidska.example", "uk", INDEPENDENT, "2022-09-10T21:00:00Z");
        assertThat(TranslationKeys.indexKeys(null, INDEPENDENT, "uk", 40)).as("it shares enough keys to be offered")
                .containsAll(List.of("x:" + TranslationKeys.nameKey("Kupiansk", "en"), "x:d09-10", "x:d09-06", "x:#10"));
        assertThat(judge(other, en)).isEmpty();
        assertThat(TranslationJudge.align(TranslationKeys.of(ENGLISH, "en").keys(), TranslationKeys.of(INDEPENDENT, "uk").keys()))
                .as("the shared place, day and start date align a sentence or two, not the report: no translation even before its figures are compared")
                .hasSizeLessThan(CopyParams.defaults().translationMinAligned());
        assertThat(judge(art("pl", "wiadomosci.example", "pl", POLISH, "2022-09-10T16:00:00Z"), other)).isEmpty();
    }

    @Test
    void aTranslationWithItsFiguresChangedIsNoTranslation() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        String changed = UKRAINIAN.replace("3 000", "4 500").replace("1 200", "900").replace("близько 30", "близько 45").replace("2,5 тонни", "7 тонн");
        assertThat(judge(art("uk", "novyny.example", "uk", changed, "2022-09-10T20:30:00Z"), en)).isEmpty();
    }

    @Test
    void aShortenedTranslationOfHalfTheReportIsNoTranslationOfTheWhole() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, "2022-09-10T18:00:00Z");
        String[] s = UKRAINIAN.split("(?<=\\.) ");
        Article half = art("uk", "novyny.example", "uk", s[0] + " " + s[1], "2022-09-10T20:30:00Z");
        assertThat(judge(half, en)).as("lengths out of proportion, too few sentences").isEmpty();
    }

    @Test
    void namesAloneAreNoEvidenceOfATranslationFiguresAndDaysAre() {
        String en = "In Moscow Sergei Lavrov met Liz Truss%s. Truss told Lavrov that London would not recognise the Donbas republics. "
                + "Lavrov accused Britain and NATO of ignoring Moscow%s. Truss later spoke with Dmytro Kuleba in Kyiv.";
        String uk = "У Москві Сергій Лавров зустрівся з Ліз Трасс%s. Трасс сказала Лаврову, що Лондон не визнає республік Донбасу. "
                + "Лавров звинуватив Британію та НАТО в тому, що вони ігнорують Москву%s. Згодом Трасс поговорила з Дмитром Кулебою в Києві.";
        Article enPlain = art("en", "a.com", "en", en.formatted("", ""), "2022-02-10T12:00:00Z");
        Article ukPlain = art("uk", "b.com", "uk", uk.formatted("", ""), "2022-02-10T14:00:00Z");
        assertThat(judge(ukPlain, enPlain)).as("the same people recur in every report about them").isEmpty();
        Article enDated = art("en", "a.com", "en", en.formatted(" on February 10", " while 130,000 troops stood at the border"), "2022-02-10T12:00:00Z");
        Article ukDated = art("uk", "b.com", "uk", uk.formatted(" 10 лютого", ", поки 130 000 військових стоять біля кордону"), "2022-02-10T14:00:00Z");
        assertThat(judge(ukDated, enDated)).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(CopyKind.TRANSLATION));
    }

    @Test
    void onlyPairsInTwoKnownDifferentLanguagesAreJudgedForTranslation() {
        Article en = art("en", "kyivwire.com", "en", ENGLISH, null);
        assertThat(TranslationJudge.applies(en, art("uk", "x", "uk", UKRAINIAN, null))).isTrue();
        assertThat(TranslationJudge.applies(en, art("e2", "x", "en", ENGLISH, null))).isFalse();
        assertThat(TranslationJudge.applies(en, art("u", "x", "und", UKRAINIAN, null))).isFalse();
        assertThat(new TranslationJudge(CopyParams.defaults()).judge(art("a", "x", "uk", UKRAINIAN, null), art("b", "y", "uk", UKRAINIAN, null), "a",
                Double.NaN)).isEmpty();
    }
}
