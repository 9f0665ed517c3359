package org.sitrep.nlp.slavic;

import static org.sitrep.nlp.slavic.SlavicCalendar.B0;
import static org.sitrep.nlp.slavic.SlavicCalendar.B1;
import static org.sitrep.nlp.slavic.SlavicCalendar.FLAGS;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TimeMention;
import org.sitrep.nlp.TimePrecision;

/**
 * Finds the dates and times of a Ukrainian, Russian or Polish text and normalizes them against a reference time, with
 * the meaning {@link TimeMention} gives the English ones: month names in every case form ("14 листопада 2024", "14
 * ноября", "14 listopada 2024 r.", "у листопаді", "w listopadzie 2023"), numeric dates ("14.11.2024"), years ("у 2022
 * році", "w 2022 r."), relative days ("вчора", "позавчера", "wczoraj"), last night ("минулої ночі"), weekdays ("у
 * суботу", "в субботу", "w sobotę"), the night into a weekday or a date ("в ночь на субботу", "w nocy z piątku na sobotę",
 * "у ніч на 17 листопада", "в ночь с 16 на 17 ноября") and the
 * last or present week, month and year ("минулого тижня", "на прошлой неделе", "w zeszłym roku").
 *
 * <p>How the reference is used (never the clock):
 * <ul>
 * <li>a weekday is the most recent such day at or before the reference: "у суботу" read on a Saturday is that Saturday;
 *     with "last" ("минулої суботи", "в прошлую субботу", "w zeszłą sobotę") it is strictly before the reference; a
 *     weekday followed by its date ("в понедельник, 9 мая") is left to the date;</li>
 * <li>the night into a weekday is the night (21:00 to 06:00) ending on that weekday, found as above;</li>
 * <li>a month, or a day and month, written without a year takes the year that puts its month between nine months before
 *     and two months after the reference month: news mostly reports the recent past, and announces little more than
 *     a season ahead. So "14 листопада" read in January is last November, "у грудні" read in November is the coming
 *     December, and "у травні" read in November is the past May. A year in the text always wins, and so does "last
 *     year" or "this year" after the month ("у лютому минулого року", "в марте прошлого года", "w maju tego roku").</li>
 * </ul>
 * An expression with no year of its own is {@code relative}; it is {@code againstFetchTime} when relative and the
 * reference is the fetch time. A date labelled "Оновлено"/"Опубліковано"/"Обновлено"/"Aktualizacja"/"Opublikowano", after
 * a wire dateline ("КИЇВ, 18 листопада 2024 –"), or alone on a line near the top or the bottom, is the article's own date,
 * with the clock written right after it.
 *
 * <p>Stateless and thread-safe.
 */
public final class SlavicTimes {
    private static final String WORD_END = "(?![\\p{L}])";
    private static final Pattern NUMERIC = Pattern.compile(B0 + "(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})" + B1);
    private static final Pattern ISO = Pattern.compile(B0 + "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})" + B1);
    private static final Pattern OWN_LABEL = Pattern.compile("(?:^|[^\\p{L}])(?:оновлено|опубліковано|дата публікації|обновлено|"
            + "опубликовано|дата публикации|aktualizacja|zaktualizowano|opublikowano|data publikacji|data dodania)"
            + "\\s*[:|–—-]?\\s*$", FLAGS);
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:р\\.|г\\.|r\\.|року|года|roku)?\\.?,?\\s*"
            + "(?:(?:о|об|в|o|godz\\.|o godz\\.)\\s+|[-|–—]\\s*)?(\\d{1,2})[:.](\\d{2})(?!\\d)", FLAGS);
    /** "КИЇВ, " / "Kijów, " before a date at the top: a wire dateline. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .'’/-]{1,40},\\s*$");
    private static final Pattern AFTER_DATELINE = Pattern.compile("^\\s*(?:$|\\(|[-–—])");
    private static final int HEAD_CHARS = 600;
    /** A month without a year is placed between this many months before the reference month and {@link #MONTHS_AHEAD} after. */
    private static final int MONTHS_BACK = 9;
    private static final int MONTHS_AHEAD = 2;
    private static final Map<String, Rules> RULES = Map.of("uk", Rules.uk(), "ru", Rules.ru(), "pl", Rules.pl());

    private SlavicTimes() {
    }

    /** One language's patterns. Group 1 of {@code monthAlone} and {@code weekday} is the month or weekday word. */
    private record Rules(String lang, Pattern dayMonth, Pattern monthYear, Pattern monthAlone, Pattern year, Pattern relativeDay,
                         Map<String, Integer> dayOffsets, Pattern lastNight, Pattern weekday, Pattern nightInto, Pattern nightIntoDate,
                         List<Period> periods) {
        static Rules uk() {
            return of("uk", "минулого року", "цього року|поточного року", "року|році|рік|р\\.", "у|в|з|із|до|від|по|початку|кінця|середини|наприкінці|протягом|упродовж",
                    Map.of("сьогодні", 0, "учора", -1, "вчора", -1, "позавчора", -2, "завтра", 1, "післязавтра", 2),
                    "минулої ночі|цієї ночі|сьогодні вночі", "у|в|во", "минул\\p{L}*",
                    "(?:у|в)\\s+ніч\\s+(?:(?:з|із)\\s+(WD)\\s+)?(?:на|проти)\\s+(WD)",
                    List.of(new Period("минулого тижня|на минулому тижні|минулий тиждень", ChronoUnit.WEEKS, -1),
                            new Period("цього тижня|на цьому тижні", ChronoUnit.WEEKS, 0),
                            new Period("минулого місяця|(?:у|в) минулому місяці|минулий місяць", ChronoUnit.MONTHS, -1),
                            new Period("цього місяця|(?:у|в) цьому місяці", ChronoUnit.MONTHS, 0),
                            new Period("минулого року|(?:у|в) минулому році|торік|минулий рік", ChronoUnit.YEARS, -1),
                            new Period("цього року|(?:у|в) цьому році|цьогоріч", ChronoUnit.YEARS, 0)));
        }

        static Rules ru() {
            return of("ru", "прошлого года|минувшего года", "этого года|текущего года|сего года", "года|году|год|г\\.", "в|во|с|со|до|от|по|начале|конце|середине|начала|конца|середины|течение",
                    Map.of("сегодня", 0, "вчера", -1, "позавчера", -2, "завтра", 1, "послезавтра", 2),
                    "прошлой ночью|этой ночью|минувшей ночью|сегодня ночью", "в|во", "(?:прошл|минувш)\\p{L}*",
                    "в\\s+ночь\\s+(?:(?:с|со)\\s+(WD)\\s+)?на\\s+(WD)",
                    List.of(new Period("на прошлой неделе|прошлой недели|на минувшей неделе|минувшей недели", ChronoUnit.WEEKS, -1),
                            new Period("на этой неделе|этой недели", ChronoUnit.WEEKS, 0),
                            new Period("в прошлом месяце|прошлого месяца|в минувшем месяце", ChronoUnit.MONTHS, -1),
                            new Period("в этом месяце|этого месяца", ChronoUnit.MONTHS, 0),
                            new Period("в прошлом году|прошлого года|в минувшем году", ChronoUnit.YEARS, -1),
                            new Period("в этом году|этого года|в текущем году", ChronoUnit.YEARS, 0)));
        }

        static Rules pl() {
            return of("pl", "zeszłego roku|ubiegłego roku", "tego roku|bieżącego roku", "roku|rok|r\\.", "w|we|z|ze|od|do|po|początku|końcu|połowie|połowy|początkiem|końcem|ciągu",
                    Map.of("dziś", 0, "dzisiaj", 0, "wczoraj", -1, "przedwczoraj", -2, "jutro", 1, "pojutrze", 2),
                    "ostatniej nocy|zeszłej nocy|minionej nocy|tej nocy|dzisiejszej nocy", "w|we", "(?:zeszł|ubiegł|ostatni|minion)\\p{L}*",
                    "w\\s+nocy\\s+(?:(?:z|ze)\\s+(WD)\\s+)?na\\s+(WD)",
                    List.of(new Period("w (?:zeszłym|ubiegłym|minionym|poprzednim) tygodniu|(?:zeszłego|ubiegłego) tygodnia", ChronoUnit.WEEKS, -1),
                            new Period("w tym tygodniu|tego tygodnia", ChronoUnit.WEEKS, 0),
                            new Period("w (?:zeszłym|ubiegłym|minionym) miesiącu", ChronoUnit.MONTHS, -1),
                            new Period("w tym miesiącu", ChronoUnit.MONTHS, 0),
                            new Period("w (?:zeszłym|ubiegłym|minionym) roku|(?:zeszłego|ubiegłego) roku", ChronoUnit.YEARS, -1),
                            new Period("w tym roku|tego roku|w bieżącym roku", ChronoUnit.YEARS, 0)));
        }

        private static Rules of(String lang, String lastYear, String thisYear, String yearWords, String monthPreps, Map<String, Integer> dayOffsets, String lastNight,
                                String dayPreps, String lastWords, String nightInto, List<Period> periods) {
            String month = SlavicCalendar.monthAlternation(lang), wd = SlavicCalendar.weekdayAlternation(lang);
            String yearWord = "(?:\\s*(?:" + yearWords + ")" + WORD_END + ")?";
            String whichYear = "(?:\\s+(" + lastYear + ")" + B1 + "|\\s+(" + thisYear + ")" + B1 + ")?";
            return new Rules(lang,
                    Pattern.compile(B0 + "(\\d{1,2})(?:-?(?:го|е|ого|ое))?\\s+(" + month + ")" + B1
                            + "(?:,?\\s+((?:19|20)\\d{2})" + B1 + yearWord + "|" + whichYear + ")", FLAGS),
                    Pattern.compile(B0 + "(" + month + ")" + B1 + "\\s+((?:19|20)\\d{2})" + B1 + yearWord, FLAGS),
                    Pattern.compile(B0 + "(?:" + monthPreps + ")\\s+(" + month + ")" + B1 + whichYear, FLAGS),
                    Pattern.compile(B0 + "((?:1[0-9]|20)\\d{2})(?:-?(?:му|м|го))?\\s*(?:" + yearWords + ")" + WORD_END, FLAGS),
                    Pattern.compile(B0 + "(" + String.join("|", dayOffsets.keySet()) + ")" + B1, FLAGS),
                    dayOffsets,
                    Pattern.compile(B0 + "(?:" + lastNight + ")" + B1, FLAGS),
                    Pattern.compile(B0 + "(?:(?:" + dayPreps + ")\\s+)?(?:(" + lastWords + ")\\s+)?(" + wd + ")" + B1, FLAGS),
                    Pattern.compile(B0 + nightInto.replace("WD", wd) + B1, FLAGS),
                    Pattern.compile(B0 + nightInto.replace("(WD)\\s+", "\\d{1,2}(?:\\s+" + month + ")?\\s+").replace("(WD)",
                            "(\\d{1,2})\\s+(" + month + ")") + B1 + "(?:,?\\s+((?:19|20)\\d{2})" + B1 + yearWord + ")?", FLAGS),
                    periods);
        }
    }

    /** A phrase naming the present ({@code offset} 0) or last (-1) week, month or year. */
    private record Period(Pattern pattern, ChronoUnit unit, int offset) {
        Period(String words, ChronoUnit unit, int offset) {
            this(Pattern.compile(B0 + "(?:" + words + ")" + B1, FLAGS), unit, offset);
        }
    }

    private record Found(int start, int end, String value, TimePrecision precision, Instant begin, Instant until, boolean relative) {
    }

    /**
     * The temporal expressions of {@code text}, in text order, none overlapping another.
     *
     * @param text         the text the offsets point into
     * @param sentences    its sentences, in text order (for each mention's sentence index)
     * @param reference    the time relative expressions are resolved against (its UTC date is used)
     * @param againstFetch whether {@code reference} is the fetch time because the publication time is unknown
     * @param lang         "uk", "ru" or "pl"
     * @throws IllegalArgumentException for another language
     */
    public static List<TimeMention> find(String text, List<Sentence> sentences, Instant reference, boolean againstFetch, String lang) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(reference, "reference");
        Rules r = RULES.get(SlavicCalendar.checked(lang));
        LocalDate ref = LocalDate.ofInstant(reference, ZoneOffset.UTC);
        List<Found> found = new ArrayList<>();
        Matcher m;
        for (m = r.dayMonth().matcher(text); m.find(); ) {
            int month = SlavicCalendar.month(m.group(2), r.lang());
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearFor(month, ref, m.group(4) != null, m.group(5) != null);
            LocalDate d = date(year, month, Integer.parseInt(m.group(1)));
            if (d != null) found.add(day(m.start(), m.end(), d, m.group(3) == null));
        }
        for (m = r.monthYear().matcher(text); m.find(); ) {
            found.add(month(m.start(), m.end(), Integer.parseInt(m.group(2)), SlavicCalendar.month(m.group(1), r.lang()), false));
        }
        for (m = r.monthAlone().matcher(text); m.find(); ) {
            int month = SlavicCalendar.month(m.group(1), r.lang());
            found.add(month(m.start(1), m.end(), yearFor(month, ref, m.group(2) != null, m.group(3) != null), month, true));
        }
        for (Pattern p : List.of(NUMERIC, ISO)) {
            for (m = p.matcher(text); m.find(); ) {
                boolean iso = p == ISO;
                LocalDate d = date(Integer.parseInt(m.group(iso ? 1 : 3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(iso ? 3 : 1)));
                if (d != null) found.add(day(m.start(), m.end(), d, false));
            }
        }
        for (m = r.year().matcher(text); m.find(); ) {
            int y = Integer.parseInt(m.group(1));
            found.add(new Found(m.start(), m.end(), String.valueOf(y), TimePrecision.YEAR, start(LocalDate.of(y, 1, 1)),
                    start(LocalDate.of(y + 1, 1, 1)), false));
        }
        for (m = r.relativeDay().matcher(text); m.find(); ) {
            Integer offset = r.dayOffsets().get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (offset != null) found.add(day(m.start(), m.end(), ref.plusDays(offset), true));
        }
        for (m = r.lastNight().matcher(text); m.find(); ) found.add(night(m.start(), m.end(), ref));
        for (m = r.nightInto().matcher(text); m.find(); ) {
            int dow = SlavicCalendar.weekday(m.group(2), r.lang());
            if (dow > 0) found.add(night(m.start(), m.end(), ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)))));
        }
        for (m = r.nightIntoDate().matcher(text); m.find(); ) {
            int month = SlavicCalendar.month(m.group(2), r.lang());
            LocalDate d = date(m.group(3) != null ? Integer.parseInt(m.group(3)) : yearFor(month, ref), month, Integer.parseInt(m.group(1)));
            if (d != null) found.add(night(m.start(), m.end(), d, m.group(3) == null));
        }
        for (m = r.weekday().matcher(text); m.find(); ) {
            int dow = SlavicCalendar.weekday(m.group(2), r.lang());
            // A bare weekday word is too often something else ("среда" is also the environment): a preposition or "last" must come first.
            if (dow == 0 || m.start(2) == m.start()) continue;
            // "в понедельник, 9 мая": the date that follows says which Monday
            Matcher date = r.dayMonth().matcher(text).region(m.end(), text.length());
            int p = m.end();
            while (p < text.length() && (text.charAt(p) == ',' || text.charAt(p) == '(' || Character.isWhitespace(text.charAt(p)))) p++;
            if (date.region(p, text.length()).lookingAt()) continue;
            DayOfWeek w = DayOfWeek.of(dow);
            LocalDate d = ref.with(m.group(1) != null ? TemporalAdjusters.previous(w) : TemporalAdjusters.previousOrSame(w));
            int from = m.group(1) != null ? m.start(1) : m.start(2);
            found.add(day(from, m.end(), d, true));
        }
        for (Period p : r.periods()) {
            for (m = p.pattern().matcher(text); m.find(); ) found.add(period(m.start(), m.end(), p, ref));
        }
        return mentions(text, sentences, found, againstFetch);
    }

    /** Longest first at each start, then no overlap; own dates marked and given their clock. */
    private static List<TimeMention> mentions(String text, List<Sentence> sentences, List<Found> found, boolean againstFetch) {
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<TimeMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : found) {
            if (f.start() < lastEnd) continue;
            lastEnd = f.end();
            int end = f.end();
            String value = f.value();
            TimePrecision precision = f.precision();
            Instant begin = f.begin(), until = f.until();
            boolean own = isOwn(text, f.start(), f.end());
            if (own && precision == TimePrecision.DAY) {
                Matcher c = CLOCK_AFTER.matcher(text.substring(end, lineEnd(text, end)));
                if (c.find()) {
                    int h = Integer.parseInt(c.group(1)), min = Integer.parseInt(c.group(2));
                    if (h < 24 && min < 60) {
                        value = value + String.format("T%02d:%02d", h, min);
                        precision = TimePrecision.TIME;
                        begin = begin.plusSeconds(h * 3600L + min * 60L);
                        until = begin.plusSeconds(60);
                        end += c.end();
                        lastEnd = end;
                    }
                }
            }
            out.add(new TimeMention(text.substring(f.start(), end), f.start(), end, value, precision, begin, until, f.relative(),
                    f.relative() && againstFetch, own, SentenceIndex.of(sentences, f.start())));
        }
        return out;
    }

    /**
     * Whether the date at [start, end) is the article's own stamp: labelled ("Оновлено: …", "Aktualizacja: …"), or alone
     * on its line (perhaps with a clock) near the top or the bottom of the text.
     */
    static boolean isOwn(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = lineEnd(text, end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd);
        if (before.length() <= 40 && OWN_LABEL.matcher(before).find()) return true;
        if (start < HEAD_CHARS && DATELINE.matcher(before).matches() && AFTER_DATELINE.matcher(after).find()) return true;
        return letters(before) + letters(after) <= 3 && (start < HEAD_CHARS || text.length() - lineEnd < 200);
    }

    /** The year of a month said to be of last year or this year ("у лютому минулого року"), else as {@link #yearFor(int, LocalDate)}. */
    private static int yearFor(int month, LocalDate ref, boolean lastYear, boolean thisYear) {
        return lastYear ? ref.getYear() - 1 : thisYear ? ref.getYear() : yearFor(month, ref);
    }

    /** The year that puts {@code month} within the window around the reference month (see the class comment). */
    static int yearFor(int month, LocalDate ref) {
        int diff = month - ref.getMonthValue();
        if (diff > MONTHS_AHEAD) return ref.getYear() - 1;
        if (diff < -MONTHS_BACK) return ref.getYear() + 1;
        return ref.getYear();
    }

    private static Found day(int s, int e, LocalDate d, boolean relative) {
        return new Found(s, e, d.toString(), TimePrecision.DAY, start(d), start(d.plusDays(1)), relative);
    }

    private static Found month(int s, int e, int year, int month, boolean relative) {
        LocalDate d = LocalDate.of(year, month, 1);
        return new Found(s, e, String.format("%04d-%02d", year, month), TimePrecision.MONTH, start(d), start(d.plusMonths(1)), relative);
    }

    /** The night from 21:00 the day before {@code morning} to 06:00 on it, as TIMEX3's "TNI" of the day before. */
    private static Found night(int s, int e, LocalDate morning) {
        return night(s, e, morning, true);
    }

    private static Found night(int s, int e, LocalDate morning, boolean relative) {
        LocalDate eve = morning.minusDays(1);
        return new Found(s, e, eve + "TNI", TimePrecision.TIME, start(eve).plusSeconds(21 * 3600), start(morning).plusSeconds(6 * 3600),
                relative);
    }

    private static Found period(int s, int e, Period p, LocalDate ref) {
        return switch (p.unit()) {
            case WEEKS -> {
                LocalDate monday = ref.plusWeeks(p.offset()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String v = String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                yield new Found(s, e, v, TimePrecision.WEEK, start(monday), start(monday.plusWeeks(1)), true);
            }
            case MONTHS -> {
                LocalDate d = ref.plusMonths(p.offset());
                yield month(s, e, d.getYear(), d.getMonthValue(), true);
            }
            default -> {
                int y = ref.getYear() + p.offset();
                yield new Found(s, e, String.valueOf(y), TimePrecision.YEAR, start(LocalDate.of(y, 1, 1)), start(LocalDate.of(y + 1, 1, 1)), true);
            }
        };
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // "31 листопада", "45.13.2024": no such day
        }
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static int lineEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }
}
