package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.ClaimReport;
import org.sitrep.claims.Side;
import org.sitrep.geo.Gazetteer;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.PlaceLookup;

/**
 * What the seeds must say of claims (PRODUCT.md, issue 13), whatever the order they arrive in: 004's event shows
 * exactly one dispute, over who holds Kupiansk, Ukraine's General Staff and its Center for Strategic Communications
 * against the Moscow-appointed Vitaly Ganchev; the 2023 event shows none, and its 10 attacks repelled in the Bakhmut
 * direction are corroborated by two independent sources (000 and 003; 001 copies 000); 003's 508 rounds and 18 drones
 * are Fitio's, for Ukraine.
 */
class ClaimSeedsIT {
    private static Gazetteer gazetteer;

    @TempDir
    Path data;

    @BeforeAll
    static void open() throws IOException {
        gazetteer = Understanding.defaultGazetteer();
    }

    @AfterAll
    static void close() {
        if (gazetteer != null) gazetteer.close();
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.require("seeds"))) {
            return s.sorted().toList();
        }
    }

    private static List<String> names(List<Path> order) {
        return order.stream().map(p -> p.getFileName().toString().substring(0, 3)).toList();
    }

    @Test
    void theSeedsClaimsAndTheirOneDisputeWhateverTheOrder() throws IOException {
        List<Path> seeds = seeds();
        List<List<Path>> orders = new ArrayList<>();
        for (int r = 0; r < seeds.size(); r++) {
            List<Path> o = new ArrayList<>(seeds);
            Collections.rotate(o, r);
            orders.add(o);
            List<Path> rev = new ArrayList<>(o);
            Collections.reverse(rev);
            orders.add(rev);
        }
        Random random = new Random(13);
        for (int i = 0; i < 2; i++) {
            List<Path> o = new ArrayList<>(seeds);
            Collections.shuffle(o, random);
            orders.add(o);
        }
        int run = 0;
        for (List<Path> order : orders) check(order, data.resolve("run" + run++));
    }

    private void check(List<Path> order, Path dir) {
        String as = "seeds in the order " + names(order);
        try (Sitrep s = Understanding.open(dir)) {
            for (Path p : order) {
                Understanding.ingest(s, p);
                s.annotate(PlaceLookup.with(gazetteer), new AnnotationPass.Listener() {
                });
                s.placeEvents(true, new EventPass.Listener() {
                });
                s.findClaims(new ClaimPass.Listener() {
                });
            }
            Map<String, String> idOf = new HashMap<>();
            for (var a : s.store().articles(new SitrepStore.ArticleQuery(100, 0, null, null))) {
                idOf.put(a.origin().input().replaceAll(".*/(\\d{3})_.*", "$1"), a.id());
            }
            String e004 = s.eventOf(idOf.get("004")).orElseThrow().getKey();
            String e2023 = s.eventOf(idOf.get("000")).orElseThrow().getKey();
            String e002 = s.eventOf(idOf.get("002")).orElseThrow().getKey();
            String story = s.eventOf(idOf.get("004")).orElseThrow().getValue();

            ClaimReport r004 = s.eventClaims(e004);
            assertThat(r004.disputes()).as(as).hasSize(1);
            ClaimReport.Dispute d = r004.disputes().get(0);
            assertThat(d.kind()).isEqualTo(ClaimKind.CONTROL);
            assertThat(d.place().geonameId()).as(as).isEqualTo(703656L);
            Map<String, List<Claim>> byAnswer = new HashMap<>();
            for (ClaimReport.Position p : d.positions()) {
                for (int g : p.groups()) byAnswer.computeIfAbsent(p.answer(), k -> new ArrayList<>()).add(r004.groups().get(g).claim());
                for (int g : p.groups()) assertThat(r004.groups().get(g).articles()).as(as).containsExactly(idOf.get("004"));
            }
            assertThat(byAnswer).as(as).containsOnlyKeys("held by Ukraine", "held by Russia");
            assertThat(byAnswer.get("held by Ukraine")).as(as).allSatisfy(c -> assertThat(c.side()).isEqualTo(Side.UKRAINE))
                    .extracting(c -> c.speaker().name())
                    .anySatisfy(n -> assertThat(n).contains("General Staff"))
                    .anySatisfy(n -> assertThat(n).contains("Center for Strategic Communications"));
            assertThat(byAnswer.get("held by Russia")).as(as).allSatisfy(c -> assertThat(c.side()).isEqualTo(Side.RUSSIA))
                    .extracting(c -> c.speaker().name()).contains("Vitaly Ganchev");
            Claim ganchev = byAnswer.get("held by Russia").stream().filter(c -> c.speaker().name().equals("Vitaly Ganchev")).findFirst().orElseThrow();
            assertThat(ganchev.sideBasis()).as("his side is read from 'appointed by Moscow'").contains("Moscow");
            assertThat(s.claimSummary(e004).disputes()).as("the pass stored the summary").isEqualTo(1);

            ClaimReport r2023 = s.eventClaims(e2023);
            assertThat(r2023.disputes()).as(as).isEmpty();
            ClaimReport.Group ten = r2023.groups().stream()
                    .filter(g -> g.claim().kind() == ClaimKind.ATTACK && g.claim().quantity() != null && g.claim().quantity().value() == 10)
                    .findFirst().orElseThrow(() -> new AssertionError("no claim of 10 attacks: " + as));
            assertThat(ten.articles()).as(as).contains(idOf.get("000"), idOf.get("003"));
            assertThat(ten.independentSources()).as(as + ": 001 copies 000").isEqualTo(2);
            assertThat(ten.claim().place()).isNotNull();
            assertThat(ten.claims()).extracting(c -> c.speaker().name()).as(as).anySatisfy(n -> assertThat(n).contains("General Staff"))
                    .anySatisfy(n -> assertThat(n).contains("Fitio"));
            for (double n : new double[] {508, 18}) {
                Claim c = r2023.groups().stream().map(ClaimReport.Group::claim)
                        .filter(x -> x.quantity() != null && x.quantity().value() == n && x.articleId().equals(idOf.get("003")))
                        .findFirst().orElseThrow(() -> new AssertionError("no claim of " + n + " in 003: " + as));
                assertThat(c.speaker().name()).isEqualTo("Fitio");
                assertThat(c.side()).isEqualTo(Side.UKRAINE);
                assertThat(c.kind()).isEqualTo(ClaimKind.LAUNCHED);
            }
            assertThat(s.eventClaims(e002).disputes()).as(as).isEmpty();
            assertThat(s.storyClaims(story).disputes()).as(as + ": the story shows the one dispute").hasSize(1);
        }
    }
}
