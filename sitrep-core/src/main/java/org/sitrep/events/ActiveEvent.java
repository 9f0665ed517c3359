package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event as the clusterer holds it in memory while it is in the window: mutable sums and counts, changed in place
 * by {@link EventClusterer}, {@link EventSplitter} and {@link StoryLinker}; {@link EventState} is its immutable copy
 * for a store. Not thread-safe.
 */
final class ActiveEvent {
    final String id;
    final long created;
    String story;
    String title;
    String titleArticle;
    double titleScore;
    LocalDate first;
    LocalDate last;
    int articles;
    final Map<String, Float> terms = new HashMap<>();
    int termMembers;
    final Map<String, Float> names = new HashMap<>();
    int nameMembers;
    /** The sum of its name members' information (pre-normalisation norms), for how specific its names are. */
    double namesInformation;
    float[] embedding;
    int embeddedMembers;
    Map<String, Float> storyNames = Map.of();
    final Map<String, int[]> places = new HashMap<>();
    /** How many of its members are in each known language: an article in none of them is compared by names alone. */
    final Map<String, Integer> languages = new HashMap<>();
    long lastJoin;
    /** Folded into another event or out of the window: postings still holding it skip it. */
    boolean gone;
    /** Founded by a serial page: not in the postings, nothing joins it but copies. */
    boolean serial;
    /** Mark for counting it once per posting list (see {@link EventWindow#nextStamp()}). */
    long stamp;
    /** Its members' own vectors, oldest first, while it can be split; null when not kept. */
    List<EventMember> members;
    /** Similarities between members: row i holds member i's to members 0..i-1; null when to be computed again. */
    List<float[]> pairs;

    ActiveEvent(String id, long created) {
        this.id = id;
        this.created = created;
    }

    ActiveEvent(EventState s) {
        this(s.id(), s.created());
        story = s.storyId();
        title = s.title();
        titleArticle = s.titleArticle();
        titleScore = s.titleScore();
        first = s.first();
        last = s.last();
        articles = s.articles();
        terms.putAll(s.terms());
        termMembers = s.termMembers();
        names.putAll(s.names());
        nameMembers = s.nameMembers();
        namesInformation = s.namesInformation();
        serial = s.serial();
        embedding = s.embedding() == null ? null : s.embedding().clone();
        embeddedMembers = s.embeddedMembers();
        storyNames = Map.copyOf(s.storyNames());
        for (Map.Entry<String, int[]> p : s.places().entrySet()) places.put(p.getKey(), p.getValue().clone());
        lastJoin = s.lastJoin();
        languages.putAll(s.languages());
        members = s.members() == null ? null : new ArrayList<>(s.members());
    }

    /** The place named by most of its articles (ties: the more prominent, then the smaller key); null if none. */
    String anchor() {
        String best = null;
        int[] bc = null;
        for (Map.Entry<String, int[]> p : places.entrySet()) {
            int[] c = p.getValue();
            if (bc == null || c[0] > bc[0] || (c[0] == bc[0] && (c[1] > bc[1] || (c[1] == bc[1] && p.getKey().compareTo(best) < 0)))) {
                best = p.getKey();
                bc = c;
            }
        }
        return best;
    }

    /** Widens its days to cover {@code d} (nothing when null). */
    void extendDates(LocalDate d) {
        if (d == null) return;
        if (first == null || d.isBefore(first)) first = d;
        if (last == null || d.isAfter(last)) last = d;
    }

    /** Adds an article's embedding (null: none) into the sum, when it has the sum's length. */
    void addEmbedding(float[] v) {
        if (v == null) return;
        if (embedding == null) embedding = new float[v.length];
        if (embedding.length != v.length) return;
        for (int i = 0; i < v.length; i++) embedding[i] += v[i];
        embeddedMembers++;
    }

    /** Counts the places an article names (with how prominently), for it and {@code reports - 1} copies of it. */
    void countPlaces(Map<String, Integer> named, int reports) {
        for (Map.Entry<String, Integer> p : named.entrySet()) {
            int[] c = places.computeIfAbsent(p.getKey(), k -> new int[2]);
            c[0] += reports;
            c[1] += p.getValue() * reports;
        }
    }

    /** The index of the member that is {@code article} or holds it as a copy; -1 if none. */
    int memberHolding(String article) {
        if (article == null || members == null) return -1;
        for (int i = 0; i < members.size(); i++) {
            EventMember m = members.get(i);
            if (m.articleId().equals(article) || m.copies().contains(article)) return i;
        }
        return -1;
    }

    EventState state() {
        Map<String, int[]> p = new HashMap<>();
        for (Map.Entry<String, int[]> e : places.entrySet()) p.put(e.getKey(), e.getValue().clone());
        return new EventState(id, created, story, title, titleArticle, titleScore, first, last, articles,
                Map.copyOf(terms), termMembers, Map.copyOf(names), nameMembers,
                embedding == null ? null : embedding.clone(), embeddedMembers, Map.copyOf(storyNames), p, lastJoin,
                namesInformation, serial, members == null ? null : List.copyOf(members), Map.copyOf(languages));
    }
}
