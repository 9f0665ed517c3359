package org.sitrep.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.claims.Side;

/**
 * Which side a speaker's description says it speaks for: adjectives and possessives ("Ukrainian", "Russia's"),
 * appointments ("Moscow-appointed", "appointed by Moscow") and well-known speakers ("Peskov"), from the resource
 * {@code sides.tsv}. The earliest match in the description wins ("Russian Ambassador to the UN" is Russian), except
 * that a word of the press ("news agency") wins wherever it stands; a phrase written in capitals (UN, US) matches only
 * in capitals. A word ending in "*" is a stem whose ending is open, so that one line matches every case of an inflected
 * name ("Міністерств* оборони Росії" matches "Міністерство оборони Росії" and "Міністерства оборони Росії"). Immutable
 * and thread-safe.
 */
public final class SideLexicon {
    private final List<Entry> entries;

    private record Entry(Side side, String phrase, Pattern pattern, boolean overrides) {
    }

    /** A side with the words it was read from and where they are. */
    public record Match(Side side, String phrase, int start) {
    }

    private SideLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon shipped with Sitrep. */
    public static SideLexicon standard() {
        try (InputStream in = SideLexicon.class.getResourceAsStream("sides.tsv")) {
            if (in == null) throw new IllegalStateException("sides.tsv is missing from the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("read sides.tsv", e);
        }
    }

    static SideLexicon read(InputStream in) throws IOException {
        List<Entry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalArgumentException("sides.tsv line " + n + ": want side<TAB>phrase, got '" + line + "'");
            String phrase = f[1].strip();
            if (phrase.startsWith("*") || phrase.contains("**")) throw new IllegalArgumentException("sides.tsv line " + n + ": a stem needs letters before its '*'");
            boolean capitals = phrase.length() >= 2 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                    && phrase.chars().anyMatch(Character::isLetter);
            String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q").replace("*", "\\E\\p{L}*\\Q");
            // Curly and straight apostrophes are one.
            body = body.replace("'", "\\E['’]\\Q");
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                    capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            boolean overrides = f[0].endsWith("!");
            out.add(new Entry(Side.parse(overrides ? f[0].substring(0, f[0].length() - 1) : f[0]), phrase, p, overrides));
        }
        return new SideLexicon(out);
    }

    /** The side the description names first; empty when it names none. */
    public Optional<Match> find(String description) {
        Match best = null;
        for (Entry e : entries) {
            if (!e.overrides()) continue;
            Matcher m = e.pattern().matcher(description);
            if (m.find() && (best == null || m.start() < best.start())) best = new Match(e.side(), e.phrase(), m.start());
        }
        if (best != null) return Optional.of(best);
        for (Entry e : entries) {
            if (e.overrides()) continue;
            Matcher m = e.pattern().matcher(description);
            if (!m.find()) continue;
            if (best == null || m.start() < best.start() || m.start() == best.start() && e.phrase().length() > best.phrase().length()) {
                best = new Match(e.side(), e.phrase(), m.start());
            }
        }
        return Optional.ofNullable(best);
    }
}
