package org.sitrep.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Gazetteers;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.Geo;
import org.sitrep.model.Article;
import org.sitrep.model.Origin;
import org.sitrep.model.SourceFormat;
import org.sitrep.nlp.EnglishAnnotator;
import org.sitrep.testkit.Articles;
import org.sitrep.testkit.SharedData;

/**
 * Places named in Ukrainian war reporting, hand-resolved ({@code places/ukraine-toponyms.tsv}: how and by whom is in
 * its header), through Sitrep's real path as the annotation pass runs it: CoreNLP mentions, {@link ArticleAnalysis},
 * {@link org.sitrep.geo.PlaceResolver} over the default gazetteer. A gold mention counts as placed within D km when a
 * place found by the pipeline overlaps its span and lies within D km of the gold point; unrecognised and unresolved
 * mentions are misses. Reports accuracy @10 km and @161 km over all gold mentions with coordinates and per kind
 * (settlement, region, water, landmark, district), and how many of them the default gazetteer holds at all (a name
 * of the mention's key within 10 km of the gold point; 161 km for regions and water). Writes
 * {@code target/ukraine-toponyms.md} and every miss to {@code target/ukraine-toponyms-misses.tsv}. Fails when a
 * figure falls more than {@link #MARGIN} below BENCHMARKS.md's. Reproduce:
 * {@code ./run-tests --bench UkraineToponymsEvalIT}.
 */
class UkraineToponymsEvalIT {
    private static final String GOLD = "/places/ukraine-toponyms.tsv";
    /** How far a figure (a fraction) may fall below its BENCHMARKS.md value. */
    private static final double MARGIN = 0.015;

    record Gold(String file, int start, int end, String surface, Double lat, Double lon, String kind, String note) {
        boolean hasPoint() {
            return lat != null;
        }

        /** How far a point may be from the gold one and still be the place, for the coverage count. */
        double sameKm() {
            return kind.equals("region") || kind.equals("water") ? 161 : 10;
        }
    }

    static final class Tally {
        long gold;
        long recognised;
        long within10;
        long within161;
        long inGazetteer;

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, gold, share(recognised),
                    share(within10), share(within161), share(inGazetteer));
        }

        private String share(long n) {
            return String.format(Locale.ROOT, "%.3f (%d)", gold == 0 ? 0 : n / (double) gold, n);
        }
    }

    @Test
    void placesUkrainianWarToponymsEndToEnd() throws Exception {
        List<Gold> gold = read();
        Map<String, List<Gold>> byFile = new LinkedHashMap<>();
        for (Gold g : gold) byFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("all", new Tally());
        StringBuilder misses = new StringBuilder("file\tstart\tsurface\tkind\tgold lat\tgold lon\tfound\tkm\tstatus\n");
        try (Gazetteer g = Gazetteers.defaultGazetteer(); PlaceLookup places = PlaceLookup.with(g)) {
            EnglishAnnotator nlp = EnglishAnnotator.shared();
            int n = 0;
            for (var e : byFile.entrySet()) {
                String text = Files.readString(SharedData.require(e.getKey()), StandardCharsets.UTF_8);
                Article a = Articles.article("ua" + n).origin(new Origin(e.getKey(), "file", SourceFormat.TEXT))
                        .fetched(Instant.parse("2024-01-01T00:00:00Z")).text(text).build();
                ArticleAnalysis an = ArticleAnalysis.of(a, n++, lang -> Optional.of(nlp), places);
                List<ArticleAnalysis.Found> found = an.found().stream()
                        .filter(f -> f.kind() == ArticleAnalysis.Kind.PLACE).toList();
                for (Gold x : e.getValue()) {
                    assertThat(text.substring(x.start(), x.end())).as("span %d-%d of %s", x.start(), x.end(), x.file())
                            .isEqualTo(x.surface());
                    if (!x.hasPoint()) continue;
                    ArticleAnalysis.Found hit = found.stream().filter(f -> f.start() < x.end() && x.start() < f.end())
                            .findFirst().orElse(null);
                    GazetteerPlace p = hit == null ? null : hit.place();
                    double km = p == null ? Double.NaN : Geo.distanceKm(x.lat(), x.lon(), p.latitude(), p.longitude());
                    boolean covered = g.lookup(x.surface()).stream().anyMatch(c -> Geo.distanceKm(x.lat(), x.lon(),
                            c.place().latitude(), c.place().longitude()) <= x.sameKm());
                    for (Tally t : List.of(tallies.get("all"), tallies.computeIfAbsent(x.kind(), k -> new Tally()))) {
                        t.gold++;
                        if (hit != null) t.recognised++;
                        if (km <= 10) t.within10++;
                        if (km <= 161) t.within161++;
                        if (covered) t.inGazetteer++;
                    }
                    if (!(km <= 10)) {
                        misses.append(String.join("\t", x.file(), String.valueOf(x.start()), x.surface(), x.kind(),
                                String.valueOf(x.lat()), String.valueOf(x.lon()),
                                p == null ? "" : p.name() + " (" + p.countryCode() + ", " + p.featureCode() + ")",
                                p == null ? "" : String.format(Locale.ROOT, "%.0f", km),
                                hit == null ? "not recognised" : hit.placeStatus() + ": " + hit.placeDetail()))
                                .append('\n');
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Ukrainian war toponyms, %d hand-resolved mentions with a point in %d "
                + "English reports, default gazetteer.%n%n", tallies.get("all").gold, byFile.size()));
        md.append("| kind | mentions | recognised as a place | within 10 km | within 161 km | gazetteer has it |\n");
        md.append("|---|---|---|---|---|---|\n");
        tallies.forEach((k, v) -> md.append(v.row(k)));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ukraine-toponyms.md"), md.toString());
        Files.writeString(Path.of("target/ukraine-toponyms-misses.tsv"), misses.toString());
        System.out.println(md);

        Tally all = tallies.get("all");
        assertThat(all.gold).as("gold mentions with a point (the TSV)").isEqualTo(320);
        // The figures of BENCHMARKS.md ("Ukrainian war toponyms"), each with the margin.
        atLeast(all.within10 / (double) all.gold, 0.516, "within 10 km, all mentions");
        atLeast(all.within161 / (double) all.gold, 0.819, "within 161 km, all mentions");
        atLeast(tallies.get("settlement").within10 / (double) tallies.get("settlement").gold, 0.865,
                "within 10 km, settlements");
        atLeast(tallies.get("region").within161 / (double) tallies.get("region").gold, 0.836,
                "within 161 km, regions");
    }

    private static void atLeast(double measured, double benchmarks, String what) {
        assertThat(measured).as("%s (BENCHMARKS.md: %.3f, margin %.3f)", what, benchmarks, MARGIN)
                .isGreaterThanOrEqualTo(benchmarks - MARGIN);
    }

    private static List<Gold> read() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = UkraineToponymsEvalIT.class.getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 9) throw new IllegalStateException(GOLD + ": not 9 columns: " + line);
                out.add(new Gold(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
                        f[4].isEmpty() ? null : Double.valueOf(f[4]), f[5].isEmpty() ? null : Double.valueOf(f[5]), f[7], f[8]));
            }
        }
        return out;
    }
}
