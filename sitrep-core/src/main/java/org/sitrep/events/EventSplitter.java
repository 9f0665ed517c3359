package org.sitrep.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.vectors.DenseVectors;
import org.sitrep.vectors.SparseVectors;

/**
 * Splits an event whose members fall into two groups that are not alike. While an event is small enough
 * ({@link EventParams#splitMembers()}) it keeps its members' own vectors; after each join, the last two groups of an
 * average-link clustering of the members are compared, and when both hold two or more members and they are less alike
 * than {@link EventParams#split()}, the group without the oldest member leaves for a new event (with its copies;
 * recorded as a {@link ClusterChange}). Not thread-safe.
 */
final class EventSplitter {
    private final EventParams params;
    private final EventWindow window;
    private final StoryLinker stories;

    EventSplitter(EventParams params, EventWindow window, StoryLinker stories) {
        this.params = params;
        this.window = window;
        this.stories = stories;
    }

    /**
     * Splits the event while its members fall into two groups of two or more that are less alike than
     * {@link EventParams#split()}. An article that bridged two events (a second earthquake reported in the words of
     * the first) pulls the second's reports in after it; once they are many enough to form a group of their own, they
     * leave. Returns the event that holds {@code articleId}.
     */
    ActiveEvent splitIfTwo(ActiveEvent ev, String articleId, List<ClusterChange> changes) {
        if (params.split() <= 0) return ev;
        ActiveEvent holder = ev;
        boolean split = false;
        ArrayDeque<ActiveEvent> work = new ArrayDeque<>(List.of(ev));
        while (!work.isEmpty()) {
            ActiveEvent e = work.pop();
            if (e.members == null || e.members.size() < 4 || e.gone) continue;
            double[][] sim = pairSimilarities(e);
            List<List<Integer>> groups = lastTwo(sim);
            double across = 0;
            for (int i : groups.get(0)) for (int j : groups.get(1)) across += sim[i][j];
            across /= (double) groups.get(0).size() * groups.get(1).size();
            if (groups.get(0).size() < 2 || groups.get(1).size() < 2 || across >= params.split()) continue;
            List<Integer> stay = groups.get(0).contains(0) ? groups.get(0) : groups.get(1);
            List<Integer> leave = stay == groups.get(0) ? groups.get(1) : groups.get(0);
            stay.sort(null);
            leave.sort(null);
            List<EventMember> all = e.members;
            List<EventMember> leaving = new ArrayList<>();
            for (int i : leave) leaving.add(all.get(i));
            List<EventMember> staying = new ArrayList<>();
            for (int i : stay) staying.add(all.get(i));
            ActiveEvent nb = new ActiveEvent(window.freshEventId("E" + leaving.get(0).articleId()), ++window.created);
            nb.members = leaving;
            rebuild(nb, sim, leave);
            e.members = staying;
            rebuild(e, sim, stay);
            window.events.put(nb.id, nb);
            window.indexEvent(nb, nb.terms.keySet(), nb.names.keySet());
            List<String> moved = new ArrayList<>();
            for (EventMember m : leaving) {
                moved.add(m.articleId());
                moved.addAll(m.copies());
            }
            changes.add(new ClusterChange(ClusterChange.Kind.EVENT_SPLIT, e.id, nb.id, String.format(Locale.ROOT,
                    "its members fell into two groups of %d and %d, alike only %.3f", stay.size(), leave.size(), across), moved));
            stories.relinkStory(e, changes);
            stories.linkStory(nb);
            if (moved.contains(articleId)) holder = nb;
            split = true;
            work.push(e);
            work.push(nb);
        }
        if (split) window.evict(); // a split adds an event to the window
        return holder;
    }

    /** Similarities between an event's members (kept between calls, extended by the members that joined since). */
    private double[][] pairSimilarities(ActiveEvent e) {
        if (e.pairs == null) e.pairs = new ArrayList<>();
        if (e.pairs.size() > e.members.size()) e.pairs.clear();
        for (int i = e.pairs.size(); i < e.members.size(); i++) {
            float[] row = new float[i];
            for (int j = 0; j < i; j++) row[j] = (float) pairSimilarity(e.members.get(i), e.members.get(j));
            e.pairs.add(row);
        }
        int n = e.members.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) sim[i][j] = sim[j][i] = e.pairs.get(i)[j];
        }
        return sim;
    }

    /**
     * Two articles' similarity, as an article's to an event of one, each side's information counted alike; two articles
     * in different known languages by their names alone, as {@link EventClusterer} compares them.
     */
    double pairSimilarity(EventMember x, EventMember y) {
        if (known(x.language()) && known(y.language()) && !x.language().equals(y.language())) {
            if (x.names().isEmpty() || y.names().isEmpty()) return 0;
            return SparseVectors.dot(x.names(), y.names()) * Math.sqrt(params.carried(x.namesInformation()) * params.carried(y.namesInformation()))
                    * params.join() / params.crossLanguageJoin();
        }
        double wn = x.names().isEmpty() || y.names().isEmpty() ? 0 : params.namesWeight();
        double we = x.embedding() == null || y.embedding() == null ? 0 : params.embeddingWeight();
        double wt = 1 - params.namesWeight() - params.embeddingWeight();
        double total = wt + wn + we;
        if (total == 0) return 0;
        double s = wt * SparseVectors.dot(x.terms(), y.terms())
                * Math.sqrt(params.carried(x.termsInformation()) * params.carried(y.termsInformation()));
        if (wn > 0) {
            s += wn * SparseVectors.dot(x.names(), y.names())
                    * Math.sqrt(params.carried(x.namesInformation()) * params.carried(y.namesInformation()));
        }
        if (we > 0) s += we * DenseVectors.dot(x.embedding(), y.embedding());
        return s / total;
    }

    private static boolean known(String language) {
        return language != null && !language.equals("und");
    }

    /** Average-link clustering of the members down to two groups (member indices; the larger first). */
    static List<List<Integer>> lastTwo(double[][] sim) {
        int n = sim.length;
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
        double[][] sum = new double[n][];
        for (int i = 0; i < n; i++) sum[i] = sim[i].clone();
        while (groups.size() > 2) {
            int bi = 0, bj = 1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    double avg = sum[i][j] / ((double) groups.get(i).size() * groups.get(j).size());
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            groups.get(bi).addAll(groups.get(bj));
            for (int k = 0; k < groups.size(); k++) {
                sum[bi][k] += sum[bj][k];
                sum[k][bi] = sum[bi][k];
            }
            // Drop group bj: the last group takes its place.
            int last = groups.size() - 1;
            groups.set(bj, groups.get(last));
            groups.remove(last);
            for (int k = 0; k <= last; k++) {
                sum[bj][k] = sum[last][k];
                sum[k][bj] = sum[k][last];
            }
            sum[bj][bj] = 0;
        }
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()));
        return groups;
    }

    /**
     * Rebuilds an event's sums, dates, places, counts and title from its members (after a split; {@code index} are
     * the members' rows in {@code sim}): the title is the member's most alike to the others.
     */
    private void rebuild(ActiveEvent e, double[][] sim, List<Integer> index) {
        e.terms.clear();
        e.names.clear();
        e.termMembers = 0;
        e.nameMembers = 0;
        e.namesInformation = 0;
        e.embedding = null;
        e.embeddedMembers = 0;
        e.places.clear();
        e.languages.clear();
        e.first = null;
        e.last = null;
        e.articles = 0;
        e.pairs = null;
        double bestFit = -1;
        for (int k = 0; k < e.members.size(); k++) {
            EventMember m = e.members.get(k);
            SparseVectors.addInto(e.terms, m.terms());
            e.termMembers++;
            if (!m.names().isEmpty()) {
                SparseVectors.addInto(e.names, m.names());
                e.nameMembers++;
                e.namesInformation += m.namesInformation();
            }
            e.addEmbedding(m.embedding());
            // Copies are not kept as members: they name the places their original names.
            int reports = 1 + m.copies().size();
            e.countPlaces(m.places(), reports);
            if (m.language() != null && !m.language().equals("und")) e.languages.merge(m.language(), 1, Integer::sum);
            e.extendDates(m.date());
            e.articles += reports;
            double fit = 0;
            for (int j : index) if (j != index.get(k)) fit += sim[index.get(k)][j];
            fit /= Math.max(1, index.size() - 1);
            if (m.title() != null && !m.title().isBlank() && fit > bestFit) {
                bestFit = fit;
                e.title = m.title();
                e.titleArticle = m.articleId();
                e.titleScore = fit;
            }
        }
        SparseVectors.cut(e.terms, params.keptTerms());
        SparseVectors.cut(e.names, params.keptTerms());
        e.lastJoin = window.placements;
        window.dirtyEvents.add(e.id);
    }
}
