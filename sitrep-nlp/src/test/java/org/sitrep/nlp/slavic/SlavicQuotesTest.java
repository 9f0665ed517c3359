package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.Sentence;

class SlavicQuotesTest {
    private static List<Quote> find(String text, String lang) {
        return SlavicQuotes.find(text, List.of(new Sentence(0, 0, text.length(), 0)), lang);
    }

    private static String speaker(String text, String lang) {
        List<Quote> qs = find(text, lang);
        assertThat(qs).as(text).hasSize(1);
        return qs.get(0).speaker();
    }

    @Test
    void readsTheSpeakerAfterTheQuoteInDialogueStyle() {
        String text = "«Ми ніколи не визнаємо окупацію», — сказав Володимир Зеленський.";
        Quote q = find(text, "uk").get(0);
        assertThat(q.text()).isEqualTo("Ми ніколи не визнаємо окупацію");
        assertThat(q.start()).isEqualTo(1);
        assertThat(q.end()).isEqualTo(1 + q.text().length());
        assertThat(q.speaker()).isEqualTo("Володимир Зеленський");
        assertThat(speaker("«Росія знову била по енергетиці», — Зеленський наголосив у зверненні.", "uk")).isEqualTo("Зеленський");
        assertThat(speaker("«Удары будут продолжены», — заявил Дмитрий Песков журналистам.", "ru")).isEqualTo("Дмитрий Песков");
        assertThat(speaker("„Rosja nie wygra tej wojny” – powiedział minister spraw zagranicznych Radosław Sikorski.", "pl"))
                .isEqualTo("minister spraw zagranicznych Radosław Sikorski");
        assertThat(speaker("\"Nie oddamy ani metra ziemi\" – napisał Zełenski w mediach społecznościowych.", "pl")).isEqualTo("Zełenski");
        assertThat(speaker("„Sytuacja na froncie jest trudna” – przekazała rzeczniczka.", "pl")).isEqualTo("rzeczniczka");
        // text tokenized with spaces around punctuation, as some corpora have it
        assertThat(speaker("« Ми не відступимо з цих позицій » , – сказав командир батальйону .", "uk")).isEqualTo("командир батальйону");
        assertThat(speaker("«Где сейчас находятся ваши войска?» — спросил журналист.", "ru")).isEqualTo("журналист");
        assertThat(speaker("«Это была одна из крупнейших атак», — сказала в эфире представительница ВВС.", "ru"))
                .isEqualTo("представительница ВВС");
    }

    @Test
    void readsTheSpeakerBeforeTheQuote() {
        assertThat(speaker("Речник Повітряних сил Юрій Ігнат заявив: «Це була одна з наймасованіших атак».", "uk"))
                .isEqualTo("Речник Повітряних сил Юрій Ігнат");
        assertThat(speaker("Пресс-секретарь Кремля Дмитрий Песков также сказал: «Мы не комментируем эти сообщения».", "ru"))
                .isEqualTo("Пресс-секретарь Кремля Дмитрий Песков");
        assertThat(speaker("Як зазначив Олександр Сирський, «ситуація на фронті залишається складною».", "uk")).isEqualTo("Олександр Сирський");
        assertThat(speaker("Zełenski powiedział, że „Ukraina potrzebuje więcej obrony powietrznej”.", "pl")).isEqualTo("Zełenski");
        assertThat(speaker("Президент Володимир Зеленський у вечірньому зверненні сказав: «Це був один з найбільших ударів».", "uk"))
                .isEqualTo("Президент Володимир Зеленський");
        assertThat(speaker("Как сообщило агентство ТАСС, «переговоры пока не планируются».", "ru")).isEqualTo("агентство ТАСС");
        assertThat(speaker("Зеленський заявив, що ворог тисне, і додав: «Ми тримаємо позиції під Покровськом».", "uk")).isEqualTo("Зеленський");
    }

    @Test
    void readsAccordingToPhrases() {
        assertThat(speaker("За словами Зеленського, «противник випустив понад сто ракет».", "uk")).isEqualTo("Зеленського");
        assertThat(speaker("По словам Пескова, «решение принято президентом».", "ru")).isEqualTo("Пескова");
        assertThat(speaker("Według Sikorskiego „Ukraina potrzebuje więcej obrony powietrznej”.", "pl")).isEqualTo("Sikorskiego");
        assertThat(speaker("Jak podał Andrzej Duda, „pomoc dla Ukrainy będzie kontynuowana”.", "pl")).isEqualTo("Andrzej Duda");
    }

    @Test
    void aPronounStandsForTheSpeakerOfTheQuoteBefore() {
        String text = "«Ми знаємо, звідки летять ракети», — сказав Зеленський. «Ми продовжуємо працювати з партнерами», — додав він.";
        assertThat(find(text, "uk")).extracting(Quote::speaker).containsExactly("Зеленський", "Зеленський");
        assertThat(speaker("«Мы не комментируем эти сообщения», — сказала она.", "ru")).isNull();
    }

    @Test
    void scareQuotesAndNamesAreNotQuotes() {
        assertThat(find("Бригада «Азов» збила два «Шахеди» над областю.", "uk")).isEmpty();
        assertThat(find("Так называемые «переговоры» не начались.", "ru")).isEmpty();
        assertThat(find("Rosja ogłosiła „zwycięstwo”.", "pl")).isEmpty();
    }

    @Test
    void namesInQuotationMarksAreNotQuotes() {
        assertThat(find("Угоду уклали з ТОВ «Електронний світ України» минулого тижня.", "uk")).isEmpty();
        assertThat(find("Про це повідомляється у «Віснику державних закупівель».", "uk")).isEmpty();
        assertThat(find("«Полтавське управління геофізичних робіт» надсилало листи.", "uk")).isEmpty();
        assertThat(find("Umowę podpisano ze spółką „Polska Grupa Zbrojeniowa” w Radomiu.", "pl")).isEmpty();
        assertThat(find("Угоду уклали з КП «Дирекція будівництва доріг м. Києва», повідомили в мерії.", "uk")).isEmpty();
        // speech without a speaker stays a quote
        assertThat(find("«Ми не здамося за жодних умов». Потім усі розійшлися.", "uk")).extracting(Quote::text)
                .containsExactly("Ми не здамося за жодних умов");
    }

    @Test
    void theSubjectBeforeTheVerbOutranksTheObjectAfterIt() {
        assertThat(speaker("Барри Лоуенкрон подчеркнул позицию правительства США: «Мы не допускаем пыток ни при каких условиях».", "ru"))
                .isEqualTo("Барри Лоуенкрон");
        // a capital after a preposition is a place: the speaker is after the verb
        assertThat(speaker("У Києві заявив міністр оборони Рустем Умєров: «Ми отримаємо нові системи ППО».", "uk"))
                .isEqualTo("міністр оборони Рустем Умєров");
        assertThat(speaker("Анатолий Перминов тогда объяснял: «Причиной сбоя стала ошибка в программе».", "ru")).isEqualTo("Анатолий Перминов");
    }

    @Test
    void theOneSpokenToIsNotTheSpeaker() {
        String text = "«Ми втримаємо місто за будь-яку ціну», — сказав Сирський. «Потрібні нові резерви на цьому напрямку», — сказав він Зеленському.";
        assertThat(find(text, "uk")).extracting(Quote::speaker).containsExactly("Сирський", "Сирський");
        assertThat(speaker("Він сказав Шмигалеві: «Енергетики мають отримати все необхідне».", "uk")).isNull();
        assertThat(speaker("Потім я здивувався і сказав: «Так не буває на війні».", "uk")).isNull();
    }

    @Test
    void titlesOfLawsAndBooksAreNotQuotes() {
        assertThat(find("Суд послався на закон «Про оренду державного та комунального майна» у рішенні, заявив Іваненко.", "uk")).isEmpty();
        assertThat(find("Wojewoda powołał się na ustawę „O obronie Ojczyzny zbrojnej” w piśmie.", "pl")).isEmpty();
    }

    @Test
    void aNameAndAColonBeforeTheQuoteIsItsSpeaker() {
        assertThat(speaker("Віталій Кличко: «Столиця готова до зими попри атаки».", "uk")).isEqualTo("Віталій Кличко");
        assertThat(speaker("Зітхаєш: «Я ж казав тобі це».", "uk")).isNull();
    }

    @Test
    void aVerbBeforeAQuoteNamesNoSpeakerWithoutAName() {
        assertThat(find("Потім визнали договір оренди недійсним, «з огляду на порушення процедури оренди».", "uk"))
                .extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void nestedQuotesAreOneQuote() {
        List<Quote> qs = find("«Президент сказав: „Ми не здамося“, і це важливо», — написав журналіст.", "uk");
        assertThat(qs).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("Президент сказав: „Ми не здамося“, і це важливо", "журналіст"));
    }

    @Test
    void aQuoteThatEndsItsSentenceTakesNoSpeakerFromTheNext() {
        assertThat(speaker("«Ми не здамося за жодних умов». Зеленський заявив це у Києві.", "uk")).isNull();
    }

    @Test
    void givesEachQuoteTheSentenceWhereItBegins() {
        String text = "Росія атакувала Київ. «Це була масована атака», — сказав Кличко.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 21, 4), new Sentence(1, 22, text.length(), 9));
        assertThat(SlavicQuotes.find(text, sentences, "uk")).extracting(Quote::sentence, Quote::speaker).containsExactly(tuple(1, "Кличко"));
    }

    @Test
    void aLowerCaseDativeAfterTheVerbIsTheAddresseeNotTheSpeaker() {
        // finding 4 (samples/corpus kupiansk svodka-ru, skhidnyi-visnyk-uk)
        assertThat(speaker("«Мы ждали этого полгода», — сказала корреспонденту местная жительница.", "ru")).isEqualTo("местная жительница");
        assertThat(speaker("«Ми чекали на цей день пів року», — сказала журналістам місцева мешканка.", "uk")).isEqualTo("місцева мешканка");
        assertThat(speaker("„Czekaliśmy pół roku” – powiedziała dziennikarzom mieszkanka miasta.", "pl")).isEqualTo("mieszkanka miasta");
    }
}
