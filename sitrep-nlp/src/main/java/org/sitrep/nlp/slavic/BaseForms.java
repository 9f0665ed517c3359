package org.sitrep.nlp.slavic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.slavic.Lexicon.Analysis;

/**
 * The dictionary form of a whole name: "Олександра Сирського" → "Олександр Сирський" (the readings of all its words
 * must agree in gender and case), "Харківської області" → "Харківська область" (the head noun's lemma, the adjectives
 * before it made to agree with it, the genitive words after it kept: "Міністерства оборони України" → "Міністерство
 * оборони України"). A word the dictionary does not know loses a case ending by its shape ("Kupiańsku" → "Kupiańsk",
 * "Zełenskiego" → "Zełenski"). Stateless and thread-safe.
 */
final class BaseForms {
    private BaseForms() {
    }

    /** The base form of {@code tokens} (one name, typed {@code type}) given each token's readings. */
    static String of(Lang lang, List<SlavicToken> tokens, List<List<Analysis>> readings, String type) {
        if (type.equals("PERSON")) return person(lang, tokens, readings);
        return other(lang, tokens, readings, type);
    }

    private static String person(Lang lang, List<SlavicToken> tokens, List<List<Analysis>> readings) {
        // the gender and case all known words share, nominative first
        Set<String> shared = null;
        for (int i = 0; i < tokens.size(); i++) {
            Set<String> keys = new LinkedHashSet<>();
            for (Analysis a : personal(lang, readings.get(i))) keys.add(gender(lang, a) + ":" + grammaticalCase(lang, a));
            if (keys.isEmpty()) continue;
            if (shared == null) shared = keys;
            else shared.retainAll(keys);
        }
        String key = null;
        if (shared != null && !shared.isEmpty()) {
            for (String k : shared) if (k.endsWith(":nom")) key = k;
            if (key == null) key = shared.iterator().next();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            SlavicToken t = tokens.get(i);
            if (i > 0 && t.start() > tokens.get(i - 1).end()) b.append(' ');
            if (t.isInitial()) {
                b.append(t.text().charAt(0)).append('.'); // "Т ." in text tokenized with spaces: "Т."
                continue;
            }
            if (!t.isWord() || t.isAcronym()) {
                b.append(t.text());
                continue;
            }
            Analysis chosen = null;
            for (Analysis a : personal(lang, readings.get(i))) {
                String k = gender(lang, a) + ":" + grammaticalCase(lang, a);
                if (key == null ? k.endsWith(":nom") : k.equals(key)) {
                    chosen = a;
                    break;
                }
            }
            if (chosen == null && key == null && !personal(lang, readings.get(i)).isEmpty()) chosen = personal(lang, readings.get(i)).getFirst();
            if (chosen == null) b.append(guess(lang, t.text(), true));
            // a Russian patronymic's lemma is the father's name: its own nominative comes from its ending
            else if (lang == Lang.RU && chosen.has("Patr")) b.append(guess(lang, t.text(), true));
            else b.append(recase(chosen.lemma(), t.text()));
        }
        return b.toString();
    }

    private static String other(Lang lang, List<SlavicToken> tokens, List<List<Analysis>> readings, String type) {
        // the head: the first noun that cannot be an adjective ("Новой" is an adjective and a surname's form)
        int head = -1;
        for (int pass = 0; pass < 2 && head < 0; pass++)
            for (int i = 0; i < tokens.size() && head < 0; i++) {
                boolean noun = false, adjective = false;
                for (Analysis a : readings.get(i)) {
                    if (isNoun(lang, a)) noun = true;
                    if (isAdjective(lang, a)) adjective = true;
                }
                // "Українська асоціація": a capitalised form the dictionary knows as a name only is still an adjective
                if (i + 1 < tokens.size() && tokens.get(i).isCapitalised())
                    for (Analysis a : Lexicon.of(lang).exactly(tokens.get(i).lower())) if (isAdjective(lang, a)) adjective = true;
                if (noun && (pass == 1 || !adjective)) head = i;
            }
        if (tokens.size() == 1) head = 0;
        if (head < 0) return join(tokens, 0, tokens.size());
        Analysis headReading = pickHead(lang, tokens.get(head), readings.get(head), type);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            SlavicToken t = tokens.get(i);
            if (i > 0 && t.start() > tokens.get(i - 1).end()) b.append(' ');
            if (i > head || !t.isWord() || t.isAcronym()) b.append(t.text());
            else if (i == head) b.append(headReading == null ? guess(lang, t.text(), false) : recase(headReading.lemma(), t.text()));
            else b.append(agree(lang, t, readings.get(i), headReading));
        }
        return b.toString();
    }

    private static Analysis pickHead(Lang lang, SlavicToken t, List<Analysis> readings, String type) {
        Analysis best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Analysis a : readings) {
            int score = 0;
            if (isNoun(lang, a)) score += 2;
            if (proper(lang, a)) score += t.isCapitalised() ? 2 : 0;
            if ((a.has("geo") || Countries.isCountry(lang, a.lemma())) && !type.equals("ORGANIZATION")) score += 3;
            if (isPersonal(lang, a)) score -= 2;
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** An adjective before the head made to agree with it: "Харківської" before "область" → "Харківська". */
    private static String agree(Lang lang, SlavicToken t, List<Analysis> readings, Analysis head) {
        Analysis adj = null;
        for (Analysis a : readings) if (isAdjective(lang, a)) {
            adj = a;
            break;
        }
        if (adj == null || head == null) return t.text();
        String lemma = adj.lemma();
        String g = gender(lang, head);
        String form = switch (lang) {
            case UK -> g.equals("f") ? swap(lemma, "ий", "а", "ій", "я") : g.equals("n") ? swap(lemma, "ий", "е", "ій", "є")
                    : g.equals("p") ? swap(lemma, "ий", "і", "ій", "і") : lemma;
            case RU -> g.equals("f") ? swap(lemma, "ый", "ая", "ой", "ая", "ий", lemma.matches(".*[гкхжшчщ]ий") ? "ая" : "яя")
                    : g.equals("n") ? swap(lemma, "ый", "ое", "ой", "ое", "ий", lemma.matches(".*[гкх]ий") ? "ое" : "ее")
                    : g.equals("p") ? swap(lemma, "ый", "ые", "ой", "ые", "ий", "ие") : lemma;
            case PL -> g.equals("f") ? swap(lemma, "i", "a", "y", "a") : g.equals("n") ? swap(lemma, "i", "ie", "y", "e") : lemma;
        };
        return recase(form, t.text());
    }

    private static String swap(String lemma, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2)
            if (lemma.endsWith(pairs[i])) return lemma.substring(0, lemma.length() - pairs[i].length()) + pairs[i + 1];
        return lemma;
    }

    /** Case endings a word the dictionary does not know may lose, per language: [ending, replacement]. */
    private static final String[][] PERSON_UK = {{"ського", "ський"}, {"ському", "ський"}, {"ським", "ський"}, {"цького", "цький"},
            {"цькому", "цький"}, {"цьким", "цький"}, {"енка", "енко"}, {"енку", "енко"}, {"енком", "енко"}, {"ича", "ич"},
            {"ичу", "ич"}, {"ичем", "ич"}};
    private static final String[][] PERSON_RU = {{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"цкого", "цкий"},
            {"цкому", "цкий"}, {"ича", "ич"}, {"ичу", "ич"}, {"ичем", "ич"}, {"овны", "овна"}, {"евны", "евна"},
            {"ову", "ов"}, {"овым", "ов"}, {"ова", "ов"}, {"еву", "ев"}, {"евым", "ев"}, {"ева", "ев"}, {"ину", "ин"},
            {"иным", "ин"}, {"ина", "ин"}, {"енко", "енко"}};
    private static final String[][] PERSON_PL = {{"skiego", "ski"}, {"skiemu", "ski"}, {"skim", "ski"}, {"ckiego", "cki"},
            {"ckiemu", "cki"}, {"ckim", "cki"}, {"dzkiego", "dzki"}, {"wicza", "wicz"}, {"wiczowi", "wicz"}, {"wiczem", "wicz"}};
    private static final String[][] PLACE_UK = {{"ську", "ськ"}, {"ська", "ськ"}, {"ськом", "ськ"}, {"цьку", "цьк"},
            {"цька", "цьк"}, {"цьком", "цьк"}, {"івці", "івка"}, {"івку", "івка"}, {"івки", "івка"}, {"ївці", "ївка"},
            {"ївку", "ївка"}, {"ївки", "ївка"}, {"щині", "щина"}, {"щини", "щина"}, {"щину", "щина"}};
    private static final String[][] PLACE_RU = {{"ске", "ск"}, {"ска", "ск"}, {"ском", "ск"}, {"цке", "цк"}, {"цка", "цк"},
            {"овке", "овка"}, {"овки", "овка"}, {"овку", "овка"}, {"евке", "евка"}, {"евки", "евка"}, {"граде", "град"},
            {"града", "град"}, {"бурге", "бург"}, {"бурга", "бург"}};
    private static final String[][] PLACE_PL = {{"sku", "sk"}, {"ska", "sk"}, {"skiem", "sk"}, {"cku", "ck"}, {"cka", "ck"},
            {"owie", "ów"}, {"owa", "ów"}, {"icach", "ice"}, {"ycach", "yce"}};

    /** The nominative of a word the dictionary does not know, from its ending; the word itself when none fits. */
    static String guess(Lang lang, String word, boolean person) {
        String[][] rules = switch (lang) {
            case UK -> person ? PERSON_UK : PLACE_UK;
            case RU -> person ? PERSON_RU : PLACE_RU;
            case PL -> person ? PERSON_PL : PLACE_PL;
        };
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] r : rules)
            if (lower.endsWith(r[0]) && lower.length() > r[0].length() + 2)
                return word.substring(0, word.length() - r[0].length()) + r[1];
        return word;
    }

    /** The lemma written with the original's capitals: "купянск" for "Купянске" → "Купянск"; acronyms as written. */
    static String recase(String lemma, String original) {
        if (lemma.isEmpty() || original.isEmpty()) return lemma;
        char[] out = lemma.toCharArray();
        boolean capitalNext = Character.isUpperCase(original.charAt(0));
        String[] parts = original.split("-");
        int part = 0;
        for (int i = 0; i < out.length; i++) {
            if (capitalNext) out[i] = Character.toUpperCase(out[i]);
            capitalNext = false;
            if (out[i] == '-') {
                part++;
                capitalNext = part < parts.length && !parts[part].isEmpty() && Character.isUpperCase(parts[part].charAt(0));
            }
        }
        return new String(out);
    }

    private static String join(List<SlavicToken> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) b.append(' ');
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    /** The readings that name a person: first names, surnames, patronymics (Polish: a capitalised personal noun). */
    static List<Analysis> personal(Lang lang, List<Analysis> readings) {
        List<Analysis> out = new ArrayList<>();
        for (Analysis a : readings) if (isPersonal(lang, a)) out.add(a);
        return out;
    }

    static boolean isPersonal(Lang lang, Analysis a) {
        return switch (lang) {
            case UK -> a.has("prop") && (a.has("fname") || a.has("lname") || a.has("pname"));
            case RU -> a.has("Name") || a.has("Fam") || a.has("Patr");
            case PL -> a.tag().startsWith("subst") && a.has("m1") && Character.isUpperCase(a.lemma().charAt(0));
        };
    }

    static boolean proper(Lang lang, Analysis a) {
        return switch (lang) {
            case UK -> a.has("prop");
            case RU -> a.has("Name") || a.has("Fam") || a.has("Patr");
            case PL -> !a.lemma().isEmpty() && Character.isUpperCase(a.lemma().charAt(0));
        };
    }

    static boolean isNoun(Lang lang, Analysis a) {
        return switch (lang) {
            case UK -> a.tag().startsWith("noun");
            case RU -> a.tag().startsWith("NN");
            case PL -> a.tag().startsWith("subst") || a.tag().startsWith("depr");
        };
    }

    static boolean isAdjective(Lang lang, Analysis a) {
        return switch (lang) {
            case UK -> a.tag().startsWith("adj");
            case RU -> a.tag().startsWith("ADJ");
            case PL -> a.tag().startsWith("adj");
        };
    }

    /** Gender: m, f, n or p (plural), whatever the dictionary's notation. */
    static String gender(Lang lang, Analysis a) {
        String[] p = a.tag().split(":");
        switch (lang) {
            case UK -> {
                for (String x : p) if (x.equals("m") || x.equals("f") || x.equals("n") || x.equals("p")) return x;
            }
            case RU -> {
                for (String x : p) {
                    if (x.equals("PL")) return "p";
                    if (x.equals("Masc")) return "m";
                    if (x.equals("Fem")) return "f";
                    if (x.equals("Neut")) return "n";
                }
            }
            case PL -> {
                boolean plural = a.has("pl");
                for (String x : p) {
                    if (x.startsWith("m")) return plural ? "p" : "m";
                    if (x.equals("f")) return plural ? "p" : "f";
                    if (x.startsWith("n")) return plural ? "p" : "n";
                }
            }
        }
        return "?";
    }

    /** Case: nom, gen, dat, acc, ins, loc, voc, or ? where the tag has none. */
    static String grammaticalCase(Lang lang, Analysis a) {
        for (String x : a.tag().split(":")) {
            String c = switch (x) {
                case "v_naz", "Nom", "nom" -> "nom";
                case "v_rod", "R", "gen" -> "gen";
                case "v_dav", "D", "dat" -> "dat";
                case "v_zna", "V", "acc" -> "acc";
                case "v_oru", "T", "inst" -> "ins";
                case "v_mis", "P", "loc" -> "loc";
                case "v_kly", "voc" -> "voc";
                default -> null;
            };
            if (c != null) return c;
        }
        return "?";
    }
}
