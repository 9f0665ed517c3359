package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sitrep.claims.Side;
import org.sitrep.records.EventRecord;
import org.sitrep.records.EventType;
import org.sitrep.records.SubEventType;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;

/** The export writers read back with a CSV library and a GeoJSON library, never by matching strings. */
class ExportWritersTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static EventRecord record(String event, String actor1, boolean disputed) {
        return new EventRecord(event, 1, EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, 0.9, "words",
                LocalDate.of(2024, 3, 5), 1, "said", new EventRecord.Location(704147L, "Kupiansk", "Kharkiv", null, "Ukraine", 49.71, 37.61), 1,
                "named", actor1 == null ? null : new EventRecord.Actor(actor1, Side.RUSSIA, "named"), null,
                new EventRecord.Fatalities(2, 3, 4, List.of(), "said"), 2, List.of("a1", "a2"), disputed, List.of());
    }

    @Test
    void acledCsvHasAcledsColumnsInOrderThenOursAndQuotesWhatNeedsIt() throws Exception {
        StringBuilder out = new StringBuilder();
        AcledCsv.write(out, List.of(new AcledCsv.Row(record("E1", "Military Forces of Russia (2000-), \"Wagner\"", true), "Kupiansk, shelled\nagain", "S1"),
                new AcledCsv.Row(record("E2", null, false), "Quiet", null)));
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).containsExactly("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                    "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities",
                    "independent_sources", "disputed", "sitrep_event_id", "sitrep_story_id");
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord r = rows.getFirst();
            assertThat(r.get("event_id_cnty")).isEqualTo("E1-1");
            assertThat(r.get("event_date")).isEqualTo("2024-03-05");
            assertThat(r.get("year")).isEqualTo("2024");
            assertThat(r.get("event_type")).isEqualTo("Explosions/Remote violence");
            assertThat(r.get("sub_event_type")).isEqualTo("Shelling/artillery/missile attack");
            assertThat(r.get("actor1")).isEqualTo("Military Forces of Russia (2000-), \"Wagner\"");
            assertThat(r.get("notes")).isEqualTo("Kupiansk, shelled\nagain");
            assertThat(r.get("location")).isEqualTo("Kupiansk");
            assertThat(Double.parseDouble(r.get("latitude"))).isEqualTo(49.71);
            assertThat(Double.parseDouble(r.get("longitude"))).isEqualTo(37.61);
            assertThat(r.get("fatalities")).isEqualTo("3");
            assertThat(r.get("independent_sources")).isEqualTo("2");
            assertThat(r.get("disputed")).isEqualTo("true");
            assertThat(r.get("sitrep_event_id")).isEqualTo("E1");
            assertThat(r.get("sitrep_story_id")).isEqualTo("S1");
            assertThat(rows.get(1).get("actor1")).isEmpty();
            assertThat(rows.get(1).get("sitrep_story_id")).isEmpty();
        }
    }

    static EventReads.EventSummary summary(String id) {
        return new EventReads.EventSummary(id, "S1", "Title " + id, "2024-03-05", "2024-03-06", 3, 2, 2, List.of("a1"));
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsInLongitudeLatitudeOrder() throws Exception {
        EventReads.Named kupiansk = new EventReads.Named(1, "PLACE", "Kupiansk", 704147L, 49.71, 37.61, 3);
        String text = JSON.writeValueAsString(EventsGeoJson.collection(List.of(
                new EventsGeoJson.Event(summary("E1"), new FilteredReads.EventTraits("SHELLING_ARTILLERY_MISSILE_ATTACK", true, kupiansk)),
                new EventsGeoJson.Event(summary("E2"), new FilteredReads.EventTraits(null, false, null))), "GeoNames CC BY 4.0", "place=Kupiansk"));

        Geometry g = new GeoJsonReader().read(text);
        assertThat(g).isInstanceOf(GeometryCollection.class);
        assertThat(g.getNumGeometries()).isEqualTo(1);
        Point p = (Point) g.getGeometryN(0);
        assertThat(p.getX()).as("longitude first").isEqualTo(37.61);
        assertThat(p.getY()).isEqualTo(49.71);

        JsonNode root = JSON.readTree(text);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("properties").get("attribution").asText()).contains("GeoNames");
        assertThat(root.get("properties").get("unlocated_events").asInt()).isEqualTo(1);
        JsonNode f = root.get("features").get(0);
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates")).hasSize(2);
        JsonNode props = f.get("properties");
        assertThat(props.get("id").asText()).isEqualTo("E1");
        assertThat(props.get("geonames_id").asLong()).isEqualTo(704147L);
        assertThat(props.get("type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(props.get("disputed").asBoolean()).isTrue();
        assertThat(props.get("independent_sources").asInt()).isEqualTo(2);
    }

    @Test
    void formatsAndWhatsParseByTheirWireNames() {
        assertThat(ExportFormat.parse("acled-csv")).isEqualTo(ExportFormat.ACLED_CSV);
        assertThat(ExportFormat.parse("GeoJSON")).isEqualTo(ExportFormat.GEOJSON);
        assertThat(ExportFormat.GEOJSON.mediaType()).isEqualTo("application/geo+json");
        assertThat(ExportFormat.JSONL.mediaType()).isEqualTo("application/x-ndjson");
        assertThatThrownBy(() -> ExportFormat.parse("xlsx")).hasMessage("format: not one of acled-csv|geojson|jsonl: xlsx");
        assertThat(ExportFormat.What.parse("claims")).isEqualTo(ExportFormat.What.CLAIMS);
        assertThatThrownBy(() -> ExportFormat.What.parse("people")).hasMessage("what: not one of articles|events|claims: people");
    }
}
