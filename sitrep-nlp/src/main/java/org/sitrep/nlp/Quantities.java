package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what each number counts: the head noun of the phrase after it ("18 kamikaze drones" → drones), a casualty
 * word when it counts people hurt ("two people were killed", "eight wounded"), a unit ("1,000 km2"), a currency for
 * money. Stateless and thread-safe.
 */
final class Quantities {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[Ee]-?\\d+)?");
    private static final Pattern UNIT_WITH_DIGIT = Pattern.compile("\\p{L}+\\d+");
    private static final Set<String> RANGE = Set.of("-", "–", "—", "to", "or");
    private static final Map<String, String> CASUALTIES = Map.ofEntries(
            Map.entry("killed", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("killing", "killed"),
            Map.entry("wounded", "wounded"), Map.entry("injured", "wounded"), Map.entry("hurt", "wounded"),
            Map.entry("wounding", "wounded"), Map.entry("injuring", "wounded"), Map.entry("captured", "captured"),
            Map.entry("missing", "missing"), Map.entry("detained", "detained"), Map.entry("evacuated", "evacuated"));
    /** Nouns that count people: what happened to them says more than the noun. */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "person", "civilians", "civilian", "soldiers", "soldier",
            "servicemen", "residents", "children", "child", "troops", "men", "women", "fighters", "militants", "officers",
            "policemen", "others");
    private static final Set<String> SKIPPED_BEFORE_CASUALTY = Set.of("were", "was", "have", "has", "had", "been", "being",
            "also", "reportedly", "are", "is", "and", "later", "seriously", "critically", "fatally", "lightly");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km2", "km2"), Map.entry("km²", "km2"), Map.entry("sq km", "km2"), Map.entry("square kilometres", "km2"),
            Map.entry("square kilometers", "km2"), Map.entry("square km", "km2"), Map.entry("km", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
            Map.entry("miles", "miles"), Map.entry("mile", "miles"), Map.entry("hectares", "hectares"), Map.entry("tonnes", "tonnes"),
            Map.entry("tons", "tonnes"), Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("percent", "percent"),
            Map.entry("per cent", "percent"), Map.entry("%", "percent"));
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"),
            Map.entry("€", "EUR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("£", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("₴", "UAH"), Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"),
            Map.entry("hryvnas", "UAH"), Map.entry("UAH", "UAH"), Map.entry("₽", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("RUB", "RUB"), Map.entry("¥", "JPY"), Map.entry("yuan", "CNY"));

    private Quantities() {
    }

    static List<Quantity> find(Doc doc) {
        List<Quantity> out = new ArrayList<>();
        List<Span> spans = doc.spans();
        for (int n = 0; n < spans.size(); n++) {
            Span s = spans.get(n);
            if (!s.type().equals("NUMBER") && !s.type().equals("MONEY") && !s.type().equals("PERCENT")) continue;
            // "100-500 times", "10 to 15 drones": one quantity, its lower bound, counting what the upper bound counts
            if (n + 1 < spans.size() && spans.get(n + 1).type().equals(s.type()) && spans.get(n + 1).first() == s.last() + 2
                    && RANGE.contains(doc.tokens().get(s.last() + 1).lower())) {
                Span upper = spans.get(n + 1);
                s = new Span(s.type(), s.first(), upper.last(), s.start(), upper.end(), s.sentence(), null);
                n++;
            }
            String text = doc.text().substring(s.start(), s.end());
            // "15:10" is a clock; "km2" is tagged NUMBER for its digit; neither is a quantity.
            if (text.indexOf(':') >= 0 || !hasNumberToken(doc, s) || UNIT_WITH_DIGIT.matcher(text).matches()) continue;
            Double value = value(doc.tokens().get(s.first()).normalized(), text);
            if (value == null) continue;
            String counted = switch (s.type()) {
                case "MONEY" -> currency(doc, s);
                case "PERCENT" -> "percent";
                default -> counted(doc, s.first(), s.last(), 0);
            };
            out.add(new Quantity(value, text, counted, s.start(), s.end(), s.sentence()));
        }
        return out;
    }

    private static boolean hasNumberToken(Doc doc, Span s) {
        for (int i = s.first(); i <= s.last(); i++) if (doc.tokens().get(i).isNumber()) return true;
        return false;
    }

    /** CoreNLP's normalized value ("10.0", "100.0-500.0", "$2.8E9", "%100.0"), else the digits of the text. */
    static Double value(String normalized, String text) {
        String src = normalized != null ? normalized : text.replace(",", "");
        Matcher m = NUMBER.matcher(src);
        if (!m.find()) return null;
        try {
            return Double.parseDouble(m.group());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currency(Doc doc, Span s) {
        String norm = doc.tokens().get(s.last()).normalized();
        if (norm != null && !norm.isEmpty()) {
            for (Map.Entry<String, String> e : CURRENCIES.entrySet()) if (norm.startsWith(e.getKey())) return e.getValue();
        }
        for (int i = s.first(); i <= Math.min(s.last() + 1, doc.tokens().size() - 1); i++) {
            String c = CURRENCIES.get(doc.tokens().get(i).word());
            if (c == null) c = CURRENCIES.get(doc.tokens().get(i).lower());
            if (c != null) return c;
        }
        return "money";
    }

    private static String counted(Doc doc, int first, int last, int depth) {
        List<Token> t = doc.tokens();
        int sentence = t.get(last).sentence();
        int j = last + 1;
        if (j >= t.size() || t.get(j).sentence() != sentence) return before(doc, first);
        // "21 of 59 drones": the first number counts what the second counts.
        if (depth < 2 && t.get(j).lower().equals("of") && j + 1 < t.size() && t.get(j + 1).isNumber()) {
            int k = j + 1;
            while (k + 1 < t.size() && t.get(k + 1).isNumber()) k++;
            return counted(doc, j + 1, k, depth + 1);
        }
        String casualty = CASUALTIES.get(t.get(j).lower());
        if (casualty != null) return casualty;
        String unit = unit(t, j);
        if (unit != null) return unit;
        int head = -1;
        for (int k = j; k < t.size() && k < j + 6 && t.get(k).sentence() == sentence; k++) {
            Token x = t.get(k);
            if (x.isNoun()) head = k;
            else if (!(x.tag().startsWith("JJ") || x.tag().equals("HYPH") || x.tag().equals("VBN") && head < 0)) break;
        }
        if (head < 0) return before(doc, first);
        String noun = plural(t.get(head));
        if (PEOPLE.contains(t.get(head).lower())) {
            for (int k = head + 1; k < t.size() && k < head + 6 && t.get(k).sentence() == sentence; k++) {
                String c = CASUALTIES.get(t.get(k).lower());
                if (c != null) return c;
                if (!SKIPPED_BEFORE_CASUALTY.contains(t.get(k).lower())) break;
            }
        }
        return noun;
    }

    /** "killing 5", "wounding three": the verb before the number. */
    private static String before(Doc doc, int first) {
        if (first == 0) return null;
        return CASUALTIES.get(doc.tokens().get(first - 1).lower());
    }

    private static String unit(List<Token> t, int j) {
        if (j + 1 < t.size()) {
            String two = UNITS.get(t.get(j).lower() + " " + t.get(j + 1).lower());
            if (two != null) return two;
        }
        return UNITS.get(t.get(j).lower());
    }

    private static String plural(Token noun) {
        String w = noun.lower();
        if (noun.tag().endsWith("S")) return w;
        String l = noun.lemma() == null ? w : noun.lemma().toLowerCase(java.util.Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) return l + "es";
        if (l.length() > 1 && l.endsWith("y") && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) return l.substring(0, l.length() - 1) + "ies";
        return l + "s";
    }
}
