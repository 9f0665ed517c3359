package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Origin;
import org.sitrep.model.Problems;
import org.sitrep.model.Published;
import org.sitrep.model.SourceFormat;

class CopyJudgeTest {
    static final String ORIGINAL = "Russian forces attacked Ukrainian positions near Synkivka on Saturday, the General Staff said. "
            + "Defenders repelled four assaults near Synkivka and Ivanivka in the Kupiansk direction. "
            + "The enemy used artillery and kamikaze drones, the spokesman Volodymyr Fitio said on national television. "
            + "Fitio added that fighting had also intensified near Bakhmut over the past three weeks.";

    static Article art(String id, String outlet, String text, LocalDate day) {
        return new Article(id, new Origin(id, "", SourceFormat.TEXT), outlet, null, null, day == null ? null : Published.day(day, DateEvidence.TEXT),
                Instant.EPOCH, "en", 1, text, text, List.of(), Map.of(), Problems.none());
    }

    static final CopyKeys KEYS = new CopyKeys(CopyParams.defaults());
    final CopyJudge judge = new CopyJudge();

    CopyRelation judge(Article a, Article b) {
        return judge.judge(a, CopySketch.of(a.text()), b, CopySketch.of(b.text()), a.id()).orElse(null);
    }

    @Test
    void exactCopyUnderAnotherOutletIsExactAndTheLaterIsTheCopy() {
        Article a = art("a", "Eastwire", ORIGINAL, LocalDate.of(2023, 11, 25));
        Article b = art("b", "Danube Times", "  " + ORIGINAL.toUpperCase() + " ", LocalDate.of(2023, 11, 26));
        CopyRelation r = judge(b, a);
        assertThat(r.kind()).isEqualTo(CopyKind.EXACT);
        assertThat(r.originalId()).isEqualTo("a");
        assertThat(r.direction()).isEqualTo("earlier publication");
    }

    @Test
    void lightlyEditedCopyIsANearDuplicate() {
        Article a = art("a", "Eastwire", ORIGINAL, null);
        Article b = art("b", "Other", ORIGINAL.replace("on Saturday", "on Saturday morning") + " more details were not given.", null);
        CopyRelation r = judge(a, b);
        assertThat(r.kind()).isEqualTo(CopyKind.NEAR);
        assertThat(r.jaccard()).isGreaterThan(CopyParams.defaults().near());
        assertThat(r.direction()).isEqualTo("arrival order");
        assertThat(r.originalId()).isEqualTo("a");
    }

    @Test
    void creditedRetellingIsARewriteOfTheCreditedOutletEvenWhenItArrivedFirst() {
        Article original = art("o", "Eastwire", ORIGINAL, null);
        Article rewrite = art("r", "Nordwest", "As reported by Eastwire, Russian troops attacked Ukrainian positions near Synkivka on Saturday, according to the General Staff. "
                + "Four assaults near Synkivka and Ivanivka in the Kupiansk direction were repelled by the defenders. "
                + "According to the spokesman Volodymyr Fitio on national television, the enemy used kamikaze drones and artillery.", null);
        CopyRelation r = judge.judge(rewrite, CopySketch.of(rewrite.text()), original, CopySketch.of(original.text()), "r").orElseThrow();
        assertThat(r.kind()).isEqualTo(CopyKind.REWRITE);
        assertThat(r.originalId()).isEqualTo("o");
        assertThat(r.copyId()).isEqualTo("r");
        assertThat(r.direction()).isEqualTo("attribution");
        assertThat(r.credited()).isEqualTo("Eastwire");
        assertThat(r.aligned()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.aligned().get(0).original()).startsWith("Russian forces attacked");
        assertThat(r.sharedFacts()).contains("synkivka", "ivanivka", "fitio");
    }

    @Test
    void independentReportOfTheSameEventIsNotACopy() {
        Article a = art("a", "Eastwire", ORIGINAL, null);
        Article b = art("b", "Baltic Ledger", "Kupiansk remained under heavy pressure this weekend. Ukraine's military reported that several Russian "
                + "attacks on villages east of the Oskil River failed. Local officials in Kharkiv region urged remaining civilians to leave. "
                + "Analysts expect Moscow to keep pushing before winter sets in.", null);
        assertThat(judge(a, b)).isNull();
    }

    static Article item(String id, String outlet, String title, String text) {
        return new Article(id, new Origin(id, "", SourceFormat.JSON), outlet, null, title, null, Instant.EPOCH, "en", 1, text, text,
                List.of(), Map.of(), Problems.none());
    }

    CopyRelation judgeItems(Article a, Article b) {
        return judge.judge(a, CopySketch.of(a.title() + "\n" + a.text()), b, CopySketch.of(b.title() + "\n" + b.text()), a.id()).orElse(null);
    }

    @Test
    void aTitleOnlyRepublicationOfASyndicatedItemIsANearDuplicate() {
        Article full = item("a", "thehill.com", "Zelensky may step directly into GOP's fight over omnibus bill",
                "The Ukrainian president is planning an in-person visit to Washington amid a Republican war over the bill.");
        Article titleOnly = item("b", "msn.com", "Zelensky May Step Directly Into GOP's Fight Over Omnibus Bill", "");
        assertThat(KEYS.titleKey(full.title())).isNotNull();
        CopyRelation r = judgeItems(full, titleOnly);
        assertThat(r).isNotNull();
        assertThat(r.kind()).isEqualTo(CopyKind.NEAR);
    }

    @Test
    void theSameBodyUnderAnEditedHeadlineIsANearDuplicate() {
        String body = "More than 8 million refugees from Ukraine have been recorded across Europe as of Tuesday, nearly one year since "
                + "Russia invaded, according to the U.N. refugee agency.";
        CopyRelation r = judgeItems(item("a", "one.example", "8 million refugees have fled Ukraine after a year of fighting", body),
                item("b", "two.example", "UN: over 8 million Ukrainian refugees recorded in Europe", body));
        assertThat(r).isNotNull();
        assertThat(r.kind()).isEqualTo(CopyKind.NEAR);
    }

    @Test
    void aDailyTemplateWithOtherFiguresIsNotACopy() {
        Article a = item("a", "aljazeera.com", "Russia-Ukraine war: List of key events, day 364",
                "As the Russia-Ukraine war enters its 364th day, we take a look at the main developments.");
        Article b = item("b", "aljazeera.com", "Russia-Ukraine war: List of key events, day 365",
                "As the Russia-Ukraine war enters its 365th day, we take a look at the main developments.");
        assertThat(judgeItems(a, b)).isNull();
    }

    @Test
    void anOutletsOwnItemsUnderOtherHeadlinesSharingATeaserAreATemplateNotACopy() {
        String teaser = "W tvn24.pl relacjonujemy wizytę Joe Bidena w Polsce oraz wydarzenia z i wokół Ukrainy, na bieżąco i z wielu miejsc.";
        assertThat(judgeItems(item("a", "tvn24.pl", "Prezydencki Jumbo Jet wylądował w Warszawie", teaser),
                item("b", "tvn24.pl", "Trzeci dzień Bidena w Polsce. Zełenskiego odwiedzili kongresmeni", teaser))).isNull();
        // The same teaser at two outlets is syndication.
        assertThat(judgeItems(item("a", "tvn24.pl", "Prezydencki Jumbo Jet wylądował w Warszawie", teaser),
                item("b", "other.pl", "Trzeci dzień Bidena w Polsce. Zełenskiego odwiedzili kongresmeni", teaser))).isNotNull();
    }

    /** Issue 17: one outlet spelt two ways ("TVN24" in its feed, tvn24.pl in a dump) is still one outlet's template. */
    @Test
    void anOutletsTemplateIsRecognisedWhateverTheSpellingOfTheOutlet() {
        String teaser = "W tvn24.pl relacjonujemy wizytę Joe Bidena w Polsce oraz wydarzenia z i wokół Ukrainy, na bieżąco i z wielu miejsc.";
        assertThat(judgeItems(item("a", "TVN24", "Prezydencki Jumbo Jet wylądował w Warszawie", teaser),
                item("b", "tvn24.pl", "Trzeci dzień Bidena w Polsce. Zełenskiego odwiedzili kongresmeni", teaser))).isNull();
        assertThat(judgeItems(item("a", "Kyiv Post", "Prezydencki Jumbo Jet wylądował w Warszawie", teaser),
                item("b", "KyivPost", "Trzeci dzień Bidena w Polsce. Zełenskiego odwiedzili kongresmeni", teaser))).isNull();
    }

    @Test
    void aHeadlineEditedByOneWordOverNoBodyIsANearDuplicate() {
        CopyRelation r = judgeItems(item("a", "bloomberg.com", "Biden Meets Zelenskiy on Surprise Kyiv Trip Nearly Year Into War",
                        "US President Joe Biden made a surprise visit to Kyiv and met his Ukrainian counterpart."),
                item("b", "msn.com", "Biden Meets Zelenskiy on Surprise Trip Nearly Year Into War", ""));
        assertThat(r).isNotNull();
        assertThat(r.kind()).isEqualTo(CopyKind.NEAR);
    }

    @Test
    void twoHeadlinesQuotingTheSameSentenceAreNotCopies() {
        assertThat(judgeItems(item("a", "guardian.com", "Biden says Ukraine will never be a victory for Russia in Warsaw speech",
                        "The US president spoke at the Royal Castle after his visit to Kyiv."),
                item("b", "thehill.com", "Ukraine will never be a victory for Russia, Biden tells crowd",
                        "President Biden on Tuesday marked one year since the start of the war with a speech."))).isNull();
    }

    @Test
    void oneOutletsLivePagesOfTwoDaysAreNotCopiesThoughTheirTeasersAlign() {
        String teaser = "The latest news on the Russian invasion of Ukraine, hour by hour. Follow our live coverage of the war here.";
        String teaser2 = "The latest news from Ukraine, hour by hour. Follow the live coverage of the war on our site.";
        Article day308 = new Article("d308", new Origin("d308", "", SourceFormat.TEXT), "Interia", null,
                "War in Ukraine. Day 308 of the Russian invasion. Live coverage", null, Instant.EPOCH, "en", 1, teaser, teaser,
                List.of(), Map.of(), Problems.none());
        Article day373 = new Article("d373", new Origin("d373", "", SourceFormat.TEXT), "Interia", null,
                "War in Ukraine. Day 373 of the Russian invasion. Live coverage", null, Instant.EPOCH, "en", 1, teaser2, teaser2,
                List.of(), Map.of(), Problems.none());
        assertThat(judge(day373, day308)).as("one outlet does not rewrite itself with other figures").isNull();
        Article elsewhere = new Article("x", new Origin("x", "", SourceFormat.TEXT), "Aggregator", null,
                "War in Ukraine. Day 308 of the Russian invasion. Live coverage", null, Instant.EPOCH, "en", 1, teaser, teaser,
                List.of(), Map.of(), Problems.none());
        assertThat(judge(elsewhere, day308)).as("the same page at another outlet is a copy").isNotNull();
    }

    @Test
    void bodiesSharingTwelveWordsInARowShareALeadKeyAndOthersDoNot() {
        String a = "We have approved a Polish scheme worth 3 billion euros to support companies active on the Polish gas market, the Commission said.";
        String b = "The European Commission has approved a Polish scheme worth 3 billion euros to support companies active on the Polish gas market.";
        String other = "Poland may spend up to 3 billion euros helping gas traders hit by the price shock, after Brussels cleared the plan.";
        List<String> ka = KEYS.leadKeys(a);
        assertThat(ka).isNotEmpty().hasSizeLessThan(Tokens.of(a).size() / 2);
        assertThat(ka).containsAnyElementsOf(KEYS.leadKeys(b));
        assertThat(ka).doesNotContainAnyElementsOf(KEYS.leadKeys(other));
        assertThat(KEYS.leadKeys("Too short to say anything.")).isEmpty();
    }

    static Article fed(String id, String outlet, String url, String title, String text, String published) {
        return new Article(id, new Origin(id, "", SourceFormat.JSON), outlet, url, title,
                Published.at(Instant.parse(published), DateEvidence.FIELD), Instant.EPOCH, "pl", 1, text, text, List.of(), Map.of(),
                Problems.none());
    }

    @Test
    void anOutletReHeadliningOneStoryAtTheSameMinuteIsANearDuplicateButNotALivePage() {
        String body = "Polish indices a year after the start of the Russian invasion of Ukraine fare much worse than foreign ones.";
        Article first = fed("a", "forsal.pl", "https://forsal.pl/finanse/8666311,gpw-wojna.html",
                "Stock exchange against war. Investors lost faith in big profits", body, "2023-02-23T06:48:00Z");
        Article again = fed("b", "forsal.pl", "https://forsal.pl/finanse/8666311,gielda-warszawa.html",
                "Warsaw exchange under the strong influence of the war", body, "2023-02-23T06:48:00Z");
        CopyRelation r = judgeItems(first, again);
        assertThat(r).as("the feed lists the story again under its new headline, with its first time").isNotNull();
        assertThat(r.kind()).isEqualTo(CopyKind.NEAR);

        Article nextDay = fed("c", "forsal.pl", "https://forsal.pl/finanse/8667000,gpw-rok.html",
                "Warsaw exchange under the strong influence of the war", body, "2023-02-24T07:10:00Z");
        assertThat(judgeItems(first, nextDay)).as("another time: a standing standfirst under another story").isNull();

        String standfirst = "We follow Joe Biden's visit to Poland and the events in and around Ukraine.";
        Article live1 = fed("d", "tvn24.pl", "https://tvn24.pl/polska/wizyta-joe-bidena-relacja-na-zywo-6768861?source=rss",
                "Biden and Meloni missed each other in Rzeszow", standfirst, "2023-02-21T04:30:00Z");
        Article live2 = fed("e", "tvn24.pl", "https://tvn24.pl/swiat/wizyta-joe-bidena-relacja-na-zywo-6768861?source=rss",
                "The presidential jumbo jet landed in Warsaw", standfirst, "2023-02-21T04:30:00Z");
        assertThat(CopyJudge.livePage(live1)).isTrue();
        assertThat(CopyJudge.livePage(first)).isFalse();
        assertThat(judgeItems(live1, live2)).as("a live page's headline follows its latest post").isNull();
    }

    static final String BULLETIN = "Russian forces shelled the %s community of the %s region %d times over the past day, the regional military "
            + "administration said on Telegram. The attacks used mortars, artillery and drones, it said. "
            + "No casualties were reported, and damage to homes and power lines is being assessed.";

    @Test
    void twoOutletsBulletinsOfOneTemplateWithOtherPlacesAndFiguresAreTwoReports() {
        Article sumy = art("s", "Eastwire", String.format(BULLETIN, "Bilopillia", "Sumy", 7), LocalDate.of(2024, 3, 2));
        Article balakliia = art("b", "Danube Times", String.format(BULLETIN, "Balakliia", "Kharkiv", 1), LocalDate.of(2024, 3, 2));
        CopyJudge.Verdict v = judge.verdict(sumy, new Fingerprint(CopySketch.of(sumy.text()), null, null, CandidateKeys.NONE, null), balakliia,
                new Fingerprint(CopySketch.of(balakliia.text()), null, null, CandidateKeys.NONE, null), "s");
        assertThat(v.relation()).isEmpty();
        assertThat(v.template()).isTrue();
        assertThat(v.differs()).extracting(Object::toString).containsExactly("Bilopillia ≠ Balakliia", "Sumy ≠ Kharkiv", "7 ≠ 1");
        // Without the rule the judge called them one report retold (the finding).
        CopyJudge old = new CopyJudge(CopyParams.defaults().toBuilder().allowedSlots(1000).build());
        assertThat(old.judge(sumy, CopySketch.of(sumy.text()), balakliia, CopySketch.of(balakliia.text()), "s")).isPresent();
        // The same bulletin republished by another outlet is still a copy.
        Article again = art("c", "Danube Times", String.format(BULLETIN, "Bilopillia", "Sumy", 7), LocalDate.of(2024, 3, 2));
        assertThat(judge(sumy, again)).isNotNull();
    }

    @Test
    void pagesWithoutArticleTextAreNeverCopies() {
        Article a = art("a", "Eastwire", "Subscribe to continue reading. Already a subscriber? Log in.", null);
        Article b = new Article("b", a.origin(), "Nordwest", null, null, null, Instant.EPOCH, "en", 1, a.text(), a.text(), List.of(),
                Map.of(Article.NO_ARTICLE, "paywall"), Problems.none());
        assertThat(judge(a, b)).isNull();
    }
}
