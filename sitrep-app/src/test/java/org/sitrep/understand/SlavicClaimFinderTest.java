package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

/** Claims of Ukrainian, Russian and Polish texts written for these tests, annotated by hand as the annotation pass would. */
class SlavicClaimFinderTest {
    private static final long KUPIANSK = 703656L;

    private static ClaimDoc kupiansk(String text, String... forms) {
        ClaimDoc d = new ClaimDoc(text);
        for (String f : forms) d.place(f, 1, KUPIANSK, 49.71, 37.62, "PPL");
        return d;
    }

    private static Claim only(List<Claim> claims, ClaimKind kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind() == kind).toList();
        assertThat(of).as("claims of kind %s among %s", kind, claims).hasSize(1);
        return of.get(0);
    }

    @Test
    void ukrainianControlIsTheSpeakersAfterTheVerb() {
        List<Claim> claims = kupiansk("Сили оборони звільнили Купʼянськ, повідомив Генштаб ЗСУ.", "Купʼянськ")
                .named("Генштаб ЗСУ", "ORGANIZATION", 5).claims("uk", null);
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.speaker().name()).isEqualTo("Генштаб ЗСУ");
        assertThat(control.speaker().entityId()).isEqualTo(5L);
        assertThat(control.side()).isEqualTo(Side.UKRAINE);
        assertThat(control.actor()).isEqualTo(Side.UKRAINE);
        assertThat(control.place().geonameId()).isEqualTo(KUPIANSK);
        assertThat(control.hedged()).isFalse();
    }

    @Test
    void russianControlIsTheMinistrysInAnyCase() {
        List<Claim> claims = kupiansk("Российские войска заняли Купянск, заявили в Минобороны России.", "Купянск").claims("ru", null);
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.speaker().name()).isEqualTo("Минобороны России");
        assertThat(control.side()).isEqualTo(Side.RUSSIA);
        assertThat(control.actor()).isEqualTo(Side.RUSSIA);
    }

    @Test
    void polishControlWithTheNounBeforeItsAdjective() {
        List<Claim> claims = kupiansk("Wojska rosyjskie zajęły Kupiańsk – podało rosyjskie Ministerstwo Obrony.", "Kupiańsk").claims("pl", null);
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.speaker().name()).isEqualTo("Rosyjskie Ministerstwo Obrony");
        assertThat(control.side()).isEqualTo(Side.RUSSIA);
        assertThat(control.actor()).isEqualTo(Side.RUSSIA);
        assertThat(control.place().name()).isEqualTo("Kupiańsk");
    }

    @Test
    void shotDownCountsWithTheirSpeakerInEveryLanguage() {
        Claim uk = only(new ClaimDoc("Уночі сили ППО збили 30 дронів, повідомили у Повітряних силах.").number("30", 30, "drones")
                .claims("uk", null), ClaimKind.SHOT_DOWN);
        assertThat(uk.quantity().value()).isEqualTo(30);
        assertThat(uk.speaker().name()).isEqualTo("Повітряних силах");
        assertThat(uk.side()).isEqualTo(Side.UKRAINE);
        Claim ru = only(new ClaimDoc("По данным Минобороны РФ, средства ПВО сбили 12 беспилотников.").number("12", 12, "drones")
                .claims("ru", null), ClaimKind.SHOT_DOWN);
        assertThat(ru.speaker().name()).isEqualTo("Минобороны РФ");
        assertThat(ru.side()).isEqualTo(Side.RUSSIA);
        Claim pl = only(new ClaimDoc("Według Sztabu Generalnego obrona powietrzna zestrzeliła 21 z 40 dronów.").number("21", 21, "drones")
                .number("40", 40, "drones").claims("pl", null), ClaimKind.SHOT_DOWN);
        assertThat(pl.quantity().value()).isEqualTo(21);
        assertThat(pl.side()).isEqualTo(Side.UKRAINE);
    }

    @Test
    void aTotalAfterZIsWhatWasLaunched() {
        List<Claim> claims = new ClaimDoc("Сили ППО збили 21 з 40 дронів, повідомили у Повітряних силах.").number("21", 21, "drones")
                .number("40", 40, "drones").claims("uk", null);
        assertThat(only(claims, ClaimKind.SHOT_DOWN).quantity().value()).isEqualTo(21);
        assertThat(only(claims, ClaimKind.LAUNCHED).quantity().value()).isEqualTo(40);
    }

    @Test
    void casualtiesWithWhoseTheyAre() {
        Claim enemy = only(new ClaimDoc("За словами Генштабу ЗСУ, за добу ліквідовано 400 російських військових.").number("400", 400, "soldiers")
                .claims("uk", null), ClaimKind.KILLED);
        assertThat(enemy.actor()).as("whose soldiers").isEqualTo(Side.RUSSIA);
        assertThat(enemy.side()).isEqualTo(Side.UKRAINE);
        Claim civilians = only(kupiansk("Під час обстрілу Купʼянська загинули 2 людини, повідомив Олег Синєгубов.", "Купʼянська")
                .named("Олег Синєгубов", "PERSON", 8).number("2", 2, "killed").claims("uk", null), ClaimKind.KILLED);
        assertThat(civilians.quantity().value()).isEqualTo(2);
        assertThat(civilians.speaker().name()).isEqualTo("Олег Синєгубов");
        assertThat(civilians.side()).as("a Ukrainian governor, from the lexicon").isEqualTo(Side.UKRAINE);
        assertThat(civilians.place().geonameId()).isEqualTo(KUPIANSK);
    }

    @Test
    void aRussianDenialOfAWithdrawal() {
        List<Claim> claims = kupiansk("Міноборони РФ спростувало, що російські війська відійшли з Купʼянська.", "Купʼянська").claims("uk", null);
        Claim denial = only(claims, ClaimKind.DENIAL);
        assertThat(denial.speaker().name()).isEqualTo("Міноборони РФ");
        assertThat(denial.side()).isEqualTo(Side.RUSSIA);
        assertThat(denial.denies()).isEqualTo(ClaimKind.CONTROL);
        Claim pl = only(kupiansk("Ukraińskie dowództwo zdementowało doniesienia o zajęciu Kupiańska.", "Kupiańska").claims("pl", null),
                ClaimKind.DENIAL);
        assertThat(pl.side()).isEqualTo(Side.UKRAINE);
    }

    @Test
    void hedgesAreKept() {
        assertThat(only(kupiansk("Російські війська нібито увійшли до Купʼянська.", "Купʼянська").claims("uk", null), ClaimKind.CONTROL).hedged())
                .isTrue();
        assertThat(only(kupiansk("ВСУ якобы вошли в Купянск.", "Купянск").claims("ru", null), ClaimKind.CONTROL).hedged()).isTrue();
        assertThat(only(kupiansk("Ukraińcy rzekomo weszli do Kupiańska.", "Kupiańska").claims("pl", null), ClaimKind.CONTROL).hedged()).isTrue();
    }

    @Test
    void anUnattributedSentenceIsTheOutletsAndObEtomGivesItToTheSpeaker() {
        List<Claim> outlet = kupiansk("Українські військові увійшли до Купʼянська.", "Купʼянська").claims("uk", null);
        assertThat(only(outlet, ClaimKind.CONTROL).speaker().kind()).isEqualTo(Claim.SpeakerKind.OUTLET);
        List<Claim> back = kupiansk("Украинские военные вошли в Купянск. Об этом сообщил губернатор Олег Синегубов.", "Купянск")
                .named("Олег Синегубов", "PERSON", 8).claims("ru", null);
        Claim control = only(back, ClaimKind.CONTROL);
        assertThat(control.speaker().name()).as("the sentence before was his").isEqualTo("Олег Синегубов");
        assertThat(control.side()).isEqualTo(Side.UKRAINE);
        assertThat(control.sentence()).isZero();
    }

    @Test
    void aPronounAndADroppedSubjectAreTheSpeakerNamedBefore() {
        List<Claim> claims = kupiansk("Олег Синєгубов заявив, що ворог обстріляв Купʼянськ. Він додав, що загинули 2 людини. "
                + "Також повідомив, що пошкоджено 5 будинків.", "Купʼянськ")
                .named("Олег Синєгубов", "PERSON", 8).number("2", 2, "killed").number("5", 5, "houses").claims("uk", null);
        assertThat(claims).extracting(Claim::kind).contains(ClaimKind.ATTACK, ClaimKind.KILLED, ClaimKind.DAMAGE);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.speaker().name()).isEqualTo("Олег Синєгубов");
            assertThat(c.side()).isEqualTo(Side.UKRAINE);
        });
        assertThat(only(claims, ClaimKind.ATTACK).actor()).as("the enemy of a Ukrainian speaker").isEqualTo(Side.RUSSIA);
    }

    @Test
    void aQuotesPronounSpeakerIsThePersonNamedBefore() {
        List<Claim> claims = kupiansk("Олег Синєгубов заявив, що ворог обстріляв Купʼянськ. «Загинули 2 людини».", "Купʼянськ")
                .named("Олег Синєгубов", "PERSON", 8).number("2", 2, "killed").quote("Загинули 2 людини", "він").claims("uk", null);
        assertThat(only(claims, ClaimKind.KILLED).speaker().name()).isEqualTo("Олег Синєгубов");
    }

    @Test
    void theHeadlinesPlaceInAnotherCaseEnding() {
        List<Claim> claims = kupiansk("Бійці показали фото біля будівлі ради. Купʼянськ є залізничним вузлом.", "Купʼянськ")
                .claims("uk", "Українські військові увійшли до Купʼянська");
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.sentence()).isEqualTo(-1);
        assertThat(control.place().geonameId()).isEqualTo(KUPIANSK);
        assertThat(control.place().name()).isEqualTo("Купʼянська");
    }

    @Test
    void aSpeakerOfTheSecondClauseDoesNotSayTheFirst() {
        List<Claim> claims = kupiansk("Купянск является железнодорожным узлом.", "Купянск").claims("ru", "ВСУ вошли в Купянск, Минобороны России объявило о «перегруппировке»");
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.speaker().kind()).isEqualTo(Claim.SpeakerKind.OUTLET);
        assertThat(control.actor()).isEqualTo(Side.UKRAINE);
    }

    @Test
    void aPhotographWithAFlagIsNoControlButRaisingOneIs() {
        assertThat(new ClaimDoc("Він оприлюднив фото бійців із прапором біля будівлі ради.").claims("uk", null)).isEmpty();
        assertThat(kupiansk("Над Купʼянськом підняли прапор України.", "Купʼянськом").claims("uk", null))
                .extracting(Claim::kind).containsExactly(ClaimKind.CONTROL);
    }

    @Test
    void aHeadlinesSpeakerBeforeAColonButNoRubric() {
        Claim said = only(kupiansk("Kupiańsk leży nad Oskołem.", "Kupiańsk").claims("pl", "Syrski: wojska ukraińskie odparły atak pod Kupiańskiem"),
                ClaimKind.ATTACK);
        assertThat(said.speaker().name()).isEqualTo("Syrski");
        assertThat(said.side()).isEqualTo(Side.UKRAINE);
        Claim rubric = only(kupiansk("Kupiańsk leży nad Oskołem.", "Kupiańsk").claims("pl", "Wojna w Ukrainie: Rosjanie ostrzelali Kupiańsk"),
                ClaimKind.ATTACK);
        assertThat(rubric.speaker().kind()).isEqualTo(Claim.SpeakerKind.OUTLET);
    }

    @Test
    void whatItIsAboutBeforeTheVerbIsNoSpeakerNorAreTheMedia() {
        Claim about = only(new ClaimDoc("O ostrzale Charkowa poinformował mer miasta Ihor Terechow.").named("Ihor Terechow", "PERSON", 3)
                .claims("pl", null), ClaimKind.ATTACK);
        assertThat(about.speaker().name()).isEqualTo("Ihor Terechow");
        Claim media = only(new ClaimDoc("Według rosyjskich mediów drony uszkodziły dwa budynki.").claims("pl", null), ClaimKind.DAMAGE);
        assertThat(media.speaker().kind()).as("the media in general are no one in particular").isEqualTo(Claim.SpeakerKind.UNKNOWN);
    }

    @Test
    void aNameSetOffByCommasBeforeItsVerb() {
        Claim pl = only(kupiansk("Rzecznik Sztabu Generalnego, Andrij Kowalow, poinformował, że Rosjanie ostrzelali Kupiańsk.", "Kupiańsk")
                .named("Andrij Kowalow", "PERSON", 4).claims("pl", null), ClaimKind.ATTACK);
        assertThat(pl.speaker().name()).isEqualTo("Andrij Kowalow");
        assertThat(pl.side()).as("described by the clause before").isEqualTo(Side.UKRAINE);
        assertThat(pl.actor()).isEqualTo(Side.RUSSIA);
        Claim uk = only(kupiansk("Олег Синєгубов, голова ОВА, заявив, що ворог обстріляв Купʼянськ.", "Купʼянськ")
                .named("Олег Синєгубов", "PERSON", 8).claims("uk", null), ClaimKind.ATTACK);
        assertThat(uk.speaker().name()).isEqualTo("Олег Синєгубов");
    }

    @Test
    void aLanguageWithoutWordsIsRefused() {
        assertThatThrownBy(() -> new ClaimDoc("Die Truppen sind in Kupjansk.").claims("de", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClaimFinder.LANGUAGES).contains("en", "und", "uk", "ru", "pl");
    }
}
