package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Printing helpers shared by the verbs: JSON with stable field names, and fixed-width table cells. */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** The article with this id or prefix, or empty after telling the user on stderr that there is none. */
    static java.util.Optional<org.sitrep.model.Article> article(org.sitrep.app.Sitrep sitrep, String id, PrintWriter err, java.nio.file.Path dataDir) {
        java.util.Optional<org.sitrep.model.Article> a = sitrep.article(id);
        if (a.isEmpty()) err.println("sitrep: no article with id " + id + " in " + dataDir);
        return a;
    }

    /** Cuts or pads {@code s} to exactly {@code width} columns, on one line. */
    static String cell(String s, int width) {
        String v = s == null ? "-" : s.replaceAll("\\s+", " ").strip();
        if (v.length() > width) return v.substring(0, Math.max(0, width - 1)) + "…";
        return v + " ".repeat(width - v.length());
    }
}
