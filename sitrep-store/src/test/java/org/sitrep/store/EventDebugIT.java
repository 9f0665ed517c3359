package org.sitrep.store;

import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventFeatures;

class EventDebugIT {
    @TempDir
    Path data;

    static double dot(Map<String, Float> a, Map<String, Float> b) {
        double s = 0;
        for (var e : a.entrySet()) { Float w = b.get(e.getKey()); if (w != null) s += e.getValue() * w; }
        return s;
    }

    @Test
    void print() throws Exception {
        try (var g = Understanding.defaultGazetteer(); Sitrep s = Understanding.open(data)) {
            Understanding.ingest(s, Understanding.shared().resolve("seeds"));
            s.annotate(PlaceLookup.with(g), new AnnotationPass.Listener() {});
            EventIndex ix = s.store().events();
            var ids = ix.after(0, Long.MAX_VALUE, 100);
            EventIndex.Frequencies df = new EventIndex.Frequencies(new HashMap<>(), 0);
            for (var e : ids) ix.input(e.getValue(), df, EventIndex.Names.ENTITIES, new HashMap<>());
            List<EventFeatures> f = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (var e : ids) {
                var a = s.store().article(e.getValue()).orElseThrow();
                names.add(a.origin().input().replaceAll(".*/(\\d{3})_.*", "$1"));
                f.add(ix.input(e.getValue(), new EventIndex.Frequencies(new HashMap<>(df.dfMap()), df.documents()), EventIndex.Names.ENTITIES, new HashMap<>()).orElseThrow().features());
            }
            for (int i = 0; i < f.size(); i++) {
                System.out.println(names.get(i) + " date " + f.get(i).date() + " names " + top(f.get(i).names()));
                for (int j = 0; j < f.size(); j++) if (i < j)
                    System.out.printf("  %s-%s terms %.3f names %.3f%n", names.get(i), names.get(j), dot(f.get(i).terms(), f.get(j).terms()), dot(f.get(i).names(), f.get(j).names()));
            }
        }
    }

    static String top(Map<String, Float> m) {
        var l = new ArrayList<>(m.entrySet());
        l.sort(Map.Entry.<String, Float>comparingByValue().reversed());
        return l.subList(0, Math.min(12, l.size())).toString();
    }
}
