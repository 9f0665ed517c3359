package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportDifferenceTest {
    @Test
    void anotherPlaceAndFigureInTheSameSkeletonAreSlots() {
        assertThat(ReportDifference.slots(
                "Russian forces shelled the Sumy community seven times overnight, firing 7 attacks, the regional administration said.",
                "Russian forces shelled the Balakliia community seven times overnight, firing 1 attacks, the regional administration said."))
                .extracting(Object::toString).containsExactly("Sumy ≠ Balakliia", "7 ≠ 1");
    }

    @Test
    void anotherDayIsASlotInEnglishAndPolish() {
        assertThat(ReportDifference.slots("Two men were shot in the Eastside neighbourhood on Monday night, police said.",
                "Two men were shot in the Eastside neighbourhood on Tuesday night, police said.")).hasSize(1);
        assertThat(ReportDifference.slots("Rosjanie ostrzelali w poniedziałek centrum miasta, podały władze obwodu.",
                "Rosjanie ostrzelali we wtorek centrum miasta, podały władze obwodu.")).hasSize(1);
    }

    @Test
    void spellingsInflectionsAndSeparatorsAreNotSlots() {
        assertThat(ReportDifference.slots("President Volodymyr Zelensky said 5,000 troops arrived in Kijów on Friday.",
                "President Volodymyr Zelenskiy said 5000 troops arrived in Kijowa on Friday.")).isEmpty();
    }

    @Test
    void addedDroppedOrRewordedWordsAreNotSlots() {
        // A copy may drop a name or add one; only a replaced name is a slot.
        assertThat(ReportDifference.slots("Russian missiles struck Kharkiv overnight, Governor Oleh Syniehubov said.",
                "Russian missiles struck Kharkiv overnight, the governor said.")).isEmpty();
        // A name replaced by a common noun is a rewording, not another report.
        assertThat(ReportDifference.slots("Officials in Kyiv said the strike hit a school.", "Officials in the capital said the strike hit a school."))
                .isEmpty();
        // A capital that opens a sentence is no name.
        assertThat(ReportDifference.slots("Police said two were hurt. Officers closed the road.", "Police said two were hurt. Firefighters closed the road."))
                .isEmpty();
    }

    @Test
    void unlikeSentencesAreNotCompared() {
        assertThat(ReportDifference.slots("Biden arrives in Kyiv for a surprise visit to meet Zelensky",
                "Putin addresses the Federal Assembly in Moscow and suspends New START")).isEmpty();
    }

    @Test
    void aTitleCaseHeadlineComparesOnlyFiguresAndDays() {
        assertThat(ReportDifference.slots("Russia Says Ukraine Makes Deadly Hit on Belgorod City Center",
                "Russia Says Ukraine Launches Deadly Hit on Belgorod City Center")).isEmpty();
        assertThat(ReportDifference.slots("Russia-Ukraine War: List of Key Events, Day 290", "Russia-Ukraine War: List of Key Events, Day 291"))
                .extracting(Object::toString).containsExactly("290 ≠ 291");
    }

    @Test
    void aFactMovedElsewhereInTheOtherTextIsNoSlot() {
        String a = "Nobel winners from Belarus, Russia and Ukraine denounced the war.";
        String b = "Nobel winners from Ukraine, Russia and Belarus denounced the war.";
        assertThat(ReportDifference.slots(a, b)).isNotEmpty();
        assertThat(ReportDifference.unshared(ReportDifference.slots(a, b), a, b)).isEmpty();
        String c = "Shelling hit Sumy overnight, officials said.";
        String d = "Shelling hit Balakliia overnight, officials said.";
        assertThat(ReportDifference.unshared(ReportDifference.slots(c, d), c, d)).hasSize(1);
    }

    @Test
    void abbreviationsTyposTimesAndMixedKindsAreNotSlots() {
        // Real look-alikes from the RSS run that were one report.
        assertThat(ReportDifference.slots("Premier złoży wniosek do Unii Europejskiej o weryfikację naruszeń, powiedział w piątek.",
                "Premier złoży wniosek do UE o weryfikację naruszeń, powiedział w piątek.")).isEmpty();
        assertThat(ReportDifference.slots("Posłowie Prawa i Sprawiedliwości weszli na salę obrad w czwartek rano.",
                "Posłowie PiS weszli na salę obrad w czwartek rano.")).isEmpty();
        assertThat(ReportDifference.slots("Przywódcy USA, Korei Północnej i Japonii ogłosili nową erę we współpracy.",
                "Przywódcy USA, Korei Płn i Japonii ogłosili nową erę we współpracy.")).isEmpty();
        assertThat(ReportDifference.slots("Top US general visits training site for Ukrainian soldiers in Germany on Monday.",
                "Top U.S. general visits training site for Ukrainian soldiers in Germany on Monday.")).isEmpty();
        assertThat(ReportDifference.slots("Kardynał zabrał uchodźców do cyrku w Rzymie, gdzie przeszedł nad nim słoń.",
                "Kardynał zabrał uchodźców do cyrku w Ezymie, gdzie przeszedł nad nim słoń.")).isEmpty();
        assertThat(ReportDifference.slots("Prezydent przyleci do Warszawy o 18.00, podała kancelaria w czwartek.",
                "Prezydent przyleci do Warszawy o 18, podała kancelaria w czwartek.")).isEmpty();
        assertThat(ReportDifference.slots("Rosjanie nie posuwają się do przodu, powiedział Colin Kahl dziennikarzom.",
                "Rosjanie nie posuwają się do przodu, powiedział we wtorek dziennikarzom.")).isEmpty();
        // Still a slot: another city entirely.
        assertThat(ReportDifference.slots("Drones hit an energy site in Odesa overnight, the governor said.",
                "Drones hit an energy site in Kherson overnight, the governor said.")).hasSize(1);
    }
}
