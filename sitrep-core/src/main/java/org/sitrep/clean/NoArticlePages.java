package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Pages that carry no article: a paywall, a login or notification prompt, a cookie wall, a bot check or an error
 * page in place of the text. Their lines are prompts ({@link #promptKind}: the boilerplate stripper removes them as
 * {@code page-prompt}); a page whose text, once prompts and boilerplate are gone, has fewer than {@value #MIN_WORDS}
 * words is {@linkplain #verdict no article}. Such a page is stored and shown, flagged, but it reports nothing: it is
 * never judged a copy (every paywall of an outlet is the same text) and never placed into an event. The rules describe
 * kinds of prompt, in English and the languages common in this domain, never one site's strings. Pure and thread-safe.
 */
public final class NoArticlePages {
    /** Fewer words than this left besides prompts: the page has no article text. */
    public static final int MIN_WORDS = 40;
    /**
     * A web page that is lists of links (a section front, a search result, a tag page): the extractor set aside more
     * than three times as many words of links and navigation as it kept.
     */
    public static final String INDEX_PAGE = "index-page";
    /** Longer lines are prose, never a prompt. */
    static final int MAX_PROMPT_CHARS = 400;
    /** Longer lines are never an error or bot-check line. */
    static final int MAX_ERROR_CHARS = 120;

    /** The patterns are written in lower case and matched against the lower-cased line (much faster than case-insensitive matching). */
    private static final int FLAGS = 0;
    /** Kinds in the order they are tried: a login line inside a paywall is the paywall's. */
    private static final Map<String, Pattern> PROMPTS = new java.util.LinkedHashMap<>();

    static {
        PROMPTS.put("paywall", Pattern.compile(
                "subscribe (?:now |today )?to (?:continue|keep) reading|(?:for|to) subscribers only|subscribers?[- ]only|this (?:article|content|story|page) is "
                        + "(?:only )?(?:available|reserved|exclusive) (?:to|for) (?:our )?(?:subscribers|members|premium)|you(?:'ve| have) (?:reached|used) "
                        + "(?:your|all (?:of )?your|the) (?:limit|monthly limit|free articles?)|free articles? (?:left|remaining)|to (?:continue|keep) reading,? "
                        + "(?:please )?(?:subscribe|log in|sign in|register)|already (?:a subscriber|subscribed)|become a (?:subscriber|member) to|unlock (?:this|the full) "
                        + "(?:article|story)|premium (?:content|article)|treść (?:dostępna |jest dostępna )?(?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów|abonentów)"
                        + "|artykuł (?:jest )?dostępny (?:tylko |wyłącznie )?(?:dla|w ramach)|wykup (?:dostęp|subskrypcję|prenumeratę)|für abonnenten|réservé aux abonnés"
                        + "|лише для передплатників|только для подписчиков", FLAGS));
        PROMPTS.put("login", Pattern.compile(
                "(?:please )?(?:log ?in|sign ?in) to (?:continue|read|view|access|see)|create (?:a )?(?:free )?account to (?:continue|read)|zaloguj się,? (?:aby|żeby)"
                        + "|увійдіть,? щоб|войдите,? чтобы|melden sie sich an,? um", FLAGS));
        PROMPTS.put("cookie-wall", Pattern.compile(
                "we (?:and our partners )?use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|manage (?:your )?cookie|cookie (?:settings|preferences|consent)"
                        + "|by continuing to (?:use|browse).{0,60}(?:cookies|agree)|używamy (?:plików )?cookies|(?:ta |nasza )?strona (?:używa|korzysta z) (?:plików )?cookies"
                        + "|wir verwenden cookies|nous utilisons des cookies|(?:ми )?використовуємо (?:файли )?cookie|(?:мы )?используем (?:файлы )?cookie", FLAGS));
        PROMPTS.put("notification-prompt", Pattern.compile(
                "(?:allow|enable|turn on|get) (?:push |browser |desktop )?(?:notifications|alerts)|would like to (?:send|show) you (?:push )?notifications"
                        + "|subscribe to (?:push |our )?notifications|(?:never|don't) miss (?:a|an|the) (?:story|update|breaking)|get breaking news alerts"
                        + "|włącz powiadomienia|powiadomienia push|увімкніть сповіщення|включите уведомления", FLAGS));
        PROMPTS.put("bot-check", Pattern.compile(
                "are you a (?:robot|human)|verify (?:that )?you are (?:a )?human|checking (?:if the site connection is secure|your browser)|(?:please )?enable "
                        + "(?:javascript|js)(?: and cookies)? to (?:continue|view|use)|^\\s*just a moment\\.{3}|unusual traffic from your", FLAGS));
        // White space before an optional part is taken possessively (*+), as in BoilerplateStripper: "404" and a long run
        // of spaces must not be tried at every split.
        PROMPTS.put("error-page", Pattern.compile(
                "^\\s*(?:error\\s*)?(?:400|403|404|410|500|502|503)(?:\\s*+error)?\\s*+[-–:|.]*\\s*+(?:page not found|not found|forbidden|gone|internal server error"
                        + "|bad gateway|service unavailable)?\\s*+[.!]*\\s*$|\\bpage (?:was )?not found\\b|the page you (?:requested|are looking for|were looking for|tried)|this page "
                        + "(?:is no longer|isn't|is not|does not) (?:available|exist)|\\baccess denied\\b|\\b403 forbidden\\b|internal server error|service (?:temporarily )?unavailable"
                        + "|strona nie (?:została znaleziona|istnieje)|nie znaleziono strony|seite nicht gefunden|page introuvable|сторінку не знайдено|страница не найдена", FLAGS));
    }

    /**
     * For each kind, words of which every form of its pattern holds at least one: a line with none of them cannot
     * match, and the costly pattern is not tried (a third of cleaning's time went to these patterns). A new form in a
     * pattern needs its word here; {@code NoArticlePagesTest} checks one example of every form against both.
     */
    private static final Map<String, List<String>> TRIGGERS = Map.of(
            "paywall", List.of("subscri", "member", "premium", "limit", "free article", "reading", "unlock", "dla ", "dostęp", "wykup", "abonn",
                    "передплат", "подписчик"),
            "login", List.of("log", "sign", "account", "zaloguj", "увійдіть", "войдите", "melden"),
            "cookie-wall", List.of("cookie", "continuing"),
            "notification-prompt", List.of("notification", "alert", "miss ", "powiadomienia", "сповіщення", "уведомления"),
            "bot-check", List.of("robot", "human", "checking", "enable", "moment", "unusual traffic"),
            "error-page", List.of("40", "41", "50", "not found", "the page you", "this page", "access denied", "server error", "unavailable",
                    "strona nie", "nie znaleziono", "nicht gefunden", "introuvable", "не знайдено", "не найдена"));

    static boolean mayMatch(String lower, String kind) {
        for (String t : TRIGGERS.get(kind)) if (lower.contains(t)) return true;
        return false;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private NoArticlePages() {
    }

    /** The kind of prompt a line is ("paywall", "login", "cookie-wall", "notification-prompt", "bot-check", "error-page"), or null. */
    public static String promptKind(String line) {
        if (line == null || line.length() > MAX_PROMPT_CHARS) return null;
        String lower = Lines.lower(line);
        for (Map.Entry<String, Pattern> e : PROMPTS.entrySet()) {
            if (!mayMatch(lower, e.getKey()) || !e.getValue().matcher(lower).find()) continue;
            // An error or bot-check page says so in a short line; a sentence that mentions "access denied" is news.
            boolean shortOnly = e.getKey().equals("error-page") || e.getKey().equals("bot-check");
            return shortOnly && line.length() > MAX_ERROR_CHARS ? null : e.getKey();
        }
        return null;
    }

    /**
     * Whether cleaning may remove the line wherever it stands: a paywall, login, cookie or notification prompt. An
     * error or bot-check line is left in place (news reports "access denied" and "service unavailable" too); it only
     * counts when the whole page is short ({@link #verdict}).
     */
    public static boolean removable(String line) {
        String k = promptKind(line);
        return k != null && !k.equals("error-page") && !k.equals("bot-check");
    }

    /**
     * Why the page has no article text, or null when it has one: prompts were found (removed ones in
     * {@code promptKinds}, in order, and error or bot-check lines left in {@code textLeft}) and the text left, without
     * them, has fewer than {@link #MIN_WORDS} words. A headline that is itself an error page ("404 Not Found") over a
     * short text counts too.
     */
    public static String verdict(String title, String textLeft, List<String> promptKinds) {
        String[] lines = (textLeft == null ? "" : textLeft).split("\n");
        // Only short lines can be error or bot-check lines: when the long ones alone hold enough words, it is an article.
        int inLong = 0;
        for (String line : lines) if (line.length() > MAX_ERROR_CHARS) inLong += words(line);
        if (inLong >= MIN_WORDS) return null;
        List<String> kinds = new java.util.ArrayList<>(promptKinds);
        int words = 0;
        for (String line : lines) {
            // Prompts that cleaning may remove are gone already; error and bot-check lines are short ones.
            String k = line.length() > MAX_ERROR_CHARS ? null : promptKind(line);
            if (k != null && !removable(line)) kinds.add(k);
            else words += words(line);
        }
        if (words >= MIN_WORDS) return null;
        String t = promptKind(title);
        if (t != null && !removable(title)) kinds.add(t);
        for (String kind : PROMPTS.keySet()) if (kinds.contains(kind)) return kind;
        return kinds.contains(INDEX_PAGE) ? INDEX_PAGE : null;
    }

    /** The flag's explanation for a reader: what the page was and what Sitrep does with it. */
    public static String explain(String kind) {
        String what = kind.replace('-', ' ');
        return "the page is " + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what + " (" + kind + "), not an article: stored and flagged, it reports nothing";
    }

    static int words(String s) {
        if (s == null) return 0;
        int n = 0;
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) n++;
        return n;
    }
}
