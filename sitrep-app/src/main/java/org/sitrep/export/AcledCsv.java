package org.sitrep.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.records.EventRecord;

/**
 * Event records as CSV in ACLED's manner (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line
 * break): ACLED's column names in ACLED's order for the fields we have ({@link #ACLED}), then ours ({@link #OURS}).
 * {@code event_id_cnty} is our record's id ({@code <event id>-<record index>}), {@code fatalities} the best estimate,
 * {@code notes} the event's title. Stateless.
 */
public final class AcledCsv {
    private AcledCsv() {
    }

    /** ACLED's columns we fill, in the order of ACLED's export. */
    public static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities");

    /** Our columns, after ACLED's. */
    public static final List<String> OURS = List.of("independent_sources", "disputed", "sitrep_event_id", "sitrep_story_id");

    /** One record with what the record itself does not carry. */
    public record Row(EventRecord record, String title, String storyId) {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(ACLED);
        h.addAll(OURS);
        return h;
    }

    /** The header line, then one line per row. */
    public static void write(Appendable out, Iterable<Row> rows) throws IOException {
        line(out, header());
        for (Row r : rows) line(out, values(r));
    }

    static List<String> values(Row row) {
        EventRecord r = row.record();
        EventRecord.Location l = r.location();
        List<String> v = new ArrayList<>();
        v.add(r.eventId() + "-" + r.index());
        v.add(r.eventDate() == null ? null : r.eventDate().toString());
        v.add(r.eventDate() == null ? null : String.valueOf(r.eventDate().getYear()));
        v.add(r.timePrecision() == null ? null : r.timePrecision().toString());
        v.add(r.eventType() == null ? null : r.eventType().label());
        v.add(r.subEventType() == null ? null : r.subEventType().label());
        v.add(r.actor1() == null ? null : r.actor1().name());
        v.add(r.actor2() == null ? null : r.actor2().name());
        v.add(l == null ? null : l.country());
        v.add(l == null ? null : l.admin1());
        v.add(l == null ? null : l.admin2());
        v.add(l == null ? null : l.name());
        v.add(l == null || l.latitude() == null ? null : l.latitude().toString());
        v.add(l == null || l.longitude() == null ? null : l.longitude().toString());
        v.add(r.geoPrecision() == null ? null : r.geoPrecision().toString());
        v.add(row.title());
        v.add(String.valueOf(r.fatalities().best()));
        v.add(String.valueOf(r.independentSources()));
        v.add(String.valueOf(r.disputed()));
        v.add(r.eventId());
        v.add(row.storyId());
        return v;
    }

    static void line(Appendable out, List<String> values) throws IOException {
        boolean first = true;
        for (String s : values) {
            if (!first) out.append(',');
            first = false;
            if (s == null) continue;
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append("\r\n");
    }
}
