package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.TimeMention;
import org.sitrep.nlp.TimePrecision;
import org.sitrep.store.EntityReads.StoredAnnotations;
import org.sitrep.store.EntityReads.StoredMention;
import org.sitrep.store.EntityReads.StoredQuote;

/** Hand-made annotations of short texts written for these tests, as the annotation pass would store them. */
class ClaimFinderTest {
    private static final ClaimFinder FINDER = new ClaimFinder(SideLexicon.standard());
    private static final Instant PUBLISHED = Instant.parse("2024-11-14T10:00:00Z");

    /** Builds annotations: one sentence per ". "-ended piece; places, people and organisations found by their text. */
    private static final class Doc {
        final String text;
        final List<int[]> sentences = new ArrayList<>();
        final List<StoredMention> mentions = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<StoredQuote> quotes = new ArrayList<>();
        final List<TimeMention> times = new ArrayList<>();
        boolean fetchTime;

        Doc(String text) {
            this.text = text;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if ((text.charAt(i) == '.' || text.charAt(i) == '"') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                        && (text.charAt(i) == '.' || i > 0 && text.charAt(i - 1) == '.')) {
                    sentences.add(new int[] {start, i + 1});
                    start = i + 2;
                }
            }
            if (start < text.length()) sentences.add(new int[] {start, text.length()});
        }

        private int sentenceOf(int offset) {
            for (int i = 0; i < sentences.size(); i++) if (offset >= sentences.get(i)[0] && offset < sentences.get(i)[1]) return i;
            throw new IllegalArgumentException("offset " + offset + " in no sentence");
        }

        Doc place(String name, long entity, Long geonameId, double lat, double lon, String featureCode) {
            int from = 0, at;
            while ((at = text.indexOf(name, from)) >= 0) {
                mentions.add(new StoredMention(at, at + name.length(), name, "CITY", "PLACE", sentenceOf(at), entity, "resolved", null,
                        geonameId, lat, lon, featureCode));
                from = at + name.length();
            }
            return this;
        }

        Doc named(String name, String kind, long entity) {
            int from = 0, at;
            while ((at = text.indexOf(name, from)) >= 0) {
                mentions.add(new StoredMention(at, at + name.length(), name, kind, kind, sentenceOf(at), entity, null, null, null, null, null, null));
                from = at + name.length();
            }
            return this;
        }

        Doc number(String written, double value, String counted) {
            int at = text.indexOf(written);
            quantities.add(new Quantity(value, written, counted, at, at + written.length(), sentenceOf(at)));
            return this;
        }

        Doc quote(String words, String speaker) {
            int at = text.indexOf(words);
            quotes.add(new StoredQuote(new Quote(words, speaker, at, at + words.length(), sentenceOf(at)), null));
            return this;
        }

        Doc date(String written, String value) {
            int at = text.indexOf(written);
            Instant b = Instant.parse(value + "T00:00:00Z");
            times.add(new TimeMention(written, at, at + written.length(), value, TimePrecision.DAY, b, b.plusSeconds(86_400), true, fetchTime,
                    false, sentenceOf(at)));
            return this;
        }

        List<Claim> claims() {
            StoredAnnotations ann = new StoredAnnotations("art", "annotated", null, PUBLISHED, fetchTime, 100, null, sentences, mentions, times,
                    quantities, quotes);
            return FINDER.find("art", text, ann, id -> null);
        }
    }

    private static Claim only(List<Claim> claims, ClaimKind kind) {
        List<Claim> of = claims.stream().filter(c -> c.kind() == kind).toList();
        assertThat(of).as("claims of kind %s among %s", kind, claims).hasSize(1);
        return of.get(0);
    }

    @Test
    void attributesControlAndItsDenialToTheirSpeakersAndSides() {
        String text = "Marta Hrytsenko, an official appointed by Moscow, said Russian forces had taken up positions in Vovchansk. "
                + "\"The presence of Russian troops in Vovchansk is not true,\" the General Staff of the Ukrainian Army wrote.";
        List<Claim> claims = new Doc(text).place("Vovchansk", 7, 689999L, 50.29, 36.94, "PPL").named("Marta Hrytsenko", "PERSON", 9)
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
        List<Claim> claims = new Doc(text).place("Kostiantynivka", 3, 704000L, 48.53, 37.70, "PPL")
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
        List<Claim> claims = new Doc(text).place("Kupiansk", 2, 703656L, 49.71, 37.62, "PPL").named("Oksana Lytvyn", "PERSON", 4)
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
        List<Claim> claims = new Doc(text).place("Lyman", 8, 702000L, 48.99, 37.80, "PPL")
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
        List<Claim> claims = new Doc(text).place("Siversk", 11, 693000L, 48.87, 38.10, "PPL").named("Nazar Voloshyn", "PERSON", 12)
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
        Doc d = new Doc("Russian forces struck Izium on Saturday.");
        d.fetchTime = true;
        List<Claim> claims = d.place("Izium", 13, 707000L, 49.21, 37.26, "PPL").date("on Saturday", "2026-12-05").claims();
        assertThat(only(claims, ClaimKind.ATTACK).time()).isNull();
    }

    @Test
    void intentionsAreNotEvents() {
        List<Claim> claims = new Doc("The army may attempt to storm the city next month, analysts said.").claims();
        assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.OTHER);
    }

    @Test
    void anArticleWithoutClaimsIsFine() {
        assertThat(new Doc("The weather was mild.").claims()).isEmpty();
        assertThat(FINDER.find("x", "text", null, id -> null)).isEmpty();
    }
}
