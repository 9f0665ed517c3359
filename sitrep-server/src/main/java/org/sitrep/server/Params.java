package org.sitrep.server;

/**
 * Reads query parameters the same way in every handler, so a bad value always becomes the same 400 error instead of
 * a 500 or a silent default. Stateless.
 */
final class Params {
    private Params() {
    }

    /** {@code raw} as a whole number in {@code [min, max]}; {@code def} when absent or blank. */
    static int intIn(String name, String raw, int def, int min, int max) {
        if (raw == null || raw.isBlank()) return def;
        int n;
        try {
            n = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + clip(raw) + "'");
        }
        if (n < min || n > max) throw new BadRequestException(name + " must be between " + min + " and " + max + ", not " + n);
        return n;
    }

    /** {@code raw} stripped, or null when absent or blank: a blank filter means no filter. */
    static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** {@code raw} stripped; a 400 naming the parameter when absent or blank. */
    static String required(String name, String raw) {
        String v = optional(raw);
        if (v == null) throw new BadRequestException("the query parameter " + name + " is required");
        return v;
    }

    /** Echoing a huge or multi-line value back in an error helps nobody. */
    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    /**
     * The filter (issue 17) in a request's query parameters of {@link org.sitrep.app.Filter#NAMES}, leaving out
     * {@code except} (a list whose own parameter has that name); a bad value is a 400 naming the parameter.
     */
    static org.sitrep.app.Filter filter(io.javalin.http.Context ctx, String... except) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        java.util.List<String> skip = java.util.List.of(except);
        for (String name : org.sitrep.app.Filter.NAMES) {
            if (skip.contains(name)) continue;
            String v = ctx.queryParam(name);
            if (v != null) p.put(name, v);
        }
        return org.sitrep.app.Filter.parse(p);
    }
}
