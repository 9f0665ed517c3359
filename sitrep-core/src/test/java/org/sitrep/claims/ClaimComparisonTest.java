package org.sitrep.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimComparisonTest {
    private static final ClaimComparison COMPARE = new ClaimComparison(ClaimParams.defaults());
    private static final Claim.Place KUPIANSK = new Claim.Place("Kupiansk", 2L, 703656L, 49.71, 37.62);
    private static final Claim.Place KUPYANSK = new Claim.Place("Kupyansk", 2L, 703656L, 49.71, 37.62);
    private static final Claim.Place BAKHMUT = new Claim.Place("Bakhmut", 5L, 712451L, 48.60, 38.00);
    private static final Claim.Place AVDIIVKA = new Claim.Place("Avdiivka", 6L, 713174L, 48.14, 37.74);

    private static Claim.When day(String d) {
        Instant b = Instant.parse(d + "T00:00:00Z");
        return new Claim.When(d, "DAY", b, b.plusSeconds(86_400), false);
    }

    private static Claim claim(String article, ClaimKind kind, String speaker, Side side, Side actor, Claim.Place place, String day,
                               Double n, String counted) {
        return new Claim(article, 0, kind, new Claim.Speaker(speaker, null, Claim.SpeakerKind.NAMED), side, "test", actor,
                kind == ClaimKind.DENIAL ? ClaimKind.CONTROL : null, place, List.of(), day == null ? null : day(day),
                n == null ? null : new Claim.Amount(n, counted), 0, 10, kind + " " + speaker + " " + article, 0, false);
    }

    private static List<ClaimComparison.Sourced> sourced(Claim... cs) {
        List<ClaimComparison.Sourced> out = new ArrayList<>();
        for (Claim c : cs) out.add(new ClaimComparison.Sourced(c, c.articleId().replace("-copy", "")));
        return out;
    }

    @Test
    void theSameCountFromTwoOutletsIsCorroboratedAndACopyAddsNoSource() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.ATTACK, "General Staff", Side.UNKNOWN, Side.UKRAINE, BAKHMUT, "2023-11-25", 10.0, "attacks"),
                claim("a-copy", ClaimKind.ATTACK, "Ukrainian General Staff", Side.UKRAINE, Side.UKRAINE, BAKHMUT, "2023-11-25", 10.0, "attacks"),
                claim("b", ClaimKind.ATTACK, "Fitio", Side.UKRAINE, Side.RUSSIA, BAKHMUT, "2023-11-26", 10.0, "attacks")));
        assertThat(r.groups()).hasSize(1);
        ClaimReport.Group g = r.groups().get(0);
        assertThat(g.articles()).containsExactly("a", "a-copy", "b");
        assertThat(g.independentSources()).isEqualTo(2);
        assertThat(g.corroborated()).isTrue();
        assertThat(r.disputes()).isEmpty();
    }

    @Test
    void aCopyThatNamesOtherVillagesStillJoinsWhicheverArrivesFirst() {
        Claim.Place andriivka = new Claim.Place("Andriivka", 9L, null, null, null);
        Claim copy = new Claim("a-copy", 0, ClaimKind.ATTACK, new Claim.Speaker("Ukrainian General Staff", null, Claim.SpeakerKind.NAMED),
                Side.UKRAINE, "test", Side.UNKNOWN, null, andriivka, List.of(), null, new Claim.Amount(10, "attacks"), 0, 10, "copy", 0, false);
        Claim original = new Claim("a", 0, ClaimKind.ATTACK, new Claim.Speaker("General Staff", null, Claim.SpeakerKind.NAMED),
                Side.UNKNOWN, "test", Side.UNKNOWN, null, BAKHMUT, List.of(andriivka), null, new Claim.Amount(10, "attacks"), 0, 10, "original", 0, false);
        Claim other = claim("b", ClaimKind.ATTACK, "Fitio", Side.UKRAINE, Side.UNKNOWN, BAKHMUT, "2023-11-25", 10.0, "attacks");
        for (List<Claim> order : List.of(List.of(copy, original, other), List.of(other, copy, original), List.of(original, other, copy))) {
            ClaimReport r = COMPARE.compare(sourced(order.toArray(Claim[]::new)));
            assertThat(r.groups()).as("order %s", order.stream().map(Claim::articleId).toList()).hasSize(1);
            assertThat(r.groups().get(0).independentSources()).isEqualTo(2);
        }
    }

    @Test
    void numbersAboutDifferentPlacesAreNeitherOneClaimNorADispute() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.ATTACK, "General Staff", Side.UKRAINE, Side.UNKNOWN, BAKHMUT, "2023-11-25", 10.0, "attacks"),
                claim("b", ClaimKind.ATTACK, "Defence Ministry", Side.RUSSIA, Side.UNKNOWN, AVDIIVKA, "2023-11-25", 18.0, "attacks")));
        assertThat(r.groups()).hasSize(2);
        assertThat(r.disputes()).isEmpty();
    }

    @Test
    void controlClaimedForBothSidesIsOneDisputeWithADenialOnTheSideItDefends() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPYANSK, "2024-11-14", null, null),
                claim("a", ClaimKind.DENIAL, "General Staff", Side.UKRAINE, Side.RUSSIA, KUPYANSK, "2024-11-14", null, null),
                claim("a", ClaimKind.CONTROL, "Vitaly Ganchev", Side.RUSSIA, Side.RUSSIA, KUPIANSK, "2024-11-13", null, null),
                claim("b", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.RUSSIA, KUPIANSK, "2022-02-24", null, null)));
        assertThat(r.disputes()).hasSize(1);
        ClaimReport.Dispute d = r.disputes().get(0);
        assertThat(d.question()).isEqualTo("Who controls Kupyansk?");
        assertThat(d.positions()).extracting(ClaimReport.Position::answer).containsExactly("held by Ukraine", "held by Russia");
        assertThat(d.positions().get(0).groups()).hasSize(2);
        assertThat(d.positions().get(1).groups()).as("the 2022 capture is another time").hasSize(1);
    }

    @Test
    void controlChangingHandsOverMonthsIsNoDispute() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.RUSSIA, KUPIANSK, "2022-02-27", null, null),
                claim("b", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPIANSK, "2022-09-10", null, null)));
        assertThat(r.disputes()).isEmpty();
    }

    @Test
    void countsFromTwoSidesBeyondTheToleranceAreDisputedWithinItNot() {
        ClaimReport far = COMPARE.compare(sourced(
                claim("a", ClaimKind.KILLED, "Ukrainian army", Side.UKRAINE, Side.UNKNOWN, BAKHMUT, "2023-01-02", 400.0, "soldiers"),
                claim("b", ClaimKind.KILLED, "Defence Ministry", Side.RUSSIA, Side.UNKNOWN, BAKHMUT, "2023-01-02", 63.0, "soldiers")));
        assertThat(far.disputes()).hasSize(1);
        assertThat(far.disputes().get(0).positions()).extracting(ClaimReport.Position::answer)
                .containsExactly("Ukraine: 400 soldiers", "Russia: 63 soldiers");
        ClaimReport near = COMPARE.compare(sourced(
                claim("a", ClaimKind.KILLED, "Ukrainian army", Side.UKRAINE, Side.UNKNOWN, BAKHMUT, "2023-01-02", 100.0, "soldiers"),
                claim("b", ClaimKind.KILLED, "Defence Ministry", Side.RUSSIA, Side.UNKNOWN, BAKHMUT, "2023-01-02", 90.0, "soldiers")));
        assertThat(near.disputes()).isEmpty();
        assertThat(near.groups()).as("within the same-figure tolerance: one claim").hasSize(1);
    }

    @Test
    void oneSidesRisingCountIsAnUpdateNotADispute() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.KILLED, "Defence Ministry", Side.RUSSIA, Side.UNKNOWN, BAKHMUT, "2023-01-02", 63.0, "soldiers"),
                claim("b", ClaimKind.KILLED, "Defence Ministry", Side.RUSSIA, Side.UNKNOWN, BAKHMUT, "2023-01-04", 89.0, "soldiers")));
        assertThat(r.disputes()).isEmpty();
        assertThat(r.updates()).hasSize(1);
        assertThat(r.groups().get(r.updates().get(0).later()).claim().quantity().value()).isEqualTo(89.0);
    }

    @Test
    void anExplicitDenialOfAnotherSidesAttackIsADispute() {
        Claim attack = claim("a", ClaimKind.ATTACK, "Ukrainian police", Side.UKRAINE, Side.RUSSIA, BAKHMUT, "2023-03-01", null, null);
        Claim denial = new Claim("b", 0, ClaimKind.DENIAL, new Claim.Speaker("Kremlin", null, Claim.SpeakerKind.NAMED), Side.RUSSIA, "test",
                Side.RUSSIA, ClaimKind.ATTACK, BAKHMUT, List.of(), day("2023-03-01"), null, 0, 10, "denied", 0, false);
        ClaimReport r = COMPARE.compare(sourced(attack, denial));
        assertThat(r.disputes()).hasSize(1);
        assertThat(r.disputes().get(0).positions()).extracting(ClaimReport.Position::answer).containsExactly("asserted", "denied");
        Claim byThePress = claim("c", ClaimKind.ATTACK, "the outlet itself", Side.MEDIA, Side.RUSSIA, BAKHMUT, "2023-03-01", null, null);
        assertThat(COMPARE.compare(sourced(byThePress, denial)).disputes()).as("only the press asserts it").isEmpty();
        Claim theirAttack = claim("d", ClaimKind.ATTACK, "Ukrainian police", Side.UKRAINE, Side.UKRAINE, BAKHMUT, "2023-03-01", null, null);
        assertThat(COMPARE.compare(sourced(theirAttack, denial)).disputes()).as("Russia denies its own act, not Ukraine's").isEmpty();
    }

    @Test
    void theSameSpeakerSideNeverDisputesItselfAndThePressAloneDoesNot() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.RUSSIA, KUPIANSK, "2024-11-14", null, null),
                claim("b", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.UKRAINE, KUPIANSK, "2024-11-14", null, null)));
        assertThat(r.disputes()).as("two outlets' own words, no official side").isEmpty();
    }

    @Test
    void anUndatedClaimBridgesNoYearsAndDisputesNothing() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.RUSSIA, KUPIANSK, null, null, null),
                claim("b", ClaimKind.CONTROL, "Defence Ministry", Side.RUSSIA, Side.RUSSIA, KUPIANSK, "2022-02-27", null, null),
                claim("c", ClaimKind.CONTROL, "Russian official", Side.RUSSIA, Side.RUSSIA, KUPIANSK, "2024-11-14", null, null),
                claim("d", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPIANSK, null, null, null)));
        assertThat(r.groups()).as("2022 and 2024 stay apart though both fit the undated one").hasSize(3);
        assertThat(r.disputes()).as("Ukraine's claim has no date").isEmpty();
        ClaimReport dated = COMPARE.compare(sourced(
                claim("d", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPIANSK, null, null, null),
                claim("e", ClaimKind.CONTROL, "General Staff", Side.UKRAINE, Side.UKRAINE, KUPIANSK, "2024-11-14", null, null),
                claim("c", ClaimKind.CONTROL, "Russian official", Side.RUSSIA, Side.RUSSIA, KUPIANSK, "2024-11-14", null, null)));
        assertThat(dated.disputes()).as("a group dated by one of its statements").hasSize(1);
    }

    @Test
    void thePressOnOneSideMakesNoDispute() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "the outlet itself", Side.MEDIA, Side.RUSSIA, KUPIANSK, "2024-11-14", null, null),
                claim("b", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPIANSK, "2024-11-14", null, null)));
        assertThat(r.disputes()).isEmpty();
    }

    @Test
    void twoSpeakersOfOneArticleStayTwoClaims() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPIANSK, "2024-11-14", null, null),
                claim("a", ClaimKind.CONTROL, "General Staff", Side.UKRAINE, Side.UKRAINE, KUPIANSK, "2024-11-14", null, null)));
        assertThat(r.groups()).hasSize(2);
    }

    @Test
    void aFilterKeepsBothSidesOfADispute() {
        ClaimReport r = COMPARE.compare(sourced(
                claim("a", ClaimKind.CONTROL, "Ukrainian army", Side.UKRAINE, Side.UKRAINE, KUPYANSK, "2024-11-14", null, null),
                claim("a", ClaimKind.CONTROL, "Vitaly Ganchev", Side.RUSSIA, Side.RUSSIA, KUPIANSK, "2024-11-14", null, null),
                claim("a", ClaimKind.KILLED, "Prosecutor", Side.UKRAINE, Side.UNKNOWN, BAKHMUT, "2024-11-14", 2.0, "killed")));
        ClaimReport russia = new ClaimFilter(null, Side.RUSSIA, null, null, false).apply(r);
        assertThat(russia.disputes()).hasSize(1);
        assertThat(russia.groups()).as("the Russian claim, and the Ukrainian one its dispute shows").hasSize(2);
        ClaimReport disputed = new ClaimFilter(null, null, null, null, true).apply(r);
        assertThat(disputed.groups()).hasSize(2);
        ClaimReport killed = new ClaimFilter(ClaimKind.KILLED, null, null, null, false).apply(r);
        assertThat(killed.groups()).hasSize(1);
        assertThat(killed.disputes()).isEmpty();
    }
}
