package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

/** Hand-made annotations of short texts written for these tests, as the annotation pass would store them. */
class ClaimFinderTest {
    private static final ClaimFinder FINDER = ClaimDoc.FINDER;

    private static Claim only(List<Claim> claims, ClaimKind kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind() == kind).toList();
        assertThat(of).as("claims of kind %s among %s", kind, claims).hasSize(1);
        return of.get(0);
    }

    @Test
    void attributesControlAndItsDenialToTheirSpeakersAndSides() {
        String text = "Marta Hrytsenko, an official appointed by Moscow, said Russian forces had taken up positions in Vovchansk. "
                + "\"The presence of Russian troops in Vovchansk is not true,\" the General Staff of the Ukrainian Army wrote.";
        List<Claim> claims = new ClaimDoc(text).place("Vovchansk", 7, 689999L, 50.29, 36.94, "PPL").named("Marta Hrytsenko", "PERSON", 9)
                .quote("The presence of Russian troops in Vovchansk is not true,", "the General Staff of the Ukrainian Army").claims();
        Claim control = only(claims, ClaimKind.CONTROL);
        assertThat(control.speaker().name()).isEqualTo("Marta Hrytsenko");
        assertThat(control.speaker().entityId()).isEqualTo(9L);
        assertThat(control.side()).isEqualTo(Side.RUSSIA);
        assertThat(control.sideBasis()).contains("appointed by Moscow");
        assertThat(control.actor()).isEqualTo(Side.RUSSIA);
        assertThat(control.place().name()).isEqualTo("Vovchansk");
        Claim denial = only(claims, ClaimKind.DENIAL);
        assertThat(denial.denies()).isEqualTo(ClaimKind.CONTROL);
        assertThat(denial.speaker().name()).isEqualTo("General Staff of the Ukrainian Army");
        assertThat(denial.side()).isEqualTo(Side.UKRAINE);
        assertThat(denial.actor()).as("the side whose presence is denied").isEqualTo(Side.RUSSIA);
        assertThat(denial.text()).startsWith("\"The presence");
        assertThat(text.substring(denial.start(), denial.end())).isEqualTo(denial.text());
    }

    @Test
    void countsBecomeOneClaimEachWithWhatTheyCount() {
        String text = "Air defence shot down 21 of 59 drones launched overnight, the air force said. "
                + "Two people were killed and eight wounded in the shelling of Kostiantynivka, the regional governor said.";
        List<Claim> claims = new ClaimDoc(text).place("Kostiantynivka", 3, 704000L, 48.53, 37.70, "PPL")
                .number("21", 21, "drones").number("59", 59, "drones").number("Two", 2, "killed").number("eight", 8, "wounded").claims();
        assertThat(only(claims, ClaimKind.SHOT_DOWN).quantity().value()).isEqualTo(21);
        assertThat(only(claims, ClaimKind.LAUNCHED).quantity().value()).isEqualTo(59);
        assertThat(only(claims, ClaimKind.SHOT_DOWN).speaker().name()).isEqualTo("Air force");
        Claim killed = only(claims, ClaimKind.KILLED);
        assertThat(killed.quantity().value()).isEqualTo(2);
        assertThat(killed.place().name()).isEqualTo("Kostiantynivka");
        assertThat(killed.speaker().name()).isEqualTo("Regional governor");
        assertThat(only(claims, ClaimKind.WOUNDED).quantity().value()).isEqualTo(8);
    }

    @Test
    void unattributedStatementsAreTheOutletsAndAttributedOnesWithoutKindAreOther() {
        String text = "Russian troops shelled Kupiansk on Monday. Oksana Lytvyn said the town needs generators.";
        List<Claim> claims = new ClaimDoc(text).place("Kupiansk", 2, 703656L, 49.71, 37.62, "PPL").named("Oksana Lytvyn", "PERSON", 4)
                .date("on Monday", "2024-11-11").claims();
        Claim attack = only(claims, ClaimKind.ATTACK);
        assertThat(attack.speaker().kind()).isEqualTo(Claim.SpeakerKind.OUTLET);
        assertThat(attack.side()).isEqualTo(Side.MEDIA);
        assertThat(attack.time().value()).isEqualTo("2024-11-11");
        assertThat(attack.time().fromPublication()).isFalse();
        Claim other = only(claims, ClaimKind.OTHER);
        assertThat(other.speaker().name()).isEqualTo("Oksana Lytvyn");
        assertThat(other.side()).as("nothing says her side").isEqualTo(Side.UNKNOWN);
        assertThat(other.time().fromPublication()).isTrue();
    }

    @Test
    void aQuoteWithoutSpeakerStaysUnknownAndIsNeverGuessed() {
        String text = "\"Our positions near Lyman hold,\" a statement read. \"The enemy lost three tanks.\"";
        List<Claim> claims = new ClaimDoc(text).place("Lyman", 8, 702000L, 48.99, 37.80, "PPL")
                .quote("Our positions near Lyman hold,", null).quote("The enemy lost three tanks.", null).claims();
        assertThat(claims).isNotEmpty().allSatisfy(c -> {
            assertThat(c.speaker().kind()).isEqualTo(Claim.SpeakerKind.UNKNOWN);
            assertThat(c.side()).isEqualTo(Side.UNKNOWN);
        });
    }

    @Test
    void pronounsAndTheSpokesmanAreTheSpeakerNamedBefore() {
        String text = "Ukrainian army spokesman Nazar Voloshyn said the enemy attacked near Siversk. He added that 12 attacks were repelled. "
                + "\"The line holds,\" said the spokesman.";
        List<Claim> claims = new ClaimDoc(text).place("Siversk", 11, 693000L, 48.87, 38.10, "PPL").named("Nazar Voloshyn", "PERSON", 12)
                .number("12", 12, "attacks").claims();
        assertThat(claims).isNotEmpty().allSatisfy(c -> {
            assertThat(c.speaker().name()).isEqualTo("Nazar Voloshyn");
            assertThat(c.side()).isEqualTo(Side.UKRAINE);
        });
        Claim repelled = claims.stream().filter(c -> c.quantity() != null).findFirst().orElseThrow();
        assertThat(repelled.kind()).isEqualTo(ClaimKind.ATTACK);
        assertThat(repelled.place().name()).as("his account goes on about the place he named").isEqualTo("Siversk");
    }

    @Test
    void aDateReadAgainstTheFetchTimeIsNoTime() {
        ClaimDoc d = new ClaimDoc("Russian forces struck Izium on Saturday.");
        d.fetchTime = true;
        List<Claim> claims = d.place("Izium", 13, 707000L, 49.21, 37.26, "PPL").date("on Saturday", "2026-12-05").claims();
        assertThat(only(claims, ClaimKind.ATTACK).time()).isNull();
    }

    @Test
    void intentionsAreNotEvents() {
        List<Claim> claims = new ClaimDoc("The army may attempt to storm the city next month, analysts said.").claims();
        assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.OTHER);
    }

    @Test
    void anArticleWithoutClaimsIsFine() {
        assertThat(new ClaimDoc("The weather was mild.").claims()).isEmpty();
        assertThat(FINDER.find("x", "text", null, id -> null)).isEmpty();
    }
}
