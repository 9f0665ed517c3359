package org.sitrep.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.Lines;
import org.sitrep.model.Article;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Published;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * Finds, in the text itself, what the input's metadata did not say: a publication dateline ("date 2023-11-26",
 * "Ažurirano: 14.11.2024. 15:10h", "Published on …"), a wire or syndication marker ("(MENAFN- UkrinForm)",
 * "(Reuters) -"), and the headline (a first line printed twice, or a short first line without final punctuation).
 * Metadata already present wins. The dateline, the marker and the headline are recorded as removed spans so the
 * text keeps only reporting. Stateless and thread-safe.
 */
public final class TextMetadata implements Stage {
    private static final int HEAD_LINES = 12;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String LABELS = "date|dated|published|publication date|posted|posted on|updated|last updated|ažurirano|azurirano|objavljeno"
            + "|opublikowano|aktualizacja|zaktualizowano|aktualisiert|veröffentlicht|publié le|mis à jour le|publicado|actualizado"
            + "|оновлено|опубліковано|обновлено|опубликовано";
    /** A label, then a date: numeric d.m.yyyy / yyyy-mm-dd, or with an English month name; an optional time. */
    // Leading white space is taken possessively (*+): given back, a line of spaces was tried at every split against
    // the later \s*, so one 60 KB line took many seconds (found in the fuzzing work of issue 15). The lines matched are the same.
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*+(?<label>" + LABELS + ")\\s*+(?:on\\s+)?:?\\s*"
                    + "(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<d>\\d{1,2})[./](?<m>\\d{1,2})[./](?<y>\\d{4})\\.?"
                    + "|(?<d2>\\d{1,2})\\s+(?<mon>" + MONTHS + ")\\.?,?\\s+(?<y2>\\d{4})|(?<mon3>" + MONTHS + ")\\.?\\s+(?<d3>\\d{1,2}),?\\s+(?<y3>\\d{4}))"
                    + "(?:(?:,|\\s+at|\\s*[-–|]|\\s)\\s*(?<hh>\\d{1,2})[:.](?<mm>\\d{2})\\s*(?:h|hrs|(?<ampm>[ap]\\.?m\\.?))?\\s*(?<zone>UTC|GMT|CET|CEST|EET|EEST|Z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SYNDICATOR = Pattern.compile("^\\s*\\((?<via>MENAFN|NewsBank|AllAfrica|Newstex)\\s*-\\s*(?<src>[^)]{2,40})\\)\\s*");
    private static final Pattern WIRE = Pattern.compile(
            "^\\s*+(?<place>[A-Z][A-Z .,'/-]{1,40}?)?(?:,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})?,?\\s*\\((?<src>Reuters|AP|AFP|dpa|Ukrinform|UNIAN|Interfax-Ukraine|Interfax|TASS|RIA Novosti|Xinhua|Bloomberg|PAP|Anadolu"
                    // Any other name in parentheses followed by a dash, at the very start, is a wire credit too.
                    + "|\\p{Lu}[\\p{L}\\d&.'-]{1,24}(?: \\p{Lu}[\\p{L}\\d&.'-]{1,24}){0,2})\\)\\s*[-–—]+\\s*");
    private static final Map<String, String> CANONICAL = Map.of("ukrinform", "Ukrinform", "unian", "UNIAN", "reuters", "Reuters",
            "ap", "AP", "afp", "AFP", "menafn", "MENAFN", "tass", "TASS", "interfax-ukraine", "Interfax-Ukraine");

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.SOURCE_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.METADATA);
    }

    @Override
    public Article apply(Article a, StageContext context) {
        String text = a.sourceText();
        List<RemovedSpan> spans = a.removed();
        Map<String, String> fields = new LinkedHashMap<>(a.fields());
        Published published = a.published();
        String outlet = a.outlet();
        String title = a.title();
        boolean zoneAssumed = false;
        boolean fromUpdate = false;
        List<Lines.Line> lines = Lines.of(text);

        int seen = 0;
        for (Lines.Line line : lines) {
            // The first lines of the source, removed or not, so that a second run reads the same lines as the first.
            if (line.isBlank()) continue;
            if (++seen > HEAD_LINES) break;
            if (Lines.covered(spans, line.start(), line.end())) continue;
            int pos = 0;
            String rest = line.text();
            Matcher d = DATELINE.matcher(rest);
            if (d.lookingAt()) {
                Published p = toPublished(d);
                if (p != null) {
                    // A "published" line beats an "updated" one read earlier; metadata from the input beats both.
                    boolean update = isUpdate(d.group("label"));
                    if (published == null || (fromUpdate && !update)) {
                        published = p;
                        fromUpdate = update;
                        zoneAssumed = p.precision() != DatePrecision.DAY && d.group("zone") == null;
                    }
                    pos = d.end();
                    // "15:10h" leaves nothing but punctuation behind: the whole line is metadata.
                    while (pos < rest.length() && (rest.charAt(pos) == '.' || rest.charAt(pos) == ',' || rest.charAt(pos) == ' ')) pos++;
                }
            }
            Matcher s = SYNDICATOR.matcher(rest).region(pos, rest.length());
            if (s.lookingAt()) {
                fields.putIfAbsent("source_marker", (s.group("via") + "- " + s.group("src")).strip());
                fields.putIfAbsent("credited", canonical(s.group("src")));
                if (outlet == null) outlet = canonical(s.group("via"));
                pos = s.end();
            } else {
                Matcher w = WIRE.matcher(rest).region(pos, rest.length());
                if (w.lookingAt()) {
                    fields.putIfAbsent("source_marker", w.group().strip());
                    fields.putIfAbsent("credited", canonical(w.group("src")));
                    if (w.group("place") != null) fields.putIfAbsent("dateline_place", w.group("place").strip());
                    pos = w.end();
                }
            }
            if (pos > 0) {
                boolean whole = rest.substring(pos).isBlank();
                spans = Lines.add(spans, line.start(), whole ? line.end() : line.start() + pos, "dateline");
            }
        }

        // The headline: the first line that is still text. A known title is removed only where the text repeats it;
        // without one, the first line is the headline when it reads like one and stands alone (a blank line or the
        // end after it, or a line of its own in a text whose lines are paragraphs), so the first line of a hard-wrapped
        // body is never taken for a headline.
        Lines.Line first = null;
        Lines.Line second = null;
        for (Lines.Line line : lines) {
            if (line.isBlank() || Lines.covered(spans, line.start(), line.end())) continue;
            if (first == null) {
                first = line;
            } else {
                second = line;
                break;
            }
        }
        // Once: a text whose headline was removed already (a second run) has none left to find.
        boolean removedOne = spans.stream().anyMatch(sp -> sp.rule().equals("headline"));
        if (first != null && !removedOne) {
            String h = Lines.norm(first.text());
            boolean repeated = second != null && h.equals(Lines.norm(second.text()));
            boolean isTitle = title != null && h.equals(Lines.norm(title));
            // At most 30 words: 99.7% of the 56k RSS titles are (the seeds have one of 21); a longer first line is a lead that lost its period.
            boolean headline = title == null && second != null && Lines.isHeadlineShaped(first.text()) && words(first.text()) <= MAX_HEADLINE_WORDS
                    && standsAlone(text, first, lines);
            if (isTitle || headline || repeated && (title == null || isTitle)) {
                if (title == null) title = first.text().strip();
                spans = Lines.add(spans, first.start(), first.end(), "headline");
                if (repeated) spans = Lines.add(spans, second.start(), second.end(), "repeated-headline");
            }
        }
        Article out = a.withSourceText(text, spans).withFields(fields).withOutlet(outlet).withTitle(title).withPublished(published);
        if (zoneAssumed) out = out.withProblem(name(), "timezone-assumed", "the dateline gives no time zone; read as UTC");
        return out;
    }

    private static int words(String line) {
        return line.strip().isEmpty() ? 0 : line.strip().split("\\s+").length;
    }

    /** A line followed by a blank line or nothing, or a line of its own where the text is not hard-wrapped. */
    private static boolean standsAlone(String text, Lines.Line line, List<Lines.Line> lines) {
        int i = lines.indexOf(line);
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) return true;
        // Hard-wrapped text: most of its lines end without a sentence's end and run to a similar width.
        int wrapped = 0;
        int counted = 0;
        int widest = 0;
        for (int j = i + 1; j < lines.size() && counted < 12; j++) {
            Lines.Line l = lines.get(j);
            if (l.isBlank()) continue;
            counted++;
            String t = l.text().strip();
            widest = Math.max(widest, t.length());
            if (t.length() >= 40 && t.length() <= 100 && ".!?…\"”".indexOf(t.charAt(t.length() - 1)) < 0) wrapped++;
        }
        // In wrapped text a line that continues fills the width; a headline is shorter than the lines under it.
        return counted == 0 || wrapped * 2 < counted || line.text().strip().length() < 0.6 * widest;
    }

    private static boolean isUpdate(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("updat") || l.contains("ažur") || l.contains("azur") || l.contains("aktual") || l.contains("онов")
                || l.contains("обнов") || l.contains("mis à jour") || l.contains("actualiz");
    }

    private static Published toPublished(Matcher d) {
        try {
            LocalDate date;
            if (d.group("iso") != null) {
                date = LocalDate.parse(d.group("iso"));
            } else if (d.group("y") != null) {
                date = LocalDate.of(Integer.parseInt(d.group("y")), Integer.parseInt(d.group("m")), Integer.parseInt(d.group("d")));
            } else if (d.group("y2") != null) {
                date = LocalDate.of(Integer.parseInt(d.group("y2")), month(d.group("mon")), Integer.parseInt(d.group("d2")));
            } else {
                date = LocalDate.of(Integer.parseInt(d.group("y3")), month(d.group("mon3")), Integer.parseInt(d.group("d3")));
            }
            if (d.group("hh") == null) return Published.day(date, DateEvidence.TEXT);
            int hh = Integer.parseInt(d.group("hh"));
            String ampm = d.group("ampm");
            if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p") && hh < 12) hh += 12;
            if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("a") && hh == 12) hh = 0;
            LocalDateTime t = date.atTime(hh, Integer.parseInt(d.group("mm")));
            ZoneOffset zone = zone(d.group("zone"));
            return new Published(t.toInstant(zone), DatePrecision.MINUTE, DateEvidence.TEXT);
        } catch (RuntimeException e) {
            return null; // 31.02.2024 and the like: not a date
        }
    }

    private static ZoneOffset zone(String z) {
        if (z == null) return ZoneOffset.UTC;
        return switch (z.toUpperCase(Locale.ROOT)) {
            case "UTC", "GMT", "Z" -> ZoneOffset.UTC;
            case "CET" -> ZoneOffset.ofHours(1);
            case "CEST", "EET" -> ZoneOffset.ofHours(2);
            case "EEST" -> ZoneOffset.ofHours(3);
            default -> ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
        };
    }

    private static int month(String m) {
        String k = m.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(k) + 1;
    }

    static String canonical(String name) {
        String n = name.strip();
        return CANONICAL.getOrDefault(n.toLowerCase(Locale.ROOT), n);
    }
}
