package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeMention;
import org.sitrep.nlp.TimePrecision;

class SlavicTimesTest {
    /** Monday after the attack on Ukraine's power grid of Sunday 17 November 2024. */
    private static final Instant MONDAY = Instant.parse("2024-11-18T09:00:00Z");
    private static final Instant SUNDAY = Instant.parse("2024-11-17T20:00:00Z");

    private static List<TimeMention> find(String text, Instant ref, String lang) {
        return SlavicTimes.find(text, List.of(new Sentence(0, 0, text.length(), 0)), ref, false, lang);
    }

    private static TimeMention only(String text, Instant ref, String lang) {
        List<TimeMention> ts = find(text, ref, lang);
        assertThat(ts).as(text).hasSize(1);
        return ts.get(0);
    }

    @Test
    void readsDayAndMonthWithYearInEveryCaseAndLanguage() {
        TimeMention uk = only("Масована атака сталася 17 листопада 2024 року, повідомила Укренерго.", MONDAY, "uk");
        assertThat(uk.text()).isEqualTo("17 листопада 2024 року");
        assertThat(uk.value()).isEqualTo("2024-11-17");
        assertThat(uk.precision()).isEqualTo(TimePrecision.DAY);
        assertThat(uk.begin()).isEqualTo(Instant.parse("2024-11-17T00:00:00Z"));
        assertThat(uk.until()).isEqualTo(Instant.parse("2024-11-18T00:00:00Z"));
        assertThat(uk.relative()).isFalse();
        TimeMention ru = only("Удар по энергосистеме Украины был нанесён 17 ноября 2024 года.", MONDAY, "ru");
        assertThat(ru.text()).isEqualTo("17 ноября 2024 года");
        assertThat(ru.value()).isEqualTo("2024-11-17");
        TimeMention pl = only("Atak na ukraińską sieć energetyczną nastąpił 17 listopada 2024 r. nad ranem.", MONDAY, "pl");
        assertThat(pl.text()).isEqualTo("17 listopada 2024 r.");
        assertThat(pl.value()).isEqualTo("2024-11-17");
    }

    @Test
    void dayAndMonthWithoutYearIsTheRecentPastAndRelative() {
        Instant january = Instant.parse("2025-01-10T12:00:00Z");
        List<TimeMention> ts = SlavicTimes.find("Після удару 17 листопада енергетики працювали цілодобово.",
                List.of(), january, true, "uk");
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("2024-11-17");
            assertThat(t.relative()).isTrue();
            assertThat(t.againstFetchTime()).isTrue();
        });
        assertThat(only("Ещё 14-го ноября об этом писали СМИ.", MONDAY, "ru").value()).isEqualTo("2024-11-14");
    }

    @Test
    void monthWithoutYearLiesBetweenNineMonthsBeforeAndTwoAfterTheReference() {
        // Read in November 2024: December and January are coming; May and February are past.
        assertThat(only("Вибори можуть відбутися у грудні.", MONDAY, "uk").value()).isEqualTo("2024-12");
        assertThat(only("Wizyta odbędzie się w styczniu.", MONDAY, "pl").value()).isEqualTo("2025-01");
        assertThat(only("В мае российские войска начали наступление на Харьковщине.", MONDAY, "ru").value()).isEqualTo("2024-05");
        assertThat(only("W lutym padła Awdijiwka.", MONDAY, "pl").value()).isEqualTo("2024-02");
        TimeMention m = only("У листопаді атаки почастішали.", MONDAY, "uk");
        assertThat(m.text()).isEqualTo("листопаді");
        assertThat(m.value()).isEqualTo("2024-11");
        assertThat(m.precision()).isEqualTo(TimePrecision.MONTH);
        assertThat(m.relative()).isTrue();
    }

    @Test
    void lastYearOrThisYearAfterTheMonthSaysTheYear() {
        TimeMention uk = only("Фірму зареєстрували у лютому минулого року.", MONDAY, "uk");
        assertThat(uk.text()).isEqualTo("лютому минулого року");
        assertThat(uk.value()).isEqualTo("2023-02");
        assertThat(uk.relative()).isTrue();
        assertThat(only("Договор подписан 20 декабря прошлого года.", MONDAY, "ru").value()).isEqualTo("2023-12-20");
        // January read in November would be the coming one; "this year" says otherwise
        assertThat(only("W styczniu tego roku podpisano umowę.", MONDAY, "pl").value()).isEqualTo("2024-01");
    }

    @Test
    void monthWithYearIsNotRelative() {
        TimeMention m = only("Awdijiwka została zdobyta w lutym 2024 roku.", MONDAY, "pl");
        assertThat(m.value()).isEqualTo("2024-02");
        assertThat(m.relative()).isFalse();
        assertThat(only("W listopadzie 2023 ataki nasiliły się.", MONDAY, "pl").value()).isEqualTo("2023-11");
        assertThat(only("Это произошло в феврале 2022 г.", MONDAY, "ru").value()).isEqualTo("2022-02");
    }

    @Test
    void readsNumericDatesAndYears() {
        assertThat(only("Указ підписано 14.11.2024.", MONDAY, "uk").value()).isEqualTo("2024-11-14");
        TimeMention y = only("Окупанти захопили місто у 2022 році.", MONDAY, "uk");
        assertThat(y.text()).isEqualTo("2022 році");
        assertThat(y.value()).isEqualTo("2022");
        assertThat(y.precision()).isEqualTo(TimePrecision.YEAR);
        assertThat(y.relative()).isFalse();
        assertThat(only("Miasto zostało zajęte w 2022 r.", MONDAY, "pl").value()).isEqualTo("2022");
        assertThat(only("Город был оккупирован в 2022 году.", MONDAY, "ru").value()).isEqualTo("2022");
        assertThat(only("Фортецю збудували у 1810 році.", MONDAY, "uk").value()).isEqualTo("1810");
    }

    @Test
    void readsRelativeDaysAgainstTheReference() {
        assertThat(only("Вчора ввечері у Києві лунали вибухи.", MONDAY, "uk").value()).isEqualTo("2024-11-17");
        assertThat(only("Позавчера в Одессе были повреждены подстанции.", MONDAY, "ru").value()).isEqualTo("2024-11-16");
        assertThat(only("Dziś rano w Kijowie ogłoszono alarm.", MONDAY, "pl").value()).isEqualTo("2024-11-18");
        assertThat(only("Przedwczoraj w Odessie uszkodzono podstacje.", MONDAY, "pl").value()).isEqualTo("2024-11-16");
        assertThat(only("Сегодня в Харькове объявили тревогу.", MONDAY, "ru").relative()).isTrue();
    }

    @Test
    void weekdayIsTheMostRecentSuchDayAtOrBeforeTheReference() {
        // The reference is a Sunday: "in Sunday" is that day.
        assertThat(only("У неділю Росія випустила по Україні 120 ракет.", SUNDAY, "uk").value()).isEqualTo("2024-11-17");
        assertThat(only("В воскресенье Россия атаковала энергосистему Украины.", MONDAY, "ru").value()).isEqualTo("2024-11-17");
        TimeMention pl = only("W sobotę w Sumach zginęli cywile.", MONDAY, "pl");
        assertThat(pl.text()).isEqualTo("sobotę");
        assertThat(pl.value()).isEqualTo("2024-11-16");
        assertThat(pl.relative()).isTrue();
        assertThat(only("У понеділок ракета влучила в Одесу.", MONDAY, "uk").value()).isEqualTo("2024-11-18");
    }

    @Test
    void aWeekdayFollowedByItsDateIsLeftToTheDate() {
        assertThat(find("В понедельник, 11 ноября, в Одессе прозвучали взрывы.", MONDAY, "ru")).extracting(TimeMention::value)
                .containsExactly("2024-11-11");
    }

    @Test
    void lastWeekdayIsStrictlyBeforeTheReference() {
        TimeMention t = only("Минулої неділі Росія атакувала енергосистему.", SUNDAY, "uk");
        assertThat(t.text()).isEqualTo("Минулої неділі");
        assertThat(t.value()).isEqualTo("2024-11-10");
        assertThat(only("W zeszłą sobotę odbyła się narada.", MONDAY, "pl").value()).isEqualTo("2024-11-16");
    }

    @Test
    void nightIntoAWeekdayIsTheNightEndingThatMorning() {
        TimeMention ru = only("В ночь на воскресенье Россия выпустила 120 ракет.", MONDAY, "ru");
        assertThat(ru.text()).isEqualTo("В ночь на воскресенье");
        assertThat(ru.value()).isEqualTo("2024-11-16TNI");
        assertThat(ru.precision()).isEqualTo(TimePrecision.TIME);
        assertThat(ru.begin()).isEqualTo(Instant.parse("2024-11-16T21:00:00Z"));
        assertThat(ru.until()).isEqualTo(Instant.parse("2024-11-17T06:00:00Z"));
        assertThat(only("W nocy z soboty na niedzielę Rosja zaatakowała Ukrainę.", MONDAY, "pl").value()).isEqualTo("2024-11-16TNI");
        assertThat(only("У ніч проти неділі працювала ППО.", MONDAY, "uk").value()).isEqualTo("2024-11-16TNI");
        assertThat(only("Минулої ночі ворог атакував Київ.", MONDAY, "uk").value()).isEqualTo("2024-11-17TNI");
    }

    @Test
    void nightIntoADateIsTheNightEndingThatMorning() {
        TimeMention uk = only("У ніч на 17 листопада Росія атакувала енергосистему.", MONDAY, "uk");
        assertThat(uk.text()).isEqualTo("У ніч на 17 листопада");
        assertThat(uk.value()).isEqualTo("2024-11-16TNI");
        assertThat(uk.relative()).isTrue();
        TimeMention ru = only("В ночь с 16 на 17 ноября 2024 года были атакованы ТЭС.", MONDAY, "ru");
        assertThat(ru.value()).isEqualTo("2024-11-16TNI");
        assertThat(ru.relative()).isFalse();
        assertThat(only("W nocy z 16 na 17 listopada Rosja zaatakowała Ukrainę.", MONDAY, "pl").value()).isEqualTo("2024-11-16TNI");
    }

    @Test
    void readsLastAndThisWeekMonthAndYear() {
        TimeMention w = only("Минулого тижня ворог атакував Суми.", MONDAY, "uk");
        assertThat(w.value()).isEqualTo("2024-W46");
        assertThat(w.precision()).isEqualTo(TimePrecision.WEEK);
        assertThat(w.begin()).isEqualTo(Instant.parse("2024-11-11T00:00:00Z"));
        assertThat(only("На прошлой неделе удары усилились.", MONDAY, "ru").value()).isEqualTo("2024-W46");
        assertThat(only("W zeszłym tygodniu ataki się nasiliły.", MONDAY, "pl").value()).isEqualTo("2024-W46");
        assertThat(only("Торік ворог бив по ТЕС.", MONDAY, "uk").value()).isEqualTo("2023");
        assertThat(only("W zeszłym miesiącu zestrzelono wiele dronów.", MONDAY, "pl").value()).isEqualTo("2024-10");
    }

    @Test
    void marksAnUpdateStampAsOwnDateWithItsClock() {
        String uk = "Оновлено: 17.11.2024, 15:10\nУ неділю Росія атакувала енергосистему.";
        List<TimeMention> ts = find(uk, MONDAY, "uk");
        assertThat(ts).hasSize(2);
        assertThat(ts.get(0).ownDate()).isTrue();
        assertThat(ts.get(0).value()).isEqualTo("2024-11-17T15:10");
        assertThat(ts.get(0).precision()).isEqualTo(TimePrecision.TIME);
        assertThat(ts.get(0).text()).isEqualTo("17.11.2024, 15:10");
        assertThat(ts.get(1).ownDate()).isFalse();
        TimeMention pl = find("Aktualizacja: 17 listopada 2024, 15:10\nRosja zaatakowała Ukrainę.", MONDAY, "pl").get(0);
        assertThat(pl.ownDate()).isTrue();
        assertThat(pl.value()).isEqualTo("2024-11-17T15:10");
    }

    @Test
    void aDateAfterAWireDatelineIsTheArticlesOwn() {
        List<TimeMention> ts = find("КИЇВ, 18 листопада 2024 – У неділю Росія атакувала енергосистему.", MONDAY, "uk");
        assertThat(ts).extracting(TimeMention::value, TimeMention::ownDate)
                .containsExactly(tuple("2024-11-18", true), tuple("2024-11-17", false));
    }

    @Test
    void namesAndWordsThatOnlyLookLikeDatesAreNot() {
        assertThat(find("Марта Коваль повернулася до Харкова.", MONDAY, "uk")).isEmpty();
        assertThat(find("Загрязнение окружающей среды растёт; субботник отменён.", MONDAY, "ru")).isEmpty();
        assertThat(find("Середа, субота і неділя.", MONDAY, "uk")).isEmpty();
        assertThat(find("Napisano 31 listopada, czego nie było.", MONDAY, "pl")).isEmpty();
        assertThat(find("Сім'я загиблого отримала допомогу.", MONDAY, "uk")).isEmpty();
    }

    @Test
    void givesEachMentionItsSentence() {
        String text = "Росія атакувала Харків. Вчора ворог бив по Сумах.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 23, 3), new Sentence(1, 24, text.length(), 5));
        List<TimeMention> ts = SlavicTimes.find(text, sentences, MONDAY, false, "uk");
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.sentence()).isEqualTo(1);
            assertThat(t.start()).isEqualTo(24);
            assertThat(t.text()).isEqualTo("Вчора");
        });
    }

    @Test
    void rejectsALanguageItDoesNotKnow() {
        assertThatThrownBy(() -> find("14 листопада", MONDAY, "be")).isInstanceOf(IllegalArgumentException.class);
    }
}
