package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.app.TypePass;
import org.sitrep.json.RecordJson;
import org.sitrep.records.EventRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep records}: the ACLED-style records of a page of events, as a table, JSON or CSV. */
@Command(name = "records", description = {"Event records in the manner of ACLED for a page of events (as `sitrep events`):",
        "date and time precision, event and sub-event type, actors, place with geo",
        "precision, fatalities low/best/high, independent sources, disputed. An event",
        "whose articles report violence at places far apart gives a record per place.",
        "The filter options choose the events; --type and --disputed also the records. --json: {total_events,",
        "limit, offset, items[record]}; --csv: one row per record."})
final class RecordsCommand implements Callable<Integer> {
    static final String GEONAMES = "GeoNames (CC-BY 4.0), geonames.org";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--min", defaultValue = "1", paramLabel = "N", description = "Only events of at least N articles.")
    int min;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many events (default 50).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many events.")
    int offset;

    @picocli.CommandLine.Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV, one row per record (ACLED's column names where it has one).")
    boolean csv;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0 || min < 1) throw new IllegalArgumentException("--limit and --min must be at least 1 and --offset at least 0");
        if (json && csv) throw new IllegalArgumentException("--json and --csv exclude each other");
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = main.read()) {
            Sitrep.RecordPage page = sitrep.desk().records(filters.filter(), min, limit, offset);
            if (json) {
                Output.json(out, RecordJson.page(page.totalEvents(), page.records(), limit, offset, GEONAMES));
            } else if (csv) {
                csv(out, page.records());
            } else {
                print(out, page.records());
                if (page.totalEvents() > offset + page.events()) {
                    out.printf("… records of %d of %d events shown; --offset %d for more.%n", page.events(), page.totalEvents(), offset + page.events());
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<EventRecord> records) {
        out.printf("%-18s %-3s %-10s %-2s %-34s %-24s %-2s %-14s %-14s %-9s %-4s %s%n", "EVENT", "#", "DATE", "TP", "SUB-EVENT TYPE", "LOCATION",
                "GP", "ACTOR 1", "ACTOR 2", "KILLED", "SRC", "DISPUTED");
        for (EventRecord r : records) {
            EventRecord.Fatalities f = r.fatalities();
            String killed = f.low() == f.high() ? String.valueOf(f.best()) : f.low() + "/" + f.best() + "/" + f.high();
            out.printf("%-18s %-3d %-10s %-2s %-34s %-24s %-2s %-14s %-14s %-9s %-4d %s%n", r.eventId(), r.index(),
                    r.eventDate() == null ? "undated" : r.eventDate(), r.timePrecision() == null ? "-" : r.timePrecision(),
                    Output.cell(r.subEventType() == null ? "none" : r.subEventType().label(), 34).strip(),
                    Output.cell(r.location() == null ? "-" : r.location().name(), 24).strip(), r.geoPrecision() == null ? "-" : r.geoPrecision(),
                    Output.cell(actor(r.actor1()), 14).strip(), Output.cell(actor(r.actor2()), 14).strip(), killed, r.independentSources(),
                    r.disputed() ? String.join("; ", r.disputes()) : "");
        }
        if (records.stream().anyMatch(r -> r.location() != null && r.location().geonameId() != null)) out.println("Place data: " + GEONAMES + ".");
    }

    /** One record in words, for `sitrep event`. */
    static void printOne(PrintWriter out, EventRecord r) {
        out.printf("Record %d: %s — %s (type confidence %.2f; %s)%n", r.index(), r.eventType() == null ? "no ACLED event" : r.eventType().label(),
                r.subEventType() == null ? "none" : r.subEventType().label(), r.typeConfidence(), r.typeEvidence());
        out.printf("  date      %s, time precision %s (%s)%n", r.eventDate() == null ? "undated" : r.eventDate(),
                r.timePrecision() == null ? "-" : r.timePrecision(), r.timeBasis());
        EventRecord.Location l = r.location();
        out.printf("  place     %s, geo precision %s (%s)%n", l == null ? "-" : l.name() + (l.admin1() == null || l.admin1().equals(l.name()) ? "" : ", " + l.admin1())
                + (l.country() == null ? "" : ", " + l.country()) + (l.geonameId() == null ? "" : " [GeoNames " + l.geonameId() + "]"),
                r.geoPrecision() == null ? "-" : r.geoPrecision(), r.geoBasis());
        out.printf("  actors    %s  vs  %s%n", r.actor1() == null ? "- (not said)" : r.actor1().name(), r.actor2() == null ? "- (not said)" : r.actor2().name());
        EventRecord.Fatalities f = r.fatalities();
        out.printf("  killed    low %d, best %d, high %d (%s)%n", f.low(), f.best(), f.high(), f.basis());
        for (EventRecord.Figure x : f.figures()) {
            out.printf("            %d %s — %s (%s)%s%n", x.killed(), x.counted(), x.speaker(), x.side().wire(), x.credible() ? "" : ", not counted as best");
        }
        out.printf("  sources   %d independent, %d article%s%s%n", r.independentSources(), r.articleIds().size(), r.articleIds().size() == 1 ? "" : "s",
                r.disputed() ? "; DISPUTED: " + String.join("; ", r.disputes()) : "");
    }

    private static String actor(EventRecord.Actor a) {
        if (a == null) return "-";
        return a.name().replace("Military Forces of ", "").replace(" (2000-)", "").replace(" (2019-)", "");
    }

    static void csv(PrintWriter out, List<EventRecord> records) {
        out.println("event_id,record,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,admin1,admin2,country,"
                + "latitude,longitude,geo_precision,geoname_id,fatalities_low,fatalities_best,fatalities_high,independent_sources,disputed,"
                + "type_confidence,article_ids,geo_source");
        for (EventRecord r : records) {
            EventRecord.Location l = r.location();
            List<Object> v = new ArrayList<>(List.of(r.eventId(), r.index()));
            v.add(r.eventDate());
            v.add(r.timePrecision());
            v.add(r.eventType() == null ? null : r.eventType().label());
            v.add(r.subEventType() == null ? null : r.subEventType().label());
            v.add(r.actor1() == null ? null : r.actor1().name());
            v.add(r.actor2() == null ? null : r.actor2().name());
            v.add(l == null ? null : l.name());
            v.add(l == null ? null : l.admin1());
            v.add(l == null ? null : l.admin2());
            v.add(l == null ? null : l.country());
            v.add(l == null ? null : l.latitude());
            v.add(l == null ? null : l.longitude());
            v.add(r.geoPrecision());
            v.add(l == null ? null : l.geonameId());
            v.add(r.fatalities().low());
            v.add(r.fatalities().best());
            v.add(r.fatalities().high());
            v.add(r.independentSources());
            v.add(r.disputed());
            v.add(String.format(Locale.ROOT, "%.3f", r.typeConfidence()));
            v.add(String.join(";", r.articleIds()));
            v.add(l == null || l.geonameId() == null ? null : GEONAMES);
            StringBuilder b = new StringBuilder();
            for (Object o : v) {
                if (!b.isEmpty()) b.append(',');
                String s = o == null ? "" : o.toString();
                b.append(s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
            }
            out.println(b);
        }
    }

    static Map<String, Object> toJson(TypePass.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", r.articles());
        m.put("typed", r.typed());
        m.put("none", r.none());
        m.put("failed", r.failed());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        return m;
    }

    static void print(PrintWriter out, TypePass.Report r) {
        if (r.articles() == 0) return;
        out.printf("Typed %d article%s in %.1f s: %d report one of ACLED's event types, %d none (see `sitrep records`).%n",
                r.articles(), r.articles() == 1 ? "" : "s", r.seconds(), r.typed(), r.none());
        if (r.failed() > 0) out.printf("  %d article%s got no type because the classifier failed on them (see the log).%n", r.failed(), r.failed() == 1 ? "" : "s");
    }
}
