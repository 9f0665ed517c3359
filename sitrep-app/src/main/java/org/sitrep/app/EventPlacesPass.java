package org.sitrep.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.OutletHome;
import org.sitrep.geo.OutletHomes;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.store.EventPlaceRows;
import org.sitrep.store.EventPlaceRows.PlaceRow;
import org.sitrep.store.SitrepStore;
import org.sitrep.understand.ArticleAnalysis;
import org.sitrep.understand.EventPlaces;
import org.sitrep.understand.PlaceLookup;

/**
 * After the event pass: settles the places an article left doubtful with the places other reports of its event named
 * with confidence ({@link EventPlaces}), and links the mentions so settled to their places' entities. Goes through the
 * placed articles after its own mark, in seq order, one batch per transaction with the mark (a kill loses at most the
 * batch in hand). For each event a batch's articles joined, it reads again the doubtful mentions of those articles, and
 * of the event's earlier articles when the new ones bring a place none of them had named (so a later report settles an
 * earlier one's village). The gazetteer is opened only when some event has something to settle. Not thread-safe: one
 * pass at a time per store.
 */
public final class EventPlacesPass {
    private static final int BATCH = 200;

    private final SitrepStore store;
    private final Supplier<PlaceLookup> places;
    private final double confidentAt;
    private final OutletHomes.Params homeParams;
    private PlaceLookup opened;

    /** What a pass reports while it goes. */
    public interface Listener {
        default void planned(long articles) {
        }

        default void progress(long done) {
        }
    }

    /**
     * @param articles placed articles gone through
     * @param reread   articles whose doubtful places were read again with their event's places
     * @param settled  doubtful mentions the event made a place (resolved, linked to the place's entity)
     * @param guessed  ambiguous mentions the event made a guess (shown as such; no entity)
     * @param seconds  wall time of the pass
     * @param note     why nothing could be settled (no gazetteer), or empty
     */
    public record Report(long articles, long reread, long settled, long guessed, double seconds, Optional<String> note) {
    }

    /**
     * @param places      the gazetteer, asked for only when needed (closed by the caller)
     * @param confidentAt the confidence from which a place another report chose counts as named
     */
    public EventPlacesPass(SitrepStore store, Supplier<PlaceLookup> places, double confidentAt, OutletHomes.Params homeParams) {
        this.store = Objects.requireNonNull(store, "store");
        this.places = Objects.requireNonNull(places, "places");
        this.confidentAt = confidentAt;
        this.homeParams = Objects.requireNonNull(homeParams, "homeParams");
    }

    /** Goes through the articles placed after the mark, up to seq {@code upTo} (inclusive). */
    public Report run(long upTo, Listener listener) {
        long t0 = System.nanoTime();
        EventPlaceRows rows = store.eventPlaces();
        long mark = rows.settledSeq();
        listener.planned(Math.max(0, Math.min(upTo, store.events().placedSeq()) - mark));
        long articles = 0, reread = 0, settled = 0, guessed = 0;
        Map<String, OutletHome> homes = new HashMap<>();
        Map<Long, Optional<GazetteerPlace>> byId = new HashMap<>();
        String note = null;
        while (true) {
            List<EventPlaceRows.Placed> next = rows.placedAfter(mark, upTo, BATCH);
            if (next.isEmpty()) break;
            Map<String, Set<String>> fresh = new LinkedHashMap<>();
            for (EventPlaceRows.Placed p : next) fresh.computeIfAbsent(p.eventId(), k -> new LinkedHashSet<>()).add(p.articleId());
            List<EventPlaceRows.Settled> out = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : fresh.entrySet()) {
                Map<String, List<PlaceRow>> byArticle = new LinkedHashMap<>();
                for (PlaceRow r : rows.placeMentions(e.getKey())) byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
                if (byArticle.size() < 2) continue;
                Map<String, Set<Long>> confident = new HashMap<>();
                Set<Long> older = new LinkedHashSet<>(), brought = new LinkedHashSet<>();
                for (var a : byArticle.entrySet()) {
                    Set<Long> c = EventPlaces.confidentPlaces(a.getValue(), confidentAt);
                    confident.put(a.getKey(), c);
                    (e.getValue().contains(a.getKey()) ? brought : older).addAll(c);
                }
                boolean news = !older.containsAll(brought);
                for (var a : byArticle.entrySet()) {
                    if (a.getValue().stream().noneMatch(EventPlaces::doubtful)) continue;
                    if (!e.getValue().contains(a.getKey()) && !news) continue;
                    Set<Long> others = new LinkedHashSet<>();
                    for (var c : confident.entrySet()) if (!c.getKey().equals(a.getKey())) others.addAll(c.getValue());
                    others.removeAll(confident.get(a.getKey()));
                    if (others.isEmpty()) continue;
                    PlaceLookup lookup = lookup();
                    Optional<PlaceResolver> resolver = lookup.resolver();
                    if (resolver.isEmpty()) {
                        note = lookup.unavailable().orElse("no gazetteer");
                        continue;
                    }
                    List<GazetteerPlace> eventPlaces = new ArrayList<>();
                    for (long id : others) byId.computeIfAbsent(id, lookup::byId).ifPresent(eventPlaces::add);
                    EventPlaceRows.ArticleText text = rows.texts(List.of(a.getKey())).get(a.getKey());
                    if (text == null) continue;
                    reread++;
                    out.addAll(EventPlaces.settle(a.getValue(), text, eventPlaces, resolver.get(), home(a.getKey(), homes)));
                }
            }
            mark = next.get(next.size() - 1).seq();
            rows.settle(out, mark);
            for (EventPlaceRows.Settled s : out) {
                if (ArticleAnalysis.GUESSED.equals(s.status())) guessed++;
                else settled++;
            }
            articles += next.size();
            listener.progress(articles);
        }
        return new Report(articles, reread, settled, guessed, (System.nanoTime() - t0) / 1e9, Optional.ofNullable(note));
    }

    private PlaceLookup lookup() {
        if (opened == null) opened = places.get();
        return opened;
    }

    /**
     * The outlet's home as the annotation pass takes it: learned from the places its articles named, else its
     * country-code domain's country; null when neither is known.
     */
    private OutletHome home(String articleId, Map<String, OutletHome> homes) {
        String key = store.outlets().keysOfArticles(List.of(articleId)).get(articleId);
        OutletHome learned = key == null ? null
                : homes.computeIfAbsent(key, k -> AnnotationPass.learnHome(store, k, confidentAt, homeParams).home());
        if (learned != null) return learned;
        // Only now the article itself (its text too): its outlet's country-code domain.
        return store.article(articleId).map(ArticleAnalysis::domainHome).orElse(null);
    }
}
