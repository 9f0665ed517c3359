package org.sitrep.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.ClaimReport;
import org.sitrep.claims.Side;

class EventRecordsTest {
    private static final EventRecords RULES = EventRecords.standard();
    private static final Function<String, TypeCall> SHELLING = s -> new TypeCall(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, 0.7, null, "test");

    // Places: Kupiansk, a village 10 km away, Bakhmut 150 km away, the Donetsk region's city.
    static final EventRecords.PlaceInfo KUPIANSK = new EventRecords.PlaceInfo(1, "Kupiansk", 703656L, 49.7106, 37.6156, "PPLA2", "UA", "Kharkiv", 3);
    static final EventRecords.PlaceInfo SYNKIVKA = new EventRecords.PlaceInfo(2, "Synkivka", 1L, 49.79, 37.65, "PPL", "UA", "Kharkiv", 2);
    static final EventRecords.PlaceInfo IVANIVKA = new EventRecords.PlaceInfo(5, "Ivanivka", 5L, 49.66, 37.70, "PPL", "UA", "Kharkiv", 1);
    static final EventRecords.PlaceInfo BAKHMUT = new EventRecords.PlaceInfo(3, "Bakhmut", 713174L, 48.5956, 38.0003, "PPLA2", "UA", "Donetsk", 3);
    static final EventRecords.PlaceInfo DONETSK = new EventRecords.PlaceInfo(4, "Donetsk", 709717L, 48.023, 37.8022, "PPLA", "UA", "Donetsk", 1);
    static final EventRecords.PlaceInfo UKRAINE = new EventRecords.PlaceInfo(6, "Ukraine", 690791L, 49.0, 32.0, "PCLI", "UA", "", 3);

    static Claim.Place at(EventRecords.PlaceInfo p) {
        return new Claim.Place(p.name(), p.entityId(), p.geonameId(), p.latitude(), p.longitude());
    }

    static Claim.When day(String d, boolean fromPublication) {
        LocalDate x = LocalDate.parse(d);
        return new Claim.When(d, "DAY", x.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), x.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), fromPublication);
    }

    static Claim claim(String article, ClaimKind kind, Side side, Side actor, Claim.Place place, List<Claim.Place> others, Claim.When when,
                       Claim.Amount amount, String text, boolean hedged) {
        Claim.Speaker speaker = side == Side.MEDIA ? Claim.Speaker.OUTLET : new Claim.Speaker(side == Side.UKRAINE ? "General Staff" : "Ministry", null, Claim.SpeakerKind.NAMED);
        return new Claim(article, 0, kind, speaker, side, "test", actor, null, place, others, when, amount, 0, text.length(), text, 0, hedged);
    }

    static EventRecords.Member member(String id, String root, String title, String day, SubEventType t, double p) {
        return new EventRecords.Member(id, root, title, day == null ? null : LocalDate.parse(day), t == null ? TypeCall.none(p, "test") : new TypeCall(t, p, null, "test"));
    }

    static EventRecords.Input input(List<EventRecords.Member> members, List<Claim> claims, ClaimReport report, EventRecords.PlaceInfo... places) {
        return new EventRecords.Input("E1", members, claims, report, List.of(places), SHELLING);
    }

    @Test
    void aBattleNearKupianskIsOneArmedClashRecordBetweenTheTwoMilitaries() {
        List<EventRecords.Member> members = List.of(
                member("a", "a", "Russians try to recapture Kupiansk", "2023-11-26", SubEventType.ARMED_CLASH, 0.8),
                member("b", "a", "Russians try to recapture Kupiansk (copy)", "2023-11-26", SubEventType.ARMED_CLASH, 0.6),
                member("c", "c", "Fighting near Kupiansk goes on", "2023-11-26", SubEventType.ARMED_CLASH, 0.7));
        List<Claim> claims = List.of(
                claim("a", ClaimKind.ATTACK, Side.UKRAINE, Side.RUSSIA, at(KUPIANSK), List.of(at(SYNKIVKA), at(IVANIVKA)), day("2023-11-25", false),
                        new Claim.Amount(4, "attacks"), "Defenders repelled four attacks near Synkivka and Ivanivka in the Kupiansk direction.", false),
                claim("c", ClaimKind.CONTROL, Side.MEDIA, Side.UKRAINE, at(KUPIANSK), List.of(), day("2022-09-10", false), null,
                        "Kupiansk was retaken in September 2022.", false));
        List<EventRecord> rs = RULES.records(input(members, claims, ClaimReport.empty(), KUPIANSK, SYNKIVKA, IVANIVKA, UKRAINE));
        assertThat(rs).hasSize(1);
        EventRecord r = rs.get(0);
        assertThat(r.eventType()).isEqualTo(EventType.BATTLES);
        assertThat(r.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(r.typeEvidence()).as("the copy votes once, with its original").startsWith("2 of 2 sources: Armed clash");
        assertThat(r.location().name()).isEqualTo("Kupiansk");
        assertThat(r.location().admin1()).isEqualTo("Kharkiv");
        assertThat(r.geoPrecision()).as("villages around it are named: its area, not the town itself").isEqualTo(2);
        assertThat(r.eventDate()).isEqualTo(LocalDate.parse("2023-11-25"));
        assertThat(r.timePrecision()).as("the 2022 background does not widen the span").isEqualTo(1);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Russia (2000-)");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Ukraine (2019-)");
        assertThat(r.fatalities().best()).isZero();
        assertThat(r.independentSources()).isEqualTo(2);
        assertThat(r.disputed()).isFalse();
    }

    @Test
    void killingsFarAwayMakeARecordOfTheirOwnAndTheMainOneCountsNone() {
        List<EventRecords.Member> members = List.of(member("d", "d", "Ukraine says it holds Kupyansk", "2024-11-14", SubEventType.ARMED_CLASH, 0.6));
        Claim.Place shevchenko = new Claim.Place("Shevchbeenko", null, null, null, null);
        List<Claim> claims = List.of(
                claim("d", ClaimKind.CONTROL, Side.UKRAINE, Side.UKRAINE, at(KUPIANSK), List.of(), day("2024-11-14", false), null,
                        "Ukrainian forces are in full control of Kupiansk.", false),
                claim("d", ClaimKind.KILLED, Side.UKRAINE, Side.RUSSIA, at(KUPIANSK), List.of(), day("2024-11-13", false), null,
                        "They eliminated a large part of the personnel in Kupiansk.", false),
                claim("d", ClaimKind.KILLED, Side.UNKNOWN, Side.UNKNOWN, shevchenko, List.of(at(DONETSK)), day("2024-11-14", false),
                        new Claim.Amount(2, "killed"), "Two people were killed and eight wounded in the Russian shelling of Shevchbeenko in the Donetsk region.", false));
        ClaimReport report = new ClaimReport(List.of(), List.of(new ClaimReport.Dispute("who holds Kupiansk", ClaimKind.CONTROL, at(KUPIANSK), "two sides", List.of())), List.of());
        List<EventRecord> rs = RULES.records(input(members, claims, report, KUPIANSK, DONETSK, UKRAINE));
        assertThat(rs).hasSize(2);
        EventRecord main = rs.get(0), other = rs.get(1);
        assertThat(main.location().name()).isEqualTo("Kupiansk");
        assertThat(main.disputed()).isTrue();
        assertThat(main.disputes()).containsExactly("who holds Kupiansk");
        assertThat(main.fatalities().best()).as("'eliminated a large part' counts nobody").isZero();
        assertThat(other.fatalities().best()).isEqualTo(2);
        assertThat(other.fatalities().figures()).singleElement().satisfies(f -> assertThat(f.counted()).isEqualTo("killed"));
        assertThat(other.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(other.geoPrecision()).as("the village is unknown; only its region is").isEqualTo(3);
        assertThat(other.location().admin1()).isEqualTo("Donetsk");
        assertThat(other.geoBasis()).contains("Shevchbeenko");
        assertThat(other.disputed()).isFalse();
        assertThat(other.actor2().name()).as("people killed by shelling: civilians of the place's country").isEqualTo("Civilians (Ukraine)");
    }

    @Test
    void fatalitiesBestIsTheLowestCredibleFigureAndBareNumbersNeverCount() {
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("a", ClaimKind.KILLED, Side.UKRAINE, Side.UKRAINE, at(BAKHMUT), List.of(), day("2023-02-01", false),
                new Claim.Amount(5, "civilians"), "Five civilians were killed in Bakhmut.", false));
        claims.add(claim("b", ClaimKind.KILLED, Side.MEDIA, Side.UNKNOWN, at(BAKHMUT), List.of(), day("2023-02-01", false),
                new Claim.Amount(3, "people"), "At least three people were reportedly killed.", true));
        claims.add(claim("c", ClaimKind.KILLED, Side.RUSSIA, Side.UKRAINE, at(BAKHMUT), List.of(), day("2023-02-01", false),
                new Claim.Amount(200, "Ukrainian soldiers"), "Up to 200 Ukrainian soldiers were eliminated.", false));
        claims.add(claim("d", ClaimKind.KILLED, Side.MEDIA, Side.UNKNOWN, at(BAKHMUT), List.of(), day("2023-02-01", false),
                new Claim.Amount(7, null), "The toll rose to 7.", false));
        EventRecord.Fatalities f = RecordFacts.fatalities(claims);
        assertThat(f.low()).isEqualTo(3);
        assertThat(f.best()).as("the hedged 3 and the enemy's 200 are not credible").isEqualTo(5);
        assertThat(f.high()).isEqualTo(200);
        assertThat(f.figures()).hasSize(3).noneMatch(x -> x.killed() == 7);
        assertThat(RecordFacts.fatalities(List.of(claims.get(3))).best()).as("a number without what it counts").isZero();
        EventRecord.Fatalities enemy = RecordFacts.fatalities(List.of(claims.get(2)));
        assertThat(List.of(enemy.low(), enemy.best(), enemy.high())).as("only the enemy's count").containsExactly(0, 0, 200);
        EventRecord.Fatalities hedged = RecordFacts.fatalities(List.of(claims.get(1), claims.get(2)));
        assertThat(hedged.best()).as("a hedged figure before an enemy's count").isEqualTo(3);
    }

    @Test
    void runningTotalsCasualtiesAndPartsOfTheDeadAreNoEventsToll() {
        Claim total = claim("a", ClaimKind.KILLED, Side.INTERNATIONAL, Side.UNKNOWN, null, List.of(), null, new Claim.Amount(9000, "civilians"),
                "Russia's war in Ukraine has killed more than 9,000 civilians, the UN said.", false);
        Claim since = claim("b", ClaimKind.KILLED, Side.MEDIA, Side.UNKNOWN, null, List.of(), null, new Claim.Amount(400, "civilians"),
                "At least 400 civilians have been killed in the region since February.", false);
        Claim casualties = claim("c", ClaimKind.KILLED, Side.OTHER_STATE, Side.RUSSIA, null, List.of(), null, new Claim.Amount(200_000, "casualties"),
                "UK says 200,000 Russian casualties", false);
        assertThat(RecordFacts.fatalities(List.of(total, since, casualties)).figures()).isEmpty();
        Claim today = claim("i", ClaimKind.KILLED, Side.RUSSIA, Side.RUSSIA, null, List.of(), null, new Claim.Amount(5, "servicemen"),
                "Five DPR servicemen have died since the beginning of the day in battles, Basurin said.", false);
        assertThat(RecordFacts.fatalities(List.of(today)).best()).as("a day's count is no running total").isEqualTo(5);
        Claim all = claim("d", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, null, List.of(), null, new Claim.Amount(18, "people"),
                "A helicopter crash near a kindergarten killed at least 18 people, officials said.", false);
        Claim part = claim("e", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, null, List.of(), null, new Claim.Amount(2, "children"),
                "Two children were among the dead, officials said.", false);
        EventRecord.Fatalities f = RecordFacts.fatalities(List.of(all, part));
        assertThat(List.of(f.low(), f.best(), f.high())).containsExactly(2, 18, 18);
        Claim early = claim("f", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, null, List.of(), day("2023-01-14", false), new Claim.Amount(5, "people"),
                "At least five people were killed when a missile hit an apartment block.", false);
        Claim later = claim("g", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, null, List.of(), day("2023-01-16", false), new Claim.Amount(40, "people"),
                "The toll from the strike on the apartment block rose to 40.", false);
        Claim latest = claim("h", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, null, List.of(), day("2023-01-16", false), new Claim.Amount(44, "people"),
                "Rescuers said 44 people were killed.", false);
        EventRecord.Fatalities grown = RecordFacts.fatalities(List.of(early, later, latest));
        assertThat(List.of(grown.low(), grown.best(), grown.high())).as("the latest day's lowest").containsExactly(5, 40, 44);
    }

    @Test
    void typesTogetherOutweighingNoneMakeAnEventAndACountryIsNoPlaceOfItsOwn() {
        List<EventRecords.Member> members = List.of(
                member("a", "a", "Fighting for Bakhmut", "2023-01-09", null, 0.5),
                member("b", "b", "Wagner says it took the town", "2023-01-09", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.4),
                member("c", "c", "Heavy fighting in Bakhmut", "2023-01-09", SubEventType.ARMED_CLASH, 0.45),
                member("d", "d", "Ukraine holds on", "2023-01-09", null, 0.3));
        List<Claim> claims = List.of(claim("c", ClaimKind.KILLED, Side.UKRAINE, Side.UNKNOWN, at(UKRAINE), List.of(), day("2023-01-09", false),
                new Claim.Amount(3, "civilians"), "Three civilians were killed in Ukraine on Monday.", false));
        List<EventRecord> rs = RULES.records(input(members, claims, ClaimReport.empty(), BAKHMUT, UKRAINE));
        assertThat(rs).as("the country-wide claim is no place of its own").hasSize(1);
        assertThat(rs.get(0).subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(rs.get(0).fatalities().best()).isEqualTo(3);
    }

    @Test
    void aMajorityOfNoneGivesNoTypeAndUndatedReportsNoDate() {
        List<EventRecords.Member> members = List.of(
                member("a", "a", "Leaders meet in Geneva", null, null, 0.9),
                member("b", "b", "Talks in Geneva", null, null, 0.8),
                member("c", "c", "Talks, and a strike", null, SubEventType.AIR_DRONE_STRIKE, 0.5));
        EventRecord r = RULES.records(input(members, List.of(), ClaimReport.empty())).get(0);
        assertThat(r.eventType()).isNull();
        assertThat(r.subEventType()).isNull();
        assertThat(r.typeEvidence()).contains("2 of 3 sources: no event of ACLED's kinds");
        assertThat(r.eventDate()).isNull();
        assertThat(r.timePrecision()).isNull();
        assertThat(r.location()).isNull();
        assertThat(r.geoPrecision()).isNull();
        assertThat(r.geoBasis()).contains("no town or region");
        assertThat(r.actor1()).isNull();
    }

    @Test
    void withoutAStatedDayThePublicationDayIsTheDateAtWeekPrecision() {
        List<EventRecords.Member> members = List.of(member("a", "a", "Strike on Bakhmut", "2023-02-03", SubEventType.AIR_DRONE_STRIKE, 0.9));
        List<Claim> claims = List.of(claim("a", ClaimKind.ATTACK, Side.UKRAINE, Side.RUSSIA, at(BAKHMUT), List.of(), day("2023-02-03", true), null,
                "Russian aircraft struck Bakhmut.", false));
        EventRecord r = RULES.records(input(members, claims, ClaimReport.empty(), BAKHMUT)).get(0);
        assertThat(r.eventDate()).isEqualTo(LocalDate.parse("2023-02-03"));
        assertThat(r.timePrecision()).isEqualTo(2);
        assertThat(r.geoPrecision()).as("the town itself").isEqualTo(1);
        assertThat(r.actor1().side()).isEqualTo(Side.RUSSIA);
        assertThat(r.actor2().side()).as("Ukraine speaks in the reports: the other side").isEqualTo(Side.UKRAINE);
    }

    @Test
    void aTownNamedOnlyAsItsRegionIsTheRegion() {
        List<EventRecords.Member> members = List.of(member("a", "a", "Russians killed two civilians in Donetsk region in a day", "2022-09-02",
                SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, 0.7));
        List<Claim> claims = List.of(claim("a", ClaimKind.KILLED, Side.MEDIA, Side.UNKNOWN, at(DONETSK), List.of(), day("2022-09-02", true),
                new Claim.Amount(2, "civilians"), "Russians killed two civilians in Donetsk region in a day", false));
        EventRecord r = RULES.records(input(members, claims, ClaimReport.empty(), DONETSK, UKRAINE)).get(0);
        assertThat(r.geoPrecision()).isEqualTo(3);
        assertThat(r.location().geonameId()).as("not the city's record").isNull();
        assertThat(r.location().admin1()).isEqualTo("Donetsk");
        assertThat(r.geoBasis()).contains("only the Donetsk region");
        assertThat(r.fatalities().best()).isEqualTo(2);
        List<Claim> inTown = List.of(claim("a", ClaimKind.KILLED, Side.MEDIA, Side.UNKNOWN, at(DONETSK), List.of(), day("2022-09-02", true),
                new Claim.Amount(2, "civilians"), "Shelling killed two civilians in Donetsk", false));
        List<EventRecords.Member> town = List.of(member("a", "a", "Two killed in Donetsk", "2022-09-02", SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, 0.7));
        assertThat(RULES.records(input(town, inTown, ClaimReport.empty(), DONETSK, UKRAINE)).get(0).geoPrecision()).isEqualTo(1);
    }

    @Test
    void aFilterTakesAnEventTypeOrASubTypeInACLEDsWordsOrACode() {
        EventRecord battle = RULES.records(input(List.of(member("a", "a", "Strike on Bakhmut", "2023-02-03", SubEventType.ARMED_CLASH, 0.9)),
                List.of(), ClaimReport.empty(), BAKHMUT)).get(0);
        assertThat(RecordFilter.of("Battles", false).test(battle)).isTrue();
        assertThat(RecordFilter.of("armed clash", false).test(battle)).isTrue();
        assertThat(RecordFilter.of("ARMED_CLASH", false).test(battle)).isTrue();
        assertThat(RecordFilter.of("Air/drone strike", false).test(battle)).isFalse();
        assertThat(RecordFilter.of(null, true).test(battle)).as("not disputed").isFalse();
        assertThat(RecordFilter.ALL.test(battle)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordFilter.of("picnic", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Air/drone strike");
    }

    @Test
    void onlyARegionGivesPrecisionThree() {
        EventRecords.PlaceInfo oblast = new EventRecords.PlaceInfo(9, "Poltava Oblast", 696634L, 49.6, 34.5, "ADM1", "UA", "Poltava", 1);
        List<EventRecords.Member> members = List.of(member("a", "a", "Outages in Poltava Oblast", "2024-11-14", SubEventType.AIR_DRONE_STRIKE, 0.6));
        EventRecord r = RULES.records(input(members, List.of(), ClaimReport.empty(), oblast, UKRAINE)).get(0);
        assertThat(r.location().name()).isEqualTo("Poltava Oblast");
        assertThat(r.geoPrecision()).isEqualTo(3);
        assertThat(r.geoBasis()).contains("only the region");
    }
}
