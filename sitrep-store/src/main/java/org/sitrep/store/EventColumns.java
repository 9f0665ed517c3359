package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What event and story lists filter and sort on, as columns in memory: each article's event, publication second,
 * language and outlet key; each event's size, days, creation and story; each story's size, days and creation. A
 * filter by day, language, outlet or free text then scans arrays (about a millisecond at 100k articles) instead of
 * asking SQLite for the events of tens of thousands of articles (150–300 ms on the development machine). Read from
 * the store in one pass through covering indexes (a few hundred ms at 100k), and read again once the store has changed
 * ({@link #current}); about 100 bytes an article, its id included.
 *
 * <p>The same conditions as {@link SelectionSql}: an event matches when, for each article condition, one of its
 * articles meets it (not necessarily the same article), and its days overlap an event-date range; the orders are its
 * SQL orders, NULL days last. Which articles name which places and entities is read on the first filter that needs it
 * ({@link #withMentions}), each event's type and dispute on the first type or dispute filter ({@link #withTraits}).
 * Relevance order is not held here ({@link #handles}).
 *
 * <p>Not thread-safe: used under the store's lock; unchanged once read, but for the mentions read on first need.
 */
final class EventColumns {
    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final long NO_TIME = Long.MIN_VALUE;

    /** The version of the store these columns were read at ({@link #version} and whatever the caller adds). */
    private final long[] version;

    private final String[] articleIds; // sorted
    private final int[] articleEvent; // event ordinal, -1 when not placed
    private final long[] published;
    private final int[] language;
    private final int[] outlet;
    /** Each entity's articles, read on the first place or entity filter: entity ids ascending, then ranges into {@code mentionArticles}. */
    private long[] mentionEntities;
    private int[] mentionStart;
    private int[] mentionArticles;
    private final long[] seqs; // ascending
    private final int[] seqArticle; // the article ordinal of each of seqs
    private final Map<String, Integer> languages = new HashMap<>();
    private final Map<String, Integer> outlets = new HashMap<>();
    /** Each event's most common type (a code into {@code types}, -1 none) and whether disputed, read on first need. */
    private int[] eventType;
    private boolean[] eventDisputed;
    private final Map<String, Integer> types = new HashMap<>();

    private final String[] eventIds;
    private final int[] articleCount;
    private final int[] firstDay;
    private final int[] lastDay;
    private final long[] created;
    private final int[] eventStory;

    private final String[] storyIds;
    private final int[] eventCount;
    private final int[] storyFirst;
    private final int[] storyLast;
    private final long[] storyCreated;
    private final long[] storyArticles;

    /** Whether lists under this selection can be worked out here. */
    static boolean handles(Selection s) {
        return s.order() != Selection.Order.RELEVANCE;
    }

    /** The columns as the connection sees the store now, which is at {@code version} ({@link #version}). */
    static EventColumns read(Connection db, long[] version) throws SQLException {
        return new EventColumns(db, version);
    }

    /** Whether these columns were read at this version of the store. */
    boolean isAt(long[] version) {
        return Arrays.equals(this.version, version);
    }

    /** The writer connection's changes so far and the database's data version (which moves when another connection commits). */
    static long[] version(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            long changes, data;
            try (ResultSet r = s.executeQuery("SELECT total_changes()")) {
                r.next();
                changes = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("PRAGMA data_version")) {
                r.next();
                data = r.getLong(1);
            }
            return new long[] {changes, data};
        }
    }

    private EventColumns(Connection db, long[] version) throws SQLException {
        this.version = version.clone();
        try (Statement s = db.createStatement()) {
            // Events and stories first, so that articles can point at their ordinals.
            List<String> ids = new ArrayList<>();
            List<long[]> rows = new ArrayList<>();
            List<String> storyOf = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id, article_count, first_day, last_day, created, story_id FROM events")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                    rows.add(new long[] {r.getInt(2), day(r.getString(3)), day(r.getString(4)), r.getLong(5)});
                    storyOf.add(r.getString(6));
                }
            }
            eventIds = ids.toArray(String[]::new);
            int m = eventIds.length;
            articleCount = new int[m];
            firstDay = new int[m];
            lastDay = new int[m];
            created = new long[m];
            eventStory = new int[m];
            Map<String, Integer> eventOrdinal = new HashMap<>(m * 2);
            for (int i = 0; i < m; i++) {
                long[] row = rows.get(i);
                articleCount[i] = (int) row[0];
                firstDay[i] = (int) row[1];
                lastDay[i] = (int) row[2];
                created[i] = row[3];
                eventOrdinal.put(eventIds[i], i);
            }
            List<String> sids = new ArrayList<>();
            List<long[]> srows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id, event_count, first_day, last_day, created FROM stories")) {
                while (r.next()) {
                    sids.add(r.getString(1));
                    srows.add(new long[] {r.getInt(2), day(r.getString(3)), day(r.getString(4)), r.getLong(5)});
                }
            }
            storyIds = sids.toArray(String[]::new);
            int k = storyIds.length;
            eventCount = new int[k];
            storyFirst = new int[k];
            storyLast = new int[k];
            storyCreated = new long[k];
            storyArticles = new long[k];
            Map<String, Integer> storyOrdinal = new HashMap<>(k * 2);
            for (int i = 0; i < k; i++) {
                long[] row = srows.get(i);
                eventCount[i] = (int) row[0];
                storyFirst[i] = (int) row[1];
                storyLast[i] = (int) row[2];
                storyCreated[i] = row[3];
                storyOrdinal.put(storyIds[i], i);
            }
            for (int i = 0; i < m; i++) {
                Integer st = storyOf.get(i) == null ? null : storyOrdinal.get(storyOf.get(i));
                eventStory[i] = st == null ? -1 : st;
                if (st != null) storyArticles[st] += articleCount[i];
            }

            // Articles, through the covering indexes (an article's row holds its text).
            List<String> aids = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            List<Integer> langs = new ArrayList<>();
            List<Long> aseqs = new ArrayList<>();
            // seq is the rowid, which every SQLite index holds: still covered
            try (ResultSet r = s.executeQuery("SELECT id, published_epoch, language, seq FROM articles INDEXED BY articles_language_day")) {
                while (r.next()) {
                    aids.add(r.getString(1));
                    long t = r.getLong(2);
                    times.add(r.wasNull() ? NO_TIME : t);
                    langs.add(code(languages, r.getString(3)));
                    aseqs.add(r.getLong(4));
                }
            }
            int n = aids.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparing(aids::get));
            articleIds = new String[n];
            published = new long[n];
            language = new int[n];
            outlet = new int[n];
            articleEvent = new int[n];
            for (int i = 0; i < n; i++) {
                articleIds[i] = aids.get(order[i]);
                published[i] = times.get(order[i]);
                language[i] = langs.get(order[i]);
            }
            Integer[] bySeq = new Integer[n];
            for (int i = 0; i < n; i++) bySeq[i] = i;
            Arrays.sort(bySeq, Comparator.comparingLong(i -> aseqs.get(order[i])));
            seqs = new long[n];
            seqArticle = new int[n];
            for (int i = 0; i < n; i++) {
                seqs[i] = aseqs.get(order[bySeq[i]]);
                seqArticle[i] = bySeq[i];
            }
            Arrays.fill(outlet, -1);
            Arrays.fill(articleEvent, -1);
            try (ResultSet r = s.executeQuery("SELECT id, outlet_key FROM articles INDEXED BY articles_outlet_day WHERE outlet_key IS NOT NULL")) {
                while (r.next()) {
                    int i = Arrays.binarySearch(articleIds, r.getString(1));
                    if (i >= 0) outlet[i] = code(outlets, r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT article_id, event_id FROM article_events")) {
                while (r.next()) {
                    int i = Arrays.binarySearch(articleIds, r.getString(1));
                    Integer e = eventOrdinal.get(r.getString(2));
                    if (i >= 0 && e != null) articleEvent[i] = e;
                }
            }
        }
    }

    private static int code(Map<String, Integer> dictionary, String value) {
        return value == null ? -1 : dictionary.computeIfAbsent(value, v -> dictionary.size());
    }

    private static int day(String iso) {
        return iso == null ? NO_DAY : (int) LocalDate.parse(iso).toEpochDay();
    }

    /**
     * Reads which articles name which entities, once per version of the columns (what place and entity filters scan):
     * every resolved mention's (entity, article) pair, packed into a long and sorted, about 8 bytes a pair while read
     * and 4 once kept (about 0.1 s and 1 MB for 135k mentions).
     */
    EventColumns withMentions(Connection db) throws SQLException {
        if (mentionEntities != null) return this;
        long[] pairs = new long[1024];
        int n = 0;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT entity_id, article_id FROM mentions WHERE entity_id IS NOT NULL")) {
            while (r.next()) {
                int a = Arrays.binarySearch(articleIds, r.getString(2));
                if (a < 0) continue;
                if (n == pairs.length) pairs = Arrays.copyOf(pairs, n * 2);
                pairs[n++] = r.getLong(1) << 32 | a;
            }
        }
        Arrays.sort(pairs, 0, n);
        long[] entities = new long[n];
        int[] start = new int[n + 1];
        int[] articles = new int[n];
        int k = 0, m = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) continue; // an article naming a place twice
            long entity = pairs[i] >>> 32;
            if (k == 0 || entities[k - 1] != entity) {
                entities[k] = entity;
                start[k++] = m;
            }
            articles[m++] = (int) pairs[i];
        }
        start[k] = m;
        mentionEntities = Arrays.copyOf(entities, k);
        mentionStart = Arrays.copyOf(start, k + 1);
        mentionArticles = Arrays.copyOf(articles, m);
        return this;
    }

    /**
     * Reads each event's type and dispute, once per version of the columns (what type and dispute filters test): from
     * its digest where that is fresh, else worked out from its members as {@link SelectionSql#dominantType} and the
     * claims' summary do (one grouped pass over the typed articles, only when some event has no fresh digest).
     */
    EventColumns withTraits(Connection db) throws SQLException {
        if (eventType != null) return this;
        int m = eventIds.length;
        Map<String, Integer> ordinal = new HashMap<>(m * 2);
        for (int e = 0; e < m; e++) ordinal.put(eventIds[e], e);
        int[] type = new int[m];
        Arrays.fill(type, -1);
        boolean[] disputed = new boolean[m];
        boolean[] known = new boolean[m];
        int unknown = m;
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT d.event_id, d.sub_type, d.disputed FROM event_digest d "
                    + "WHERE NOT EXISTS (SELECT 1 FROM event_stale x WHERE x.event_id = d.event_id)")) {
                while (r.next()) {
                    Integer e = ordinal.get(r.getString(1));
                    if (e == null) continue;
                    type[e] = code(types, r.getString(2));
                    disputed[e] = r.getLong(3) != 0;
                    known[e] = true;
                    unknown--;
                }
            }
            if (unknown > 0) {
                int[] best = new int[m];
                String[] bestName = new String[m];
                try (ResultSet r = s.executeQuery("SELECT y.event_id, t.sub_type, count(*) FROM article_events y JOIN article_types t "
                        + "ON t.article_id = y.article_id WHERE t.sub_type IS NOT NULL GROUP BY y.event_id, t.sub_type")) {
                    while (r.next()) {
                        Integer e = ordinal.get(r.getString(1));
                        if (e == null || known[e]) continue;
                        String name = r.getString(2);
                        int n = r.getInt(3);
                        // the most articles; a tie to the smaller name
                        if (n > best[e] || n == best[e] && name.compareTo(bestName[e]) < 0) {
                            best[e] = n;
                            bestName[e] = name;
                        }
                    }
                }
                for (int e = 0; e < m; e++) if (!known[e]) type[e] = code(types, bestName[e]);
                try (ResultSet r = s.executeQuery("SELECT event_id FROM event_claims WHERE disputes > 0")) {
                    while (r.next()) {
                        Integer e = ordinal.get(r.getString(1));
                        if (e != null && !known[e]) disputed[e] = true;
                    }
                }
            }
        }
        eventType = type;
        eventDisputed = disputed;
        return this;
    }

    /** Marks the events with an article naming one of these entities ({@link #withMentions} read first). */
    private void markNaming(java.util.Set<Long> entities, int bit, int[] met) {
        for (long id : entities) {
            int i = Arrays.binarySearch(mentionEntities, id);
            if (i < 0) continue;
            for (int j = mentionStart[i]; j < mentionStart[i + 1]; j++) {
                int e = articleEvent[mentionArticles[j]];
                if (e >= 0) met[e] |= bit;
            }
        }
    }

    /** The ids of the events of at least {@code minArticles} articles matching the selection, in its order. */
    List<String> events(Selection s, long[] hits, int minArticles) {
        boolean[] match = matchingEvents(s, hits);
        List<Integer> out = new ArrayList<>();
        for (int e = 0; e < eventIds.length; e++) if (match[e] && articleCount[e] >= minArticles) out.add(e);
        out.sort(eventOrder(s.order()));
        return out.stream().map(e -> eventIds[e]).toList();
    }

    /** The ids of the stories of at least {@code minEvents} events with an event matching the selection, in its order. */
    List<String> stories(Selection s, long[] hits, int minEvents) {
        boolean[] match = matchingEvents(s, hits);
        boolean[] story = new boolean[storyIds.length];
        for (int e = 0; e < eventIds.length; e++) if (match[e] && eventStory[e] >= 0) story[eventStory[e]] = true;
        List<Integer> out = new ArrayList<>();
        for (int st = 0; st < storyIds.length; st++) if (story[st] && eventCount[st] >= minEvents) out.add(st);
        out.sort(storyOrder(s.order()));
        return out.stream().map(st -> storyIds[st]).toList();
    }

    /** For each event, whether it meets every condition of the selection (sizes aside). */
    private boolean[] matchingEvents(Selection s, long[] hits) {
        int m = eventIds.length;
        // One bit per article condition: an event gets the bit when one of its articles meets that condition.
        int conditions = 0;
        int[] met = new int[m];
        if (!s.eventDate() && (s.fromDay() != null || s.toDay() != null)) {
            long from = s.fromDay() == null ? Long.MIN_VALUE : FilteredReads.startOf(s.fromDay());
            long to = s.toDay() == null ? Long.MAX_VALUE : FilteredReads.startOf(s.toDay()) + 86_400;
            int bit = 1 << conditions++;
            for (int a = 0; a < articleIds.length; a++) {
                long t = published[a];
                if (articleEvent[a] >= 0 && t != NO_TIME && t >= from && t < to) met[articleEvent[a]] |= bit;
            }
        }
        if (s.language() != null) markWhere(language, languages.getOrDefault(s.language(), -2), 1 << conditions++, met);
        if (s.outlet() != null) markWhere(outlet, outlets.getOrDefault(s.outlet(), -2), 1 << conditions++, met);
        if (s.placeIds() != null) markNaming(s.placeIds(), 1 << conditions++, met);
        if (s.entityIds() != null) markNaming(s.entityIds(), 1 << conditions++, met);
        if (hits != null) {
            int bit = 1 << conditions++;
            for (long seq : hits) {
                int i = Arrays.binarySearch(seqs, seq);
                int a = i < 0 ? -1 : seqArticle[i];
                if (a >= 0 && articleEvent[a] >= 0) met[articleEvent[a]] |= bit;
            }
        }
        int all = (1 << conditions) - 1;
        int from = s.eventDate() && s.fromDay() != null ? day(s.fromDay()) : NO_DAY;
        int to = s.eventDate() && s.toDay() != null ? day(s.toDay()) : NO_DAY;
        boolean[] typeWanted = null;
        if (s.subTypes() != null) {
            typeWanted = new boolean[types.size()];
            for (String t : s.subTypes()) {
                Integer code = types.get(t);
                if (code != null) typeWanted[code] = true;
            }
        }
        boolean[] match = new boolean[m];
        for (int e = 0; e < m; e++) {
            if (met[e] != all) continue;
            if (typeWanted != null && (eventType[e] < 0 || !typeWanted[eventType[e]])) continue;
            if (s.disputed() != null && eventDisputed[e] != s.disputed()) continue;
            if (from != NO_DAY && (lastDay[e] == NO_DAY || lastDay[e] < from)) continue;
            if (to != NO_DAY && (firstDay[e] == NO_DAY || firstDay[e] > to)) continue;
            match[e] = true;
        }
        return match;
    }

    private void markWhere(int[] column, int code, int bit, int[] met) {
        for (int a = 0; a < column.length; a++) if (column[a] == code && articleEvent[a] >= 0) met[articleEvent[a]] |= bit;
    }

    /** A day column in descending order with no day last (as SQL's "x IS NULL, x DESC"). */
    private static Comparator<Integer> daysDown(int[] days) {
        return Comparator.<Integer>comparingInt(i -> days[i] == NO_DAY ? 1 : 0).thenComparing(i -> -(long) days[i]);
    }

    /** Ascending, no day last (as SQL's "x IS NULL, x"). */
    private static Comparator<Integer> daysUp(int[] days) {
        return Comparator.<Integer>comparingInt(i -> days[i] == NO_DAY ? 1 : 0).thenComparingInt(i -> days[i]);
    }

    private Comparator<Integer> eventOrder(Selection.Order order) {
        Comparator<Integer> bigger = Comparator.comparingInt(i -> -articleCount[i]);
        Comparator<Integer> older = Comparator.comparingLong(i -> created[i]);
        return switch (order) {
            case NEWEST -> daysDown(lastDay).thenComparing(bigger).thenComparing(older);
            case OLDEST -> daysUp(firstDay).thenComparing(bigger).thenComparing(older);
            case LARGEST, RELEVANCE -> bigger.thenComparing(daysDown(lastDay)).thenComparing(older);
        };
    }

    private Comparator<Integer> storyOrder(Selection.Order order) {
        Comparator<Integer> bigger = Comparator.comparingInt(i -> -eventCount[i]);
        Comparator<Integer> older = Comparator.comparingLong(i -> storyCreated[i]);
        return switch (order) {
            case NEWEST -> daysDown(storyLast).thenComparing(bigger).thenComparing(older);
            case OLDEST -> daysUp(storyFirst).thenComparing(bigger).thenComparing(older);
            case LARGEST, RELEVANCE -> bigger.thenComparing(Comparator.comparingLong(i -> -storyArticles[i])).thenComparing(daysDown(storyLast))
                    .thenComparing(older);
        };
    }
}
