package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an article's own publication or update stamp ("date 2023-11-26", "Ažurirano: 14.11.2024. 15:10h",
 * "Updated on …", "KYIV, Nov 26 (Reuters) -", a line holding nothing but a date near the top) from dates of what it
 * reports. Stateless and thread-safe.
 */
final class OwnDates {
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(?:^|\\W)(?:date|dated|published|publication date|posted|updated|last updated|last modified|modified|"
                    + "ažurirano|azurirano|objavljeno|opublikowano|aktualizacja|zaktualizowano|aktualisiert|veröffentlicht|"
                    + "publié le|mis à jour le|publicado|actualizado|оновлено|опубліковано|обновлено|опубликовано)"
                    + "(?:\\s+(?:on|at))?\\s*[:|-]?\\s*$");
    private static final Pattern WIRE_DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'/-]{1,40},\\s*$");
    private static final Pattern AFTER_WIRE = Pattern.compile("^\\s*(?:\\(|[-–—])");
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\.?,?\\s*(?:at\\s+|[-|]\\s*)?(\\d{1,2})[:.](\\d{2})\\s*(?:h\\b)?");
    private static final int HEAD_CHARS = 600;

    private OwnDates() {
    }

    static boolean isOwn(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd);
        if (before.length() <= 40 && LABEL.matcher(before).find()) return true;
        if (start < HEAD_CHARS && WIRE_DATELINE.matcher(before).matches() && AFTER_WIRE.matcher(after).find()) return true;
        // A line with nothing but a date (and perhaps a time) is a stamp, not a sentence of the report.
        return letters(before) + letters(after) <= 3 && (start < HEAD_CHARS || text.length() - lineEnd < 200);
    }

    /** The hour and minute written right after an own date ("14.11.2024. 15:10h"), with the end of that clock; or null. */
    static int[] clockAfter(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        Matcher m = CLOCK_AFTER.matcher(text.substring(end, lineEnd < 0 ? text.length() : lineEnd));
        if (!m.find()) return null;
        int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) return null;
        return new int[] {h, min, end + m.end()};
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
