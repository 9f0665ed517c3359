package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.chain.Pipelines;
import org.sitrep.pipeline.StageContext;
import org.sitrep.testkit.Articles;
import org.sitrep.testkit.SharedData;

/**
 * The five seed articles through the standard pipeline. The lists below come from reading the seeds: every line of
 * boilerplate PRODUCT.md describes must be gone from the text, and every paragraph of reporting must survive in
 * title + text.
 */
class SeedsCleaningIT {
    static final Pipeline PIPELINE = Pipelines.standard(StageContext.DEFAULT);
    static final Instant READ_AT = Instant.parse("2026-11-24T00:00:00Z");

    static Article seed(String prefix) throws Exception {
        Path f = SharedData.seed(prefix);
        return PIPELINE.process(Articles.text(f.toString(), SharedData.seedText(prefix), READ_AT));
    }

    @Test
    void takesPublicationDatesFromDatelines() throws Exception {
        Article a3 = seed("003");
        assertThat(a3.published().iso()).isEqualTo("2023-11-26");
        assertThat(a3.published().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(a3.published().evidence()).isEqualTo(DateEvidence.TEXT);
        assertThat(a3.fields()).containsEntry("credited", "Ukrinform");
        assertThat(a3.outlet()).isEqualTo("MENAFN");
        assertThat(a3.text()).startsWith("The Russian invaders have not given up");

        Article a4 = seed("004");
        assertThat(a4.published().iso()).startsWith("2024-11-14T15:10");
        assertThat(a4.problems().items()).anyMatch(p -> p.code().equals("timezone-assumed"));
        assertThat(seed("000").published()).isNull();
    }

    @Test
    void findsHeadlinesOnlyWhereTheyAreHeadlines() throws Exception {
        assertThat(seed("002").title()).startsWith("Kyiv is advancing to the east");
        assertThat(seed("004").title()).startsWith("The Ukrainian military claims it is in full control of Kupyansk");
        // 000 opens with a sentence of reporting, not a headline.
        Article a0 = seed("000");
        assertThat(a0.title()).isNull();
        assertThat(a0.text()).startsWith("Russian troops have not let up");
    }

    @Test
    void removesEveryBoilerplateLine() throws Exception {
        assertGone("000", "To suggest a correction or clarification", "You can also highlight the text and press Ctrl + Enter",
                "Comments ( 1)", "This comment contains spoilers", "nightmare isn", "Other Topics of Interest",
                "Latvia Pushes for EU Ban", "agricultural minister");
        assertGone("001", "Image: National Police of Ukraine", "via Wikimedia Commons");
        assertGone("002", "It is always my pleasure", "We put a lot of heart", "You would encourage us", "Related Posts:");
        assertGone("004", "10733 views", "Photo: Reuters", "Disclaimer: The translations", "Ažurirano", "Bonus video");
        assertThat(count(seed("002").text(), "Kyiv is advancing to the east")).isZero();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            Article a = seed(s);
            assertThat(a.removed()).as(s).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
        }
    }

    @Test
    void keepsEveryLineOfReporting() throws Exception {
        assertKept("000", "Russian troops have not let up in their attempts", "Kupyansk was one of the first places",
                "The Kremlin wants “victories”", "And since there are no victories at the moment",
                "Russian presidential elections are scheduled for March 2024", "Putin has been in power in Russia since 1999",
                "Another Russian goal is to reach the Oskil River", "At the moment, the enemy has no strategic successes",
                "Fityo also said that there have also been several Russian attacks", "Russian troops are trying to probe",
                "Ukrainian soldiers repelled 10 attacks in the Khromovoy, Andriivka, and Klishchiivka",
                "The Russian army continues to try to surround Avdiivka", "where the Defense Forces repelled 18 attacks",
                "Meanwhile, Ukraine continued its assault south of Bakhmut");
        assertKept("001", "Russia aims for recapture of Kupyansk", "as reported by the Kyiv Post", "Multiple Recapture Attempts",
                "As per Kyiv Post’s information", "Chortyzja air defense system", "Fierce Battles Around Bakhmut",
                "Chromovoy, Andriivka, and Klitschiivka", "continued its offensive south of Bakhmut");
        assertKept("002", "Ukraine on Saturday asserted advances", "about 2,000 km of our territory", "He did not specify whether it was km2",
                "In the east, Ukrainian forces earlier announced", "“Kupyansk is Ukraine,”", "This new Kiev advance south of Kharkiv",
                "30 locations in this border region", "– Ukrainian flag hoisted –", "charred Russian trucks",
                "Oleksandre Syrski", "Today we complete the liberation of Balaklya", "Vladislav Sokolov", "Himar-type ammunition",
                "Himars are several rocket launchers", "The Russian Defense Ministry then announced", "Denis Pushilin", "In Lyman",
                "Oleg Nikolenko", "Sending arms to Ukraine is crucial", "Natalia Goumenyuk", "Russian forces announced on Friday",
                "– “You can continue to count on us” –", "In the village of Grakové", "Anatoly Vasiliev, 61",
                "The bodies of two civilians", "forced him to bury the two bodies", "Annalena Baerbock, arrived in Kyiv",
                "You can still count on us", "Germany has delivered howitzers", "Antony Blinken", "paying a “heavy price”");
        assertKept("003", "The Russian invaders have not given up their intention to recapture the town of Kupiansk",
                "That's according to the spokesman", "It was near Usenkivka and Ivanivka", "intensify kamikaze drone attacks",
                "We see that the enemy is becoming more active", "meat grinder assaults", "The Russian occupiers have achieved no strategic success",
                "more active in the Bakhmut direction", "Here, too, the Russian invaders", "10 enemy attacks were repelled, 18 kamikaze drones",
                "508 artillery rounds", "Once again, there is no strategic success", "Russia pulled up its manpower reserves");
        assertKept("004", "The Ukrainian military claims it is in full control of Kupyansk",
                "A Russian official said Russian forces had gained a foothold", "its troops have full control over the city of Kupyansk",
                "A Russian official earlier said", "Kupyansk was captured by Russian forces in the early days",
                "In recent months, there has been an increase", "The alleged presence of Russian troops in the city of Kupyansk is not true",
                "Reuters could not independently verify", "Vitaly Ganchev", "Information about the occupation of the Illinka settlement",
                "yesterday (November 13) the Ukrainian soldiers stopped", "Russian forces seized Kupyansk, a strategically important railway junction",
                "Russia has continued its offensive in the Kharkiv region", "slow but steady offensive", "Gennady Gatilov",
                "near the destroyed city of Kurakhovo", "shot down 21 of 59 drones", "The other 38 drones were lost",
                "two people were killed and eight wounded", "43 settlements in the Poltava region", "one over Kursk and one over Belgorod Oblast");
    }

    private static void assertGone(String seed, String... fragments) throws Exception {
        String text = ws(seed(seed).text());
        for (String f : fragments) assertThat(text).as(seed + " still holds: " + f).doesNotContain(ws(f));
    }

    private static void assertKept(String seed, String... fragments) throws Exception {
        Article a = seed(seed);
        String all = ws((a.title() == null ? "" : a.title() + "\n") + a.text());
        for (String f : fragments) assertThat(all).as(seed + " lost: " + f).contains(ws(f));
    }

    /** Whitespace, no-break spaces included, as single spaces: the seeds use both. */
    private static String ws(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
