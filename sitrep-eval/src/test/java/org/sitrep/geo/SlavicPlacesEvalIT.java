package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Gazetteers;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.testkit.SharedData;

/**
 * Places named in inflected Ukrainian, Russian and Polish (issue 20): accuracy@10 km of the resolver on case forms of
 * real Ukrainian village and town names.
 *
 * <p>The sample: {@value #SAMPLE} distinct places (one-word name, region, point rounded to 0.01°) drawn with seed
 * {@value #SEED} from the GeoNames postal file for Ukraine (UA.txt, Ukrainian names), split into two halves by the
 * same seed: the develop half (used while writing the rules) and the confirm half (reported as the figure). Few of
 * them have Russian or Polish names, so for those languages the draw goes on in the same order until
 * {@value #OTHER_SAMPLE} places with each. Each
 * place is declined by {@link SlavicDeclension} (a forward generator, not the resolver's de-inflection) into the
 * locative, genitive and instrumental, each in its own one-sentence article ("у селі Кліщіївці", "біля Кліщіївки",
 * "під Кліщіївкою"), typed LOC; and the locative once more with the oblast named ("у селі Кліщіївці Донецької
 * області", row uk+oblast). Russian and Polish: for the sampled places that the default gazetteer has (same
 * name key within 10 km) and that carry a Russian name (Cyrillic without Ukrainian letters) or a Polish one (Latin
 * with a Polish letter, or with w and without German sch/v) among its alternate names, the same three cases in
 * those languages. A mention is a hit when it resolves within 10 km of the postal point; unresolved is a miss.
 *
 * <p>Configurations: (a) the default gazetteer (cities500: towns and larger villages), (b) the default gazetteer
 * with UA.txt imported, each (c) again without the de-inflection ({@link PlaceResolver#withoutSlavicInflections()}),
 * the baseline. Fails when a confirm-half figure with de-inflection falls below its floor.
 */
class SlavicPlacesEvalIT {
    private static final long SEED = 20;
    private static final int SAMPLE = 600;
    /** Places with a Russian (and, separately, a Polish) name, drawn in the same seeded order. */
    private static final int OTHER_SAMPLE = 150;
    private static final double HIT_KM = 10;

    record Place(String name, String admin1, double lat, double lon) {
    }

    /** @param nominative the name as the gazetteer would write it, for the ceiling column */
    record Mention(String language, int half, String form, String sentence, Place truth, String nominative) {
    }

    @Test
    void reportsAccuracyOnInflectedPlaceNames() throws Exception {
        Path postal = SharedData.require("data/gazetteer/geonames-postal-UA/UA.txt");
        List<Place> places = distinctPlaces(postal);
        Collections.shuffle(places, new Random(SEED));
        assertThat(places).hasSizeGreaterThanOrEqualTo(SAMPLE);

        Path dir = Gazetteers.cacheDir();
        List<Mention> mentions = new ArrayList<>();
        int skipped = 0;
        int withRussian = 0;
        int withPolish = 0;
        try (Gazetteer g = Gazetteers.defaultGazetteer();
             Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + DefaultGazetteer.file(dir) + "?mode=ro");
             PreparedStatement names = db.prepareStatement("SELECT name FROM names WHERE id = ? ORDER BY name")) {
            Random halves = new Random(SEED);
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int i = 0; i < places.size(); i++) {
                if (i >= SAMPLE && withRussian >= OTHER_SAMPLE && withPolish >= OTHER_SAMPLE) break;
                Place p = places.get(i);
                int half = halves.nextInt(2);
                if (i < SAMPLE) {
                    List<SlavicDeclension.Form> uk = SlavicDeclension.ukrainian(p.name, i % 2 == 0);
                    if (uk.isEmpty()) skipped++;
                    for (var f : uk) mentions.add(new Mention("uk", half, f.form(), f.sentence(), p, p.name));
                    // The same locative with the oblast named, as a report usually does: the region cues at work.
                    String oblast = SlavicDeclension.ukrainianOblastGenitive(p.admin1);
                    if (!uk.isEmpty() && oblast != null) {
                        String loc = uk.get(0).form();
                        mentions.add(new Mention("uk+oblast", half, loc, "За даними ОВА, у селі " + loc + " " + oblast
                                + " пошкоджено кілька будинків.", p, p.name));
                    }
                }
                // Russian and Polish names of the same place, from the default gazetteer's alternate names.
                GazetteerPlace known = null;
                for (NameMatch c : g.lookup(p.name)) {
                    if (Geo.distanceKm(p.lat, p.lon, c.place().latitude(), c.place().longitude()) <= HIT_KM) {
                        known = c.place();
                        break;
                    }
                }
                if (known == null || !seen.add(known.id())) continue;
                String russian = null;
                String polish = null;
                names.setLong(1, known.id());
                try (ResultSet rs = names.executeQuery()) {
                    while (rs.next()) {
                        String n = rs.getString(1);
                        if (n.contains(" ") || n.contains("-")) continue;
                        if (russian == null && isRussian(n)) russian = n;
                        if (polish == null && isPolish(n)) polish = n;
                    }
                }
                if (russian != null && withRussian < OTHER_SAMPLE) {
                    withRussian++;
                    for (var f : SlavicDeclension.russian(russian)) {
                        mentions.add(new Mention("ru", half, f.form(), f.sentence(), p, russian));
                    }
                }
                if (polish != null && withPolish < OTHER_SAMPLE) {
                    withPolish++;
                    for (var f : SlavicDeclension.polish(polish)) {
                        mentions.add(new Mention("pl", half, f.form(), f.sentence(), p, polish));
                    }
                }
            }
            System.out.printf("Slavic places: %d sampled places (seed %d), %d without a Ukrainian paradigm; in the same"
                    + " order, the first %d with a Russian and %d with a Polish name in the default gazetteer; %d"
                    + " mentions%n", SAMPLE, SEED, skipped, withRussian, withPolish, mentions.size());
            measure("a default", g, mentions);
        }
        Path plus = defaultPlusPostal(dir, postal);
        try (Gazetteer g = Gazetteer.open(plus)) {
            measure("b default+postal", g, mentions);
        }
    }

    /**
     * The examples of issue 20 on the default gazetteer: case forms in three languages resolve to Kupiansk, Kharkiv,
     * Avdiivka, Zaporizhzhia and Odesa, and region phrases to the region (its record or its seat).
     */
    @Test
    void issueExamplesResolveOnTheDefaultGazetteer() throws Exception {
        try (Gazetteer g = Gazetteers.defaultGazetteer()) {
            PlaceResolver r = new PlaceResolver(g);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("Куп'янську|Бої тривають у Куп'янську.", "Kupiansk");
            expected.put("Купянска|Бои идут около Купянска.", "Kupiansk");
            expected.put("Kupiańska|Walki trwają koło Kupiańska.", "Kupiansk");
            expected.put("Kupiańsku|Walki trwają w Kupiańsku.", "Kupiansk");
            expected.put("Харкові|Вибухи пролунали у Харкові.", "Kharkiv");
            expected.put("Авдіївці|Бої в Авдіївці Донецької області тривають.", "Avdiivka");
            expected.put("Запоріжжі|Тривога в Запоріжжі.", "Zaporizhzhya");
            // Alone, "w Odessie" goes to Odessa, Texas: its main name is spelt so, while Odesa is Odessa only by an
            // alternate name (the resolver's prior, the same for an English "Odessa"); the region tells.
            expected.put("Odessie|Eksplozje w Odessie i w obwodzie odeskim.", "Odesa");
            // A region goes to its ADM1 record or, as the English "Kharkiv region" does, to its seat, named as a
            // region (pass 1 picks the ADM1 record, which then counts as an anchor 22 km from the seat).
            expected.put("Харківській області|Обстріли в Харківській області.", "Kharkiv or ADM1 07");
            expected.put("Харьковской области|Обстрелы в Харьковской области.", "Kharkiv or ADM1 07");
            expected.put("Донецькій області|Бої у Донецькій області.", "Donetsk or ADM1 05");
            for (var e : expected.entrySet()) {
                String[] f = e.getKey().split("\\|", 2);
                int at = f[1].indexOf(f[0]);
                PlaceResolution res = r.resolve(List.of(new PlaceMention(f[0], at, at + f[0].length(), f[1], "LOC")))
                        .get(0);
                assertThat(res).as(e.getKey() + " -> " + res).isInstanceOf(PlaceResolution.Resolved.class);
                GazetteerPlace p = ((PlaceResolution.Resolved) res).place();
                List<String> accepted = List.of(e.getValue().split(" or "));
                String got = "ADM1".equals(p.featureCode()) ? "ADM1 " + p.admin1Code() : p.name();
                assertThat(accepted).as(e.getKey() + " -> " + res).contains(got);
            }
        }
    }

    /** Runs every mention with and without de-inflection; prints and checks the figures. */
    private static void measure(String config, Gazetteer g, List<Mention> mentions) {
        PlaceResolver full = new PlaceResolver(g);
        PlaceResolver baseline = full.withoutSlavicInflections();
        Map<String, int[]> counts = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Mention m : mentions) {
            int at = m.sentence.indexOf(m.form);
            PlaceMention pm = new PlaceMention(m.form, at, at + m.form.length(), m.sentence, "LOC");
            boolean hit = hit(full.resolve(List.of(pm)).get(0), m.truth);
            boolean baseHit = hit(baseline.resolve(List.of(pm)).get(0), m.truth);
            // A reference: the same sentence with the name in the nominative (looked up by its key alone, so it can
            // score below the de-inflected form, whose guesses prefer places spelt so).
            String nominativeSentence = m.sentence.substring(0, at) + m.nominative
                    + m.sentence.substring(at + m.form.length());
            PlaceMention nom = new PlaceMention(m.nominative, at, at + m.nominative.length(), nominativeSentence, "LOC");
            boolean nomHit = hit(baseline.resolve(List.of(nom)).get(0), m.truth);
            int[] c = counts.computeIfAbsent(m.language + " " + (m.half == 0 ? "develop" : "confirm"), k -> new int[4]);
            c[0]++;
            if (hit) c[1]++;
            if (baseHit) c[2]++;
            if (nomHit) c[3]++;
            // -Dslavic.misses=true lists the develop half's misses that the nominative would have hit.
            if (!hit && nomHit && m.half == 0 && Boolean.getBoolean("slavic.misses")) {
                System.out.println("MISS " + config + " " + m.language + " " + m.form + " (" + m.nominative + "): "
                        + full.resolve(List.of(pm)).get(0).toString().replaceAll("PlaceMention\\[.*?nerType=LOC\\], ", ""));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (var e : new TreeMap<>(counts).entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "Slavic places %s, %s: %d mentions; accuracy@10km %.1f%% with"
                            + " de-inflection, %.1f%% without (c); %.1f%% with the name in the nominative (reference)%n",
                    config, e.getKey(), c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], 100.0 * c[3] / c[0]);
        }
        System.out.printf(Locale.ROOT, "Slavic places %s: %d mentions resolved twice in %.1f s%n", config,
                mentions.size(), seconds);
        for (var e : FLOORS.entrySet()) {
            if (!e.getKey().startsWith(config + " ")) continue;
            int[] c = counts.get(e.getKey().substring(config.length() + 1));
            assertThat(c).as(e.getKey()).isNotNull();
            assertThat(100.0 * c[1] / c[0]).as(e.getKey() + " accuracy@10km with de-inflection")
                    .isGreaterThanOrEqualTo(e.getValue());
        }
    }

    /**
     * Floors about three points under the confirm-half figures measured on 2026-12-06 (with de-inflection): a default
     * uk 3.7 %, uk+oblast 4.3 %, ru 77.2 %, pl 90.1 %; b default+postal uk 49.8 %, uk+oblast 68.0 %, ru 77.2 %,
     * pl 90.1 %.
     */
    private static final Map<String, Double> FLOORS = Map.of(
            "a default uk confirm", 2.5, "a default uk+oblast confirm", 3.0, "a default ru confirm", 74.0,
            "a default pl confirm", 87.0, "b default+postal uk confirm", 47.0, "b default+postal uk+oblast confirm",
            65.0, "b default+postal ru confirm", 74.0, "b default+postal pl confirm", 87.0);

    private static boolean hit(PlaceResolution r, Place truth) {
        return r instanceof PlaceResolution.Resolved res
                && Geo.distanceKm(truth.lat, truth.lon, res.place().latitude(), res.place().longitude()) <= HIT_KM;
    }

    /** Cyrillic, and none of the letters Ukrainian, Belarusian or the South Slavic languages have and Russian lacks. */
    static boolean isRussian(String n) {
        if (!SlavicInflections.isCyrillic(n)) return false;
        for (char c : n.toLowerCase(Locale.ROOT).toCharArray()) {
            if ("іїєґўјљњћђџѓќѕ'ʼ’".indexOf(c) >= 0) return false;
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) return false;
        }
        return true;
    }

    /** Capitalised Latin with a Polish letter, or with w and without German sch/tsch, v, umlauts. */
    static boolean isPolish(String n) {
        if (SlavicInflections.isCyrillic(n) || n.isEmpty() || !Character.isUpperCase(n.charAt(0))) return false;
        String l = n.toLowerCase(Locale.ROOT);
        if (!l.chars().allMatch(c -> Character.isLetter(c) || c == '\'')) return false;
        if (!l.chars().allMatch(c -> c < 0x80 || "ąćęłńóśźż".indexOf(c) >= 0)) return false;
        if (SlavicInflections.looksPolish(l)) return true;
        return l.contains("w") && !l.contains("sch") && !l.contains("v") && !l.contains("q");
    }

    /** The distinct one-word places of the postal file: name, region code, point rounded to 0.01°. */
    private static List<Place> distinctPlaces(Path postal) throws Exception {
        Map<String, Place> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(postal)) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || f[9].isBlank() || f[10].isBlank()) continue;
            String name = f[2].strip();
            if (name.contains(" ") || !SlavicInflections.isCyrillic(name)) continue;
            double lat = Double.parseDouble(f[9]);
            double lon = Double.parseDouble(f[10]);
            String key = name + "|" + f[4] + "|" + Math.round(lat * 100) + "|" + Math.round(lon * 100);
            out.putIfAbsent(key, new Place(name, f[4], lat, lon));
        }
        return new ArrayList<>(out.values());
    }

    /** The default gazetteer with UA.txt imported, built once per cache (rebuilt when the default one is newer). */
    private static Path defaultPlusPostal(Path dir, Path postal) throws Exception {
        Path out = dir.resolve("default-plus-postal-UA.sqlite");
        DefaultGazetteer.ensure(dir).close();
        if (Files.isRegularFile(out) && !Files.getLastModifiedTime(out).toInstant()
                .isBefore(Files.getLastModifiedTime(DefaultGazetteer.file(dir)).toInstant())) {
            return out;
        }
        Path partial = dir.resolve("default-plus-postal-UA.partial");
        Files.copy(DefaultGazetteer.file(dir), partial, StandardCopyOption.REPLACE_EXISTING);
        GazetteerImport.importFile(postal, partial);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }
}
