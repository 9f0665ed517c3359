package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.app.Desk;
import org.sitrep.app.Filter;
import org.sitrep.app.Sitrep;
import org.sitrep.claims.Claim;
import org.sitrep.geo.GeoNames;
import org.sitrep.json.ArticleJson;
import org.sitrep.json.ClaimJson;
import org.sitrep.json.EventJson;
import org.sitrep.json.RecordJson;
import org.sitrep.model.Article;
import org.sitrep.records.EventRecord;
import org.sitrep.records.RecordFilter;
import org.sitrep.store.ClaimIndex;
import org.sitrep.store.EventReads;
import org.sitrep.store.FilteredReads;
import org.sitrep.store.Selection;

/**
 * Writes what a filter matches as an export: every event (ACLED-style CSV, one row per record of the filter's type;
 * GeoJSON, one feature per located event) or every article, event or claim (JSON Lines), at most {@value #MAX} of
 * them, events largest first and articles newest first unless the filter sorts otherwise. The CLI's {@code export}
 * and the API's {@code /api/export} both call this, so the two cannot differ. Stateless; as thread-safe as its
 * {@link Sitrep}.
 */
public final class Exporter {
    /** At most this many events or articles go into one export. */
    public static final int MAX = 100_000;
    private static final int CHUNK = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sitrep sitrep;

    public Exporter(Sitrep sitrep) {
        this.sitrep = sitrep;
    }

    /** A file name for an export of this filter ("sitrep-events-2024-01-01-2024-12-31-kupiansk.geojson"). */
    public static String fileName(Filter f, ExportFormat format, ExportFormat.What what) {
        StringBuilder b = new StringBuilder("sitrep-").append(format == ExportFormat.JSONL ? what.wire() : "events");
        if (f.from() != null) b.append('-').append(f.from());
        if (f.to() != null) b.append("-to-").append(f.to());
        if (f.place() != null) b.append('-').append(f.place());
        String name = b.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("-+", "-");
        return name + "." + format.extension();
    }

    /**
     * Writes every event (ACLED CSV, GeoJSON) or every article, event or claim (JSON Lines, {@code what}) the filter
     * matches, at most {@value #MAX}, in the filter's order (events largest first, articles newest first).
     */
    public void write(Filter f, ExportFormat format, ExportFormat.What what, Writer out) throws IOException {
        Selection events = sitrep.desk().resolve(f, Filter.Sort.LARGEST);
        switch (format) {
            case ACLED_CSV -> {
                RecordFilter only = Desk.recordFilter(f);
                List<AcledCsv.Row> rows = new ArrayList<>();
                forEachEvent(events, e -> {
                    for (EventRecord r : sitrep.eventRecords(e.id())) if (only.test(r)) rows.add(new AcledCsv.Row(r, e.title(), e.storyId()));
                });
                AcledCsv.write(out, rows);
            }
            case GEOJSON -> {
                List<EventsGeoJson.Event> list = new ArrayList<>();
                List<EventReads.EventSummary> chunk = new ArrayList<>();
                forEachEvent(events, chunk::add);
                Map<String, FilteredReads.EventTraits> traits = sitrep.desk().traits(chunk.stream().map(EventReads.EventSummary::id).toList());
                for (EventReads.EventSummary e : chunk) list.add(new EventsGeoJson.Event(e, traits.get(e.id())));
                JSON.writeValue(new NonClosing(out), EventsGeoJson.collection(list, GeoNames.ATTRIBUTION, f.toQueryString()));
                out.write("\n");
            }
            case JSONL -> {
                switch (what) {
                    case EVENTS -> forEachEvent(events, e -> line(out, EventJson.event(e, sitrep.desk().traits(List.of(e.id())).get(e.id()))));
                    case ARTICLES -> {
                        Selection s = sitrep.desk().resolve(f, Filter.Sort.NEWEST);
                        for (int offset = 0; offset < MAX; offset += CHUNK) {
                            List<Article> page = sitrep.store().filtered().articles(s, CHUNK, offset).items();
                            var types = sitrep.articleTypes(page.stream().map(Article::id).toList());
                            for (Article a : page) {
                                Map<String, Object> m = ArticleJson.summary(a);
                                RecordJson.putType(m, types.get(a.id()));
                                line(out, m);
                            }
                            if (page.size() < CHUNK) break;
                        }
                    }
                    case CLAIMS -> {
                        List<String> ids = sitrep.store().filtered().articleIds(sitrep.desk().resolve(f, Filter.Sort.NEWEST), MAX);
                        for (Claim c : sitrep.store().claims().find(new ClaimIndex.Query(ids, null, null, null, null, Integer.MAX_VALUE, 0))) {
                            Map<String, Object> m = ClaimJson.claim(c);
                            m.put("event_id", sitrep.eventIdOf(c.articleId()));
                            line(out, m);
                        }
                    }
                }
            }
        }
        out.flush();
    }

    private void forEachEvent(Selection s, java.util.function.Consumer<EventReads.EventSummary> each) {
        for (int offset = 0; offset < MAX; offset += CHUNK) {
            List<EventReads.EventSummary> page = sitrep.store().filtered().events(s, 1, CHUNK, offset).items();
            page.forEach(each);
            if (page.size() < CHUNK) break;
        }
    }

    private static void line(Writer out, Map<String, Object> m) {
        try {
            out.write(JSON.writeValueAsString(m));
            out.write("\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson closes what it writes to; the caller owns the writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
