package org.sitrep.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.RawDocument;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.StageContext;

class TextMetadataTest {
    static Article run(String text) {
        Article a = new HtmlExtractor().extract(RawDocument.text(new Origin("t", "", SourceFormat.TEXT), text, Instant.EPOCH), StageContext.DEFAULT);
        return new TextMetadata().apply(a, StageContext.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "date 2023-11-26 (MENAFN- UkrinForm) Troops advanced.|2023-11-26",
            "Ažurirano: 14.11.2024. 15:10h|2024-11-14T15:10:00Z",
            "Published: 10 September 2022 18:20 UTC|2022-09-10T18:20:00Z",
            "Posted on November 26, 2023|2023-11-26",
            "Updated 11.09.2022 08:40|2022-09-11T08:40:00Z",
            "Opublikowano: 05.03.2023|2023-03-05",
            "Опубліковано: 27.11.2023|2023-11-27",
            "Published 15 Nov 2024|2024-11-15"})
    void readsDatelines(String line, String iso) {
        Article a = run("Headline of the story here\n" + line + "\n\nThe body of the report, which is long enough to be reporting.\n");
        assertThat(a.published()).isNotNull();
        assertThat(a.published().iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31.02.2024", "date unknown", "Updated recently"})
    void leavesNonDatesAlone(String line) {
        assertThat(run("Headline of the story here\n" + line + "\nBody text of the report.\n").published()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(Eastwire) - The head of the group said on Saturday that his fighters had taken the city.|Eastwire|The head of the group",
            "KYIV (Reuters) - Ukraine said on Thursday its troops held the town.|Reuters|Ukraine said",
            "KYIV, Nov 26 (Reuters) - Russia launched drones at the capital overnight.|Reuters|Russia launched",
            "date 2023-11-26 (MENAFN- UkrinForm) The Russian invaders kept attacking.|Ukrinform|The Russian invaders"})
    void readsWireCreditsAndKeepsTheReporting(String line, String credited, String start) {
        Article a = new org.sitrep.clean.BoilerplateStripper().apply(run(line + "\n\nA second paragraph of the report follows here.\n"), StageContext.DEFAULT);
        assertThat(a.fields()).containsEntry("credited", credited);
        assertThat(a.text()).startsWith(start);
    }

    @org.junit.jupiter.api.Test
    void parenthesesInTheMiddleOfALineAreNotWireCredits() {
        Article a = run("Officials (including the mayor) - and others - said the plant was hit.\nMore text of the report here.\n");
        assertThat(a.fields()).doesNotContainKey("credited");
    }

    static final String WRAPPED = """
            A Russian drone struck a power station in the Kharkiv region early on
            Tuesday, cutting electricity to about 20,000 homes, the regional
            governor said. Repair crews were working to restore the supply by
            the evening, and schools in two districts were closed for the day.

            Officials said no one was hurt in the attack on the station, which
            had been hit twice before this year, and that repairs would take
            weeks, according to the operator of the regional grid company.
            """;

    static String kept(Article a) {
        return org.sitrep.clean.Lines.without(a.sourceText(), a.removed());
    }

    @org.junit.jupiter.api.Test
    void aHardWrappedBodyKeepsItsLeadWhateverStandsAboveIt() {
        String lead = "A Russian drone struck a power station in the Kharkiv region early on";
        // A headline over a blank line, a headline straight over the body, no headline, and a known title.
        Article overBlank = run("Drone strike cuts power in Kharkiv region\n\n" + WRAPPED);
        Article straightOver = run("Drone strike cuts power in Kharkiv region\n" + WRAPPED);
        Article none = run(WRAPPED);
        Article titled = new TextMetadata().apply(new HtmlExtractor().extract(
                RawDocument.text(new Origin("t", "", SourceFormat.TEXT), WRAPPED, Instant.EPOCH).withTitle("Drone strike cuts power in Kharkiv region"),
                StageContext.DEFAULT), StageContext.DEFAULT);
        for (Article a : new Article[] {overBlank, straightOver, none, titled}) {
            assertThat(kept(a)).contains(lead, "Tuesday, cutting electricity", "weeks, according to the operator");
        }
        assertThat(overBlank.title()).isEqualTo("Drone strike cuts power in Kharkiv region");
        assertThat(kept(overBlank)).doesNotContain("Drone strike cuts power");
        assertThat(kept(straightOver)).doesNotContain("Drone strike cuts power");
        assertThat(none.title()).isNull();
        assertThat(titled.removed()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aKnownTitleIsRemovedOnlyWhereTheTextRepeatsIt() {
        Article a = new TextMetadata().apply(new HtmlExtractor().extract(
                RawDocument.text(new Origin("t", "", SourceFormat.TEXT), "Drone strike cuts power in Kharkiv region\n\n" + WRAPPED, Instant.EPOCH)
                        .withTitle("Drone strike cuts power in Kharkiv region"), StageContext.DEFAULT), StageContext.DEFAULT);
        assertThat(a.removed()).extracting(org.sitrep.model.RemovedSpan::rule).containsExactly("headline");
        assertThat(kept(a)).contains("A Russian drone struck a power station");
    }

    @org.junit.jupiter.api.Test
    void aLongFirstLineWithoutItsPeriodIsALeadNotAHeadline() {
        String lead = "If it depends on Russia there will be no war, the foreign minister said on Friday, adding that Moscow did not want wars "
                + "but would not let its interests be ignored by the West";
        Article a = run(lead + "\n\nThe second paragraph of the report follows here, with more detail.\n");
        assertThat(kept(a)).contains(lead);
        assertThat(a.title()).isNull();
    }
}
