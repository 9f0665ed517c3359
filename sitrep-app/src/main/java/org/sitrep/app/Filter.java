package org.sitrep.app;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.records.RecordFilter;

/**
 * What an analyst narrowed a list to, in one syntax for every list (articles, search, events, stories, claims,
 * records) and every front end: the CLI's options ({@code --from --to --date --place --exact-place --entity --outlet
 * --language --type --disputed --q --sort}) and the API's query parameters ({@code from to date place exact_place
 * entity outlet language type disputed q sort}) are the same names, and {@link #toQueryString()} writes the filter
 * back as the string a saved filter or a shared URL is. Names (a place, an entity) stay names here: the application
 * resolves them against the store and the gazetteer ({@link FilterResolver}). Immutable and pure.
 *
 * @param from       the first day (inclusive), or null
 * @param to         the last day (inclusive), or null
 * @param date       which day {@code from} and {@code to} bound: when the article was published or when the event
 *                   happened (the day an article reports)
 * @param place      a place's name or entity id, or null; by default the places inside it count too
 * @param exactPlace only the place itself, not the places inside it
 * @param entity     a person's or organisation's (or place's) name or entity id, or null
 * @param outlet     an outlet's name, or null
 * @param language   an ISO 639 language code, or null
 * @param type       an ACLED event or sub-event type in ACLED's words or as a code, or null
 * @param disputed   only disputed (true), only undisputed (false), or either (null)
 * @param q          free text (Lucene query syntax, plain text when it does not parse), or null
 * @param sort       the order, or null for the list's own default
 */
public record Filter(LocalDate from, LocalDate to, DateField date, String place, boolean exactPlace, String entity, String outlet,
                     String language, String type, Boolean disputed, String q, Sort sort) {

    /** No filter: everything, in each list's default order. */
    public static final Filter NONE = new Filter(null, null, DateField.PUBLISHED, null, false, null, null, null, null, null, null, null);

    /** The parameter names, in the order {@link #toQueryString()} writes them (the CLI's options are these with "--" and "-" for "_"). */
    public static final List<String> NAMES = List.of("from", "to", "date", "place", "exact_place", "entity", "outlet", "language", "type",
            "disputed", "q", "sort");

    /** Which day a date range bounds. */
    public enum DateField {
        PUBLISHED, EVENT;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The orders a list can be asked for; relevance needs free text. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST, LARGEST;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A bad parameter: its name and why, so a front end can answer 400 or a usage error naming it. */
    public static final class Invalid extends IllegalArgumentException {
        private final String parameter;

        public Invalid(String parameter, String reason) {
            super(parameter + ": " + reason);
            this.parameter = parameter;
        }

        /** The parameter's API name ({@code exact_place}, not {@code --exact-place}). */
        public String parameter() {
            return parameter;
        }
    }

    public Filter {
        if (date == null) date = DateField.PUBLISHED;
        place = blankToNull(place);
        entity = blankToNull(entity);
        outlet = blankToNull(outlet);
        language = blankToNull(language);
        type = blankToNull(type);
        q = blankToNull(q);
        if (from != null && to != null && to.isBefore(from)) throw new Invalid("to", "before from (" + from + "): " + to);
        if (exactPlace && place == null) throw new Invalid("exact_place", "needs a place");
        if (sort == Sort.RELEVANCE && q == null) throw new Invalid("sort", "relevance needs free text (q)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The API name of a parameter given as an API name, a CLI option ({@code --exact-place}) or with dashes. */
    public static String canonicalName(String name) {
        String n = name.strip();
        if (n.startsWith("--")) n = n.substring(2);
        return n.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /**
     * A filter from parameter names (API or CLI spelling) and their values; a blank value is no filter, an absent one
     * likewise.
     *
     * @throws Invalid naming the first bad parameter and why (an unknown name, a value that does not parse)
     */
    public static Filter parse(Map<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = canonicalName(e.getKey());
            if (!NAMES.contains(name)) throw new Invalid(name, "not a filter parameter (known: " + String.join(", ", NAMES) + ")");
            if (e.getValue() != null && !e.getValue().isBlank()) p.put(name, e.getValue().strip());
        }
        String type = p.get("type");
        if (type != null) {
            try {
                RecordFilter.of(type, false);
            } catch (IllegalArgumentException e) {
                throw new Invalid("type", e.getMessage());
            }
        }
        String language = p.get("language");
        if (language != null && !language.matches("[A-Za-z]{2,3}")) throw new Invalid("language", "not a language code (two or three letters): " + language);
        return new Filter(day("from", p.get("from")), day("to", p.get("to")), choice("date", p.get("date"), DateField.class), p.get("place"),
                bool("exact_place", p.get("exact_place")) == Boolean.TRUE, p.get("entity"), p.get("outlet"),
                language == null ? null : language.toLowerCase(Locale.ROOT), type, bool("disputed", p.get("disputed")), p.get("q"),
                choice("sort", p.get("sort"), Sort.class));
    }

    /** A filter from a query string ({@code from=2024-01-01&place=Kupiansk}), as {@link #toQueryString()} writes it. */
    public static Filter parseQueryString(String query) {
        Map<String, String> p = new LinkedHashMap<>();
        if (query != null) {
            String s = query.startsWith("?") ? query.substring(1) : query;
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (p.put(canonicalName(name), value) != null) throw new Invalid(canonicalName(name), "given twice");
            }
        }
        return parse(p);
    }

    /** The parameters set, by API name, in {@link #NAMES}' order; defaults (published dates, either dispute state) left out. */
    public Map<String, String> toParams() {
        Map<String, String> m = new LinkedHashMap<>();
        if (from != null) m.put("from", from.toString());
        if (to != null) m.put("to", to.toString());
        if (date != DateField.PUBLISHED) m.put("date", date.wire());
        if (place != null) m.put("place", place);
        if (exactPlace) m.put("exact_place", "true");
        if (entity != null) m.put("entity", entity);
        if (outlet != null) m.put("outlet", outlet);
        if (language != null) m.put("language", language);
        if (type != null) m.put("type", type);
        if (disputed != null) m.put("disputed", disputed.toString());
        if (q != null) m.put("q", q);
        if (sort != null) m.put("sort", sort.wire());
        return m;
    }

    /** The filter as a URL query string without the "?" (empty for no filter); {@link #parseQueryString} reads it back. */
    public String toQueryString() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : toParams().entrySet()) {
            if (!b.isEmpty()) b.append('&');
            b.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    /** Whether nothing is filtered (the order aside). */
    public boolean isEmpty() {
        return from == null && to == null && place == null && entity == null && outlet == null && language == null && type == null
                && disputed == null && q == null;
    }

    /** This filter in another order. */
    public Filter withSort(Sort s) {
        return new Filter(from, to, date, place, exactPlace, entity, outlet, language, type, disputed, q, s);
    }

    /** This filter with other free text (null for none); a relevance order is dropped with the text. */
    public Filter withQ(String text) {
        String t = text == null || text.isBlank() ? null : text;
        return new Filter(from, to, date, place, exactPlace, entity, outlet, language, type, disputed, t, t == null && sort == Sort.RELEVANCE ? null : sort);
    }

    /** This filter with only disputed (true), only undisputed (false) or either (null). */
    public Filter withDisputed(Boolean d) {
        return new Filter(from, to, date, place, exactPlace, entity, outlet, language, type, d, q, sort);
    }

    /** The sort asked for, or {@code def} when none was. */
    public Sort sortOr(Sort def) {
        return sort == null ? def : sort;
    }

    private static LocalDate day(String name, String raw) {
        if (raw == null) return null;
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new Invalid(name, "not a date (YYYY-MM-DD): " + clip(raw));
        }
    }

    private static Boolean bool(String name, String raw) {
        if (raw == null) return null;
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new Invalid(name, "not true or false: " + clip(raw));
        };
    }

    private static <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
        if (raw == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(raw)) return e;
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) known.append(known.isEmpty() ? "" : "|").append(e.name().toLowerCase(Locale.ROOT));
        throw new Invalid(name, "not one of " + known + ": " + clip(raw));
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
