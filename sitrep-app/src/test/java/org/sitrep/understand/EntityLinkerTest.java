package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.Sentence;
import org.sitrep.store.AnnotatedArticle;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

class EntityLinkerTest {
    private static final GazetteerPlace KUPIANSK = new GazetteerPlace(704508, "Kup'yans'k", "Kup'yans'k", 49.71, 37.61, "P", "PPL",
            "UA", "07", "Kharkiv", 27_169);

    /** One article: its text, one sentence over all of it, the names found in it and its quotes. */
    private static ArticleAnalysis article(String id, long seq, String text, List<Found> found, List<Quote> quotes) {
        Annotations ann = new Annotations(List.of(new Sentence(0, 0, text.length(), 20)), List.of(), List.of(), List.of(), quotes,
                Instant.parse("2024-11-30T00:00:00Z"), false);
        return new ArticleAnalysis(id, seq, text, ArticleAnalysis.Status.ANNOTATED, null, ann, found, null, 0, 0);
    }

    private static Found found(String text, String in, Kind kind, GazetteerPlace place, String status) {
        int at = in.indexOf(text);
        return new Found(at, at + text.length(), text, kind == Kind.PERSON ? "PERSON" : kind == Kind.PLACE ? "CITY" : "ORGANIZATION", kind, 0,
                place, status, null);
    }

    private static Set<Long> entities(AnnotatedArticle a) {
        Set<Long> out = new java.util.HashSet<>();
        for (var m : a.mentions()) if (m.entityId() != null) out.add(m.entityId());
        return out;
    }

    @Test
    void aResolvedPlaceIsOneEntityWhateverTheSpelling() {
        MemoryEntities db = new MemoryEntities();
        String t1 = "Troops held Kupiansk.", t2 = "Shelling hit Kupyansk.";
        var a = EntityLinker.link(article("a", 1, t1, List.of(found("Kupiansk", t1, Kind.PLACE, KUPIANSK, "resolved")), List.of()), db);
        var b = EntityLinker.link(article("b", 2, t2, List.of(found("Kupyansk", t2, Kind.PLACE, KUPIANSK, "resolved")), List.of()), db);
        assertThat(entities(a)).isEqualTo(entities(b)).hasSize(1);
        assertThat(db.rows).hasSize(1);
        assertThat(b.mentions().get(0).spelling()).isEqualTo("Kupyansk");
    }

    @Test
    void anAmbiguousPlaceGetsNoEntityButAMissingOneIsKeyedByItsName() {
        MemoryEntities db = new MemoryEntities();
        String t = "Fighting near Synkivka and Alexandria.";
        var a = EntityLinker.link(article("a", 1, t, List.of(found("Synkivka", t, Kind.PLACE, null, "not_in_gazetteer"),
                found("Alexandria", t, Kind.PLACE, null, "ambiguous")), List.of()), db);
        assertThat(a.mentions().get(0).entityId()).isNotNull();
        assertThat(a.mentions().get(1).entityId()).isNull();
        assertThat(a.mentions().get(1).spelling()).isNull();
    }

    @Test
    void aGuessedPlaceCarriesItsConfidenceAndEvidenceToTheStoredMention() {
        MemoryEntities db = new MemoryEntities();
        String t = "Shelling hit Kupiansk.";
        int at = t.indexOf("Kupiansk");
        Found guess = new Found(at, at + 8, "Kupiansk", "CITY", Kind.PLACE, 0, KUPIANSK, "resolved", "population 27169", "Kupiansk",
                0.62, "POPULATION,OUTLET_HOME");
        var a = EntityLinker.link(article("a", 1, t, List.of(guess), List.of()), db);
        assertThat(a.mentions().get(0).placeConfidence()).isEqualTo(0.62);
        assertThat(a.mentions().get(0).placeEvidence()).isEqualTo("POPULATION,OUTLET_HOME");
        assertThat(a.mentions().get(0).entityId()).isNotNull();
    }

    @Test
    void aPlaceGuessedAmongNamesakesKeepsItsConfidenceButGetsNoEntity() {
        MemoryEntities db = new MemoryEntities();
        String t = "Shelling hit Kupiansk.";
        int at = t.indexOf("Kupiansk");
        Found guess = new Found(at, at + 8, "Kupiansk", "CITY", Kind.PLACE, 0, KUPIANSK, ArticleAnalysis.GUESSED,
                "a guess, Kupiansk (UA, Kharkiv, 49.710, 37.616): population 27169", "Kupiansk", 0.51, "POPULATION");
        var a = EntityLinker.link(article("a", 1, t, List.of(guess), List.of()), db);
        assertThat(a.mentions().get(0).entityId()).isNull();
        assertThat(a.mentions().get(0).placeStatus()).isEqualTo("guessed");
        assertThat(a.mentions().get(0).placeConfidence()).isEqualTo(0.51);
        assertThat(db.rows).isEmpty();
    }

    @Test
    void aSurnameAloneInTheArticleJoinsItsFullNameAndTheQuoteFindsItsSpeaker() {
        MemoryEntities db = new MemoryEntities();
        String t = "Volodymyr Fityo, a spokesman, spoke. Fityo said the town held.";
        List<Found> names = new ArrayList<>();
        names.add(found("Volodymyr Fityo", t, Kind.PERSON, null, null));
        int at = t.lastIndexOf("Fityo");
        names.add(new Found(at, at + 5, "Fityo", "PERSON", Kind.PERSON, 0, null, null, null));
        var a = EntityLinker.link(article("a", 1, t, names, List.of(new Quote("the town held", "Fityo", 40, 53, 0))), db);
        assertThat(entities(a)).hasSize(1);
        assertThat(a.quoteSpeakers()).containsExactly(a.mentions().get(0).entityId());
        assertThat(db.rows.values()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Volodymyr Fityo");
            assertThat(r.roles()).contains("spokesman");
        });
    }

    @Test
    void anInflectedNameIsLinkedAndSpeltByItsBaseFormAcrossScripts() {
        MemoryEntities db = new MemoryEntities();
        String en = "Oleksandr Syrskyi, the commander, said the town held.";
        var a = EntityLinker.link(article("a", 1, en, List.of(found("Oleksandr Syrskyi", en, Kind.PERSON, null, null)), List.of()), db);
        // Genitive in Ukrainian: "за словами Олександра Сирського"; the annotator gives the base form.
        String uk = "За словами Олександра Сирського, «місто втримали».";
        int at = uk.indexOf("Олександра Сирського");
        Found inflected = new Found(at, at + "Олександра Сирського".length(), "Олександра Сирського", "PERSON", Kind.PERSON, 0,
                null, null, null, "Олександр Сирський");
        int q = uk.indexOf("місто");
        var b = EntityLinker.link(article("b", 2, uk, List.of(inflected),
                List.of(new Quote("місто втримали", "Олександра Сирського", q, q + 14, 0))), db);
        assertThat(entities(b)).isEqualTo(entities(a)).hasSize(1);
        assertThat(b.mentions().get(0).text()).isEqualTo("Олександра Сирського");
        assertThat(b.mentions().get(0).spelling()).isEqualTo("Олександр Сирський");
        assertThat(b.quoteSpeakers()).containsExactly(b.mentions().get(0).entityId());
    }

    @Test
    void aSurnameKnownAloneGetsTheFullNameOfTheSamePersonLaterWhenTheyShareAPlace() {
        MemoryEntities db = new MemoryEntities();
        String t1 = "In Kupiansk, Fitio said the town held.";
        var a = EntityLinker.link(article("a", 1, t1, List.of(found("Kupiansk", t1, Kind.PLACE, KUPIANSK, "resolved"),
                found("Fitio", t1, Kind.PERSON, null, null)), List.of()), db);
        db.articles.add(entities(a));
        String t2 = "Volodymyr Fityo said Kupiansk held.";
        var b = EntityLinker.link(article("b", 2, t2, List.of(found("Volodymyr Fityo", t2, Kind.PERSON, null, null),
                found("Kupiansk", t2, Kind.PLACE, KUPIANSK, "resolved")), List.of()), db);
        assertThat(entities(b)).isEqualTo(entities(a));
        assertThat(db.rows.values().stream().filter(r -> r.type().equals("PERSON")))
                .singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Volodymyr Fityo"));
    }

    @Test
    void aSkippedArticleCarriesItsReasonAndNoMentions() {
        var a = EntityLinker.link(new ArticleAnalysis("x", 3, "Текст", ArticleAnalysis.Status.SKIPPED, "no annotator for Georgian (ka); stored, searchable and clustered by its words",
                null, List.of(), null, 0, 0), new MemoryEntities());
        assertThat(a.status()).isEqualTo("skipped");
        assertThat(a.reason()).contains("no annotator for Georgian");
        assertThat(a.mentions()).isEmpty();
    }
}
