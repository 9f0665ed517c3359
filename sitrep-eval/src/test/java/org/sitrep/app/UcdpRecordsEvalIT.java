package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.copies.Fingerprinter;
import org.sitrep.eval.Gazetteers;
import org.sitrep.geo.Gazetteer;
import org.sitrep.ingest.FieldMapping;
import org.sitrep.model.Article;
import org.sitrep.records.EventRecord;
import org.sitrep.store.SitrepStore;
import org.sitrep.testkit.SharedData;
import org.sitrep.understand.PlaceLookup;

/**
 * Event records from UCDP's source headlines (issue 21; BENCHMARKS.md "Event records"). Reproduce: {@code ./run-tests
 * --bench UcdpRecordsEvalIT}; writes {@code target/ucdp-records-eval.md}.
 *
 * <p>The 894 UCDP GED/Candidate events of 2022–23 in {@code ../shared/data/conflict-events/ucdp-ged-ukraine-peacerep}
 * (file of 2023-05-03) each carry the headlines UCDP coded them from. The first headline of each event, published on
 * its first source date by its first source office, goes through the whole pipeline as an article of its own (the
 * headline is all its text); the main record of that article alone ({@link Sitrep#articleRecords}) is compared with
 * UCDP's coding: the date (exact, and within a day), the place (within 25 km of UCDP's point) and the deaths (best
 * exact; best within UCDP's low–high). A headline UCDP split into several events (one per place) is scored against
 * each, and again as one headline against the sum of its events. Nothing was tuned on this set.
 */
class UcdpRecordsEvalIT {
    static final double MARGIN = 0.03;
    static final double DATE_WITHIN_A_DAY = 0.784;
    static final double PLACE_WITHIN_25KM = 0.276;
    static final double DEATHS_IN_RANGE_HEADLINES = 0.153;

    @TempDir
    Path data;

    /** {@code wherePrec}: UCDP's where_prec (1 exact place, 2 within 25 km, 3 second-order region, 4 first-order, 5–7 coarser). */
    record Row(String headline, LocalDate published, String office, LocalDate start, double lat, double lon, int best, int low, int high,
               int wherePrec) {
    }

    static List<Row> rows() throws IOException {
        Path file = SharedData.require("data/conflict-events/ucdp-ged-ukraine-peacerep/UCDP-Ukraine_2023-05-03.csv");
        List<List<String>> table = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> head = table.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < head.size(); i++) col.put(head.get(i), i);
        List<Row> out = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            if (r.size() < head.size()) continue;
            String year = r.get(col.get("year"));
            if (!year.equals("2022") && !year.equals("2023")) continue;
            String headline = r.get(col.get("source_headline")).split(";")[0].strip();
            if (headline.isEmpty()) continue;
            out.add(new Row(headline, sourceDate(r.get(col.get("source_date")).split(";")[0].strip()), r.get(col.get("source_office")).split(";")[0].strip(),
                    eventDate(r.get(col.get("date_start"))), Double.parseDouble(r.get(col.get("latitude"))), Double.parseDouble(r.get(col.get("longitude"))),
                    Integer.parseInt(r.get(col.get("best"))), Integer.parseInt(r.get(col.get("low"))), Integer.parseInt(r.get(col.get("high"))),
                    Integer.parseInt(r.get(col.get("where_prec")))));
        }
        return out;
    }

    /** {@code 2022-09-01} or {@code 01/09/2022} (day first, as the file writes source dates). */
    static LocalDate sourceDate(String s) {
        if (s.contains("-")) return LocalDate.parse(s.substring(0, 10));
        return LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** {@code 09/01/2022 00:00} or {@code 8/31/2022 12:00:00 AM} (month first). */
    static LocalDate eventDate(String s) {
        return LocalDate.parse(s.strip().split(" ")[0], DateTimeFormatter.ofPattern("M/d/yyyy"));
    }

    @Test
    void recordsFromUcdpHeadlines() throws IOException {
        List<Row> rows = rows();
        ObjectMapper json = new ObjectMapper();
        Path input = data.resolve("ucdp-headlines.jsonl");
        Map<String, Row> firstOf = new LinkedHashMap<>();
        try (Writer w = Files.newBufferedWriter(input)) {
            for (Row r : rows) {
                String key = r.headline() + "\u0000" + r.published();
                if (firstOf.putIfAbsent(key, r) != null) continue;
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("text", r.headline());
                item.put("published", r.published().toString());
                item.put("outlet", r.office());
                item.put("url", "https://ucdp.example/" + firstOf.size());
                w.write(json.writeValueAsString(item));
                w.write('\n');
            }
        }
        Map<String, String> idOf = new LinkedHashMap<>();
        long t0, t1, t2;
        double typeSeconds;
        try (Gazetteer g = Gazetteers.defaultGazetteer(); Sitrep s = Sitrep.open(data.resolve("store"), FieldMapping.standard(), Fingerprinter.sketchesOnly())) {
            s.ingestion().run(List.of(input.toString()), new Ingestion.Listener() {
            });
            t0 = System.nanoTime();
            s.annotate(PlaceLookup.with(g), new AnnotationPass.Listener() {
            });
            t1 = System.nanoTime();
            s.placeEvents(true, new EventPass.Listener() {
            });
            s.findClaims(new ClaimPass.Listener() {
            });
            t2 = System.nanoTime();
            typeSeconds = s.findTypes(new TypePass.Listener() {
            }).seconds();
            for (Article a : s.store().articles(new SitrepStore.ArticleQuery(100_000, 0, null, null))) {
                idOf.put(a.text().strip() + "\u0000" + LocalDate.ofInstant(a.published().instant(), java.time.ZoneOffset.UTC), a.id());
            }
            int n = 0, dateExact = 0, dateDay = 0, placed = 0, near = 0, bestExact = 0, bestInRange = 0, missing = 0, precisionAgrees = 0;
            Map<String, int[]> perHeadline = new LinkedHashMap<>(); // best, low, high, any near
            Map<String, EventRecord> recordOf = new LinkedHashMap<>();
            for (Row r : rows) {
                String key = r.headline() + "\u0000" + r.published();
                String id = idOf.get(key);
                n++;
                if (id == null) {
                    missing++;
                    continue;
                }
                EventRecord rec = recordOf.computeIfAbsent(key, k -> s.articleRecords(id).get(0));
                if (rec.eventDate() != null && rec.eventDate().equals(r.start())) dateExact++;
                if (rec.eventDate() != null && Math.abs(rec.eventDate().toEpochDay() - r.start().toEpochDay()) <= 1) dateDay++;
                boolean isNear = false;
                if (rec.location() != null && rec.location().latitude() != null) {
                    placed++;
                    int theirs = r.wherePrec() <= 2 ? r.wherePrec() : 3;
                    if (rec.geoPrecision() != null && rec.geoPrecision() == theirs) precisionAgrees++;
                    isNear = km(rec.location().latitude(), rec.location().longitude(), r.lat(), r.lon()) <= 25;
                    if (isNear) near++;
                }
                int best = rec.fatalities().best();
                if (best == r.best()) bestExact++;
                if (best >= r.low() && best <= r.high()) bestInRange++;
                int[] h = perHeadline.computeIfAbsent(key, k -> new int[4]);
                h[0] += r.best();
                h[1] += r.low();
                h[2] += r.high();
                if (isNear) h[3] = 1;
            }
            int headlines = 0, hExact = 0, hRange = 0, hNear = 0, hDeaths = 0, hFound = 0;
            for (Map.Entry<String, int[]> e : perHeadline.entrySet()) {
                headlines++;
                int best = recordOf.get(e.getKey()).fatalities().best();
                if (best == e.getValue()[0]) hExact++;
                if (best >= e.getValue()[1] && best <= e.getValue()[2]) hRange++;
                if (e.getValue()[3] == 1) hNear++;
                if (e.getValue()[0] > 0) hDeaths++;
                if (best > 0) hFound++;
            }
            StringBuilder md = new StringBuilder("# Event records from UCDP source headlines (2022–23, file of 2023-05-03)\n\n");
            md.append(String.format(Locale.ROOT, "%d UCDP events, %d distinct headlines (%d not stored: rejected or merged as identical text)%n%n",
                    n, headlines, missing));
            md.append("| measure | per UCDP event | per headline (its events summed) |\n|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| date exact | %s | |%n", pct(dateExact, n)));
            md.append(String.format(Locale.ROOT, "| date within 1 day | %s | |%n", pct(dateDay, n)));
            md.append(String.format(Locale.ROOT, "| record has a located place | %s | |%n", pct(placed, n)));
            md.append(String.format(Locale.ROOT, "| place within 25 km | %s | %s (of any of its events) |%n", pct(near, n), pct(hNear, headlines)));
            md.append(String.format(Locale.ROOT, "| geo_precision = UCDP's where_prec (1, 2, 3+ as 3), of those placed | %s | |%n", pct(precisionAgrees, placed)));
            md.append(String.format(Locale.ROOT, "| deaths: best exact | %s | %s |%n", pct(bestExact, n), pct(hExact, headlines)));
            md.append(String.format(Locale.ROOT, "| deaths: best within UCDP low–high | %s | %s |%n", pct(bestInRange, n), pct(hRange, headlines)));
            md.append(String.format(Locale.ROOT, "| headlines with deaths per UCDP / with a death count found | | %d / %d |%n", hDeaths, hFound));
            md.append(String.format(Locale.ROOT, "%nCost: annotation %.1f s, events + claims %.1f s, types %.2f s.%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, typeSeconds));
            Path out = Path.of("target/ucdp-records-eval.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md.toString());
            System.out.println(md);
            assertThat(dateDay / (double) n).isGreaterThanOrEqualTo(DATE_WITHIN_A_DAY - MARGIN);
            assertThat(near / (double) n).isGreaterThanOrEqualTo(PLACE_WITHIN_25KM - MARGIN);
            assertThat(hRange / (double) headlines).isGreaterThanOrEqualTo(DEATHS_IN_RANGE_HEADLINES - MARGIN);
        }
    }

    private static String pct(int k, int n) {
        return String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * k / Math.max(1, n), k, n);
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.sitrep.geo.Geo.distanceKm(lat1, lon1, lat2, lon2);
    }


    /** RFC 4180 CSV: quoted fields with doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    f.append(c);
                }
            }
            if (!f.isEmpty() || !row.isEmpty()) {
                row.add(f.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
