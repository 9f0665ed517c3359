package org.sitrep.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence says asserts it: the subject of a reporting verb ("X said", "said X", "X, an official appointed by
 * Moscow, stated"), the object of "according to" or "reported by", or nothing. English rules over the sentence's text;
 * pronouns are left for the caller to resolve against earlier speakers. Stateless and thread-safe.
 */
final class Attribution {
    /**
     * Reporting verbs, in lower case only: "States" in "the United States" is no verb. "According to" may open the
     * sentence.
     */
    private static final Pattern VERB = Pattern.compile("\\b(said|says|say|reported|reports|report|announced|announces|stated|states"
            + "|claimed|claims|wrote|writes|told|tells|added|adds|noted|notes|informs|informed|assured|assures|warned|warns|confirmed"
            + "|confirms|denied|denies|insisted|insists|declared|declares|explained|stressed|emphasi[sz]ed|alleges|posted"
            + "|tweeted|acknowledged|admitted|argued|estimated|estimates|believes|believed|indicated|revealed|specified|clarified"
            + "|accused|accuses|blamed|blames|vowed|vows|threatened|threatens|promised|urged|urges|demanded|condemned|condemns"
            + "|maintained|maintains|asserted|asserts|countered|replied|responded|reiterated|suggested|predicted|cautioned"
            + "|rejects|rejected|dismisses|dismissed|disputes|disputed|puts|concedes|conceded"
            + "|[Aa]ccording to|reported by|announced by|cited by)\\b(?! to (?:be|have)\\b)(?!\\s+(?:are|is|were|was|of)\\b)");
    /** Verbs whose object is the listener, never the speaker ("told CNN"). */
    private static final Set<String> NO_INVERSION = Set.of("told", "tells", "rejects", "rejected", "dismisses", "dismissed", "disputes",
            "disputed", "puts", "accused", "accuses", "blamed", "blames", "urged", "urges",
            "threatened", "threatens", "warned", "warns", "condemned", "condemns", "promised", "demanded");
    private static final Pattern PASSIVE = Pattern.compile("\\b(was|were|been|is|are|be|being)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A clause that opens with a preposition is circumstance ("during a call with X"), not the speaker. */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("^(?:during|after|before|in|on|at|with|amid|despite|following|"
            + "speaking|citing|in a|in an|while|when|without|through|via|from|for|as|by|to|under|over|since|until|though|although)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that may stand between a subject and its verb, or start a clause, and are not part of the name. */
    private static final Pattern LEADING = Pattern.compile("^(?:(?:according to|though|and|but|while|meanwhile|too|in addition|for its part|for his part|for her part|in response|in a statement|also|earlier|previously|later|then|however|now|"
            + "today|yesterday|in turn|moreover|further|furthermore|as|so|which|who|that|has|have|had|had also|has also|already|"
            + "reportedly|officially|publicly|separately|had earlier|has repeatedly|repeatedly|once again|again)\\b[\\s,]*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(?:[\\s,]+(?:also|earlier|previously|later|then|meanwhile|however|now|today|"
            + "yesterday|has|have|had|already|repeatedly|once again|again|officially|publicly|separately|in turn|on \\w+|last \\w+|this \\w+|"
            + "though|however|too|also|in a statement|in an interview|on Telegram|on social media))+$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Pattern ROLE = Pattern.compile("\\b(force|forces|navy|guard|ministry|defence|defense|official|officials|spokesman|spokeswoman|spokesperson|minister|ministry|governor|"
            + "mayor|commander|president|army|military|forces|staff|police|prosecutor|prosecutors|office|authorities|administration|"
            + "agency|service|services|source|sources|analyst|analysts|witness|witnesses|residents|resident|head|chief|command|"
            + "council|department|intelligence|general|adviser|advisor|aide|ambassador|envoy|representative|spokesmen|operator|"
            + "company|media|report|reports|statement|newspaper|correspondent|journalist|journalists|experts|expert|observers|monitors|"
            + "mission|people|he|she|they|it|we|i)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile("^(?:(?:a|an|the|some|several|unnamed|anonymous|other)\\s+)*(?:sources?|officials?|"
            + "people|insiders?|reports?|media|media reports|people familiar with the matter)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITIVE = Pattern.compile("^(?:a|an|the|who|which|one of|head of|chief of|leader of|"
            + "spokesman|spokeswoman|spokesperson|an official)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOPWORD = Pattern.compile("(?i)(the|a|an|this|that|these|those|it's|there|here|what|which|who|when)");
    /** A clause that describes rather than names: "Russia's main intelligence service", "his deputy". */
    private static final Pattern DESCRIPTIVE = Pattern.compile("^(?:\\p{Lu}[\\p{L}.-]*['’]s\\s+\\p{Ll}|(?:his|her|its|their)\\s)");
    private static final String QUOTES = "\"“”«»„";

    /**
     * A speaker found in a sentence.
     *
     * @param name        the speaker as written, without leading conjunctions and adverbs
     * @param start       offset of the name in the sentence
     * @param end         offset after it
     * @param description the name with any appositive describing it ("Vitaly Ganchev, an official appointed by Moscow")
     * @param pronoun     whether the name is a pronoun (he, she, they, it, we)
     * @param vague       whether it is attributed to no one in particular ("sources said", "it was reported")
     * @param verb        the verb or phrase that attributes it
     */
    record Found(String name, int start, int end, String description, boolean pronoun, boolean vague, String verb) {
    }

    private Attribution() {
    }

    /** Headline capitals on reporting verbs ("Russia Claims Capture of …"), lowered so the verbs are found. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("\\b(Says|Said|Claims|Claimed|Denies|Denied|Reports|Reported|Announces|"
            + "Announced|Rejects|Rejected|Dismisses|Dismissed|Accuses|Insists|Confirms|Admits|Warns|Puts|Concedes|Disputes)\\b");

    /** "Ukrainian army: Kupyansk is under our control" — a headline's speaker before a colon. */
    private static final Pattern COLON_SPEAKER = Pattern.compile("^([^:\"“”]{2,60}?):\\s+\\S");

    /** Every attribution in a headline, whose verbs may be capitalised; a speaker before a colon comes first. */
    static List<Found> inHeadline(String title) {
        Matcher colon = COLON_SPEAKER.matcher(title);
        if (colon.find()) {
            String np = clean(colon.group(1));
            if (!np.isEmpty() && plausible(np) && np.split("\\s+").length <= 6 && (nameLike(np) || ROLE.matcher(np).find())) {
                int at = title.indexOf(np);
                List<Found> out = new ArrayList<>();
                out.add(found(np, at, "colon"));
                return out;
            }
        }
        Matcher m = HEADLINE_VERB.matcher(title);
        StringBuilder b = new StringBuilder(title);
        while (m.find()) b.setCharAt(m.start(), Character.toLowerCase(title.charAt(m.start())));
        return in(b.toString());
    }

    /** Every attribution in a sentence, in text order. */
    static List<Found> in(String text) {
        // One character for another: offsets stay those of the text.
        String sentence = text.replace('\u00A0', ' ');
        List<Found> out = new ArrayList<>();
        Matcher m = VERB.matcher(sentence);
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            Found f = switch (verb) {
                case "according to", "reported by", "announced by", "cited by" -> after(sentence, m.end(), verb);
                default -> subject(sentence, m.start(), m.end(), verb);
            };
            if (f != null && f.start() >= 0) out.add(f);
        }
        return out;
    }

    /** The subject of a reporting verb: before it, or after it when inverted ("…,” said the spokesman). */
    private static Found subject(String s, int verbStart, int verbEnd, String verb) {
        String pre = s.substring(0, verbStart);
        if (PASSIVE.matcher(pre).find()) {
            // "it was announced", "has been reported": attributed to no one the sentence names.
            String before = pre.replaceAll("(?i)\\b(was|were|been|is|are|be|being)\\s+$", "").replaceAll("(?i)\\b(has|have|had)\\s+$", "").strip();
            if (before.matches("(?i).*\\b(it|this|that)$")) return new Found("", verbStart, verbStart, "", false, true, verb);
            return null;
        }
        int cut = lastBoundary(pre), end = pre.length();
        // "X, meanwhile, announced", "X, during a briefing, said": step back over clauses that hold no name.
        while (nameless(clean(pre.substring(cut, end))) && cut > 1 && pre.charAt(cut - 1) == ',') {
            end = cut - 1;
            cut = lastBoundary(pre.substring(0, end));
        }
        String np = clean(pre.substring(cut, end));
        if (STOPWORD.matcher(np).matches()) return null;
        if (!np.isEmpty() && (APPOSITIVE.matcher(np).find() || DESCRIPTIVE.matcher(np).find()) && cut > 1 && pre.charAt(cut - 1) == ',') {
            // The clause is an appositive: the name is the clause before it.
            int nameStart = lastBoundary(pre.substring(0, cut - 1));
            String name = clean(pre.substring(nameStart, cut - 1));
            if (nameLike(name)) {
                int at = s.indexOf(name, nameStart);
                return new Found(name, at, at + name.length(), name + ", " + np, false, false, verb);
            }
        }
        int segStart = cut;
        // "…, reported the grid operator Ukrenergo": after a comma, a whole clause before the verb is what was said.
        boolean clauseBefore = pre.stripTrailing().endsWith(",") && (np.split("\\s+").length > 6
                || np.matches("(?i).*\\b(is|are|was|were|has|have|had|will|would|been)\\b.*"));
        if ((np.isEmpty() || endsWithQuote(pre) || clauseBefore) && !NO_INVERSION.contains(verb)) {
            // "…,” said the spokesman.
            Found inverted = after(s, verbEnd, verb);
            if (inverted != null && !inverted.name().matches("(?i).*\\b(is|are|was|were|has|have|had|will|would)\\b.*")) return inverted;
        }
        if (np.isEmpty() || clauseBefore || !plausible(np) || CIRCUMSTANCE.matcher(np).find()) return null;
        int at = s.indexOf(np, segStart);
        Found f = found(np, at, verb);
        if (cut > 1 && pre.charAt(cut - 1) == ',') {
            // "The commander of Ukraine's 36th Brigade, Maj. Serhii Volyna, told …": the clause before describes him.
            int back = lastBoundary(pre.substring(0, cut - 1));
            String described = clean(pre.substring(back, cut - 1));
            if (described.matches("(?i)^(the|a|an)\\b.*") && ROLE.matcher(described).find()) {
                f = new Found(f.name(), f.start(), f.end(), described + ", " + f.name(), f.pronoun(), f.vague(), verb);
            }
        }
        return f;
    }

    /** The name after "according to", or after an inverted verb. */
    private static Found after(String s, int from, String verb) {
        String rest = s.substring(from);
        // A full stop after a single capital is an abbreviation ("U.K. officials").
        Matcher end = Pattern.compile("[,;:!?()\"“”«»]|(?<!\\b\\p{Lu})\\.|\\s(?:that|on|in a|in an|at a|during|after|when|who|which|and then|last|this|by phone)\\s").matcher(rest);
        int stop = end.find() ? end.start() : rest.length();
        String np = clean(rest.substring(0, stop));
        if (np.isEmpty() || !plausible(np) || np.split("\\s+").length > 12) return null;
        int at = s.indexOf(np, from);
        return found(np, at, verb);
    }

    private static Found found(String np, int at, String verb) {
        String lower = np.toLowerCase(Locale.ROOT);
        boolean pronoun = PRONOUNS.contains(lower);
        boolean vague = VAGUE.matcher(np).matches();
        return new Found(np, at, at + np.length(), np, pronoun, vague, verb);
    }

    /** Where the clause that ends the text starts: after a quote, a semicolon, a colon, a comma or "that". */
    private static int lastBoundary(String pre) {
        int cut = 0;
        for (int i = pre.length() - 1; i >= 0; i--) {
            char c = pre.charAt(i);
            if (QUOTES.indexOf(c) >= 0 || c == ';' || c == ':' || c == ',' || c == '(' || c == ')') {
                cut = i + 1;
                break;
            }
        }
        Matcher that = Pattern.compile("(?i)\\b(that|as|while|because|after|when|since|but)\\s").matcher(pre);
        while (that.find()) if (that.end() > cut) cut = that.end();
        return cut;
    }

    /** A short run of mostly capitalised words: "Vitaly Ganchev", "The SBU", not a clause. */
    private static boolean nameLike(String s) {
        String[] words = s.split("\\s+");
        if (s.isEmpty() || words.length > 6 || !Character.isUpperCase(s.codePointAt(0))) return false;
        int capitalised = 0;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) capitalised++;
        return capitalised * 2 >= words.length;
    }

    private static boolean nameless(String clause) {
        return clause.isEmpty() || CIRCUMSTANCE.matcher(clause).find();
    }

    /** Whether the text before the verb ends with a closing quote, with or without a comma ("…,” said X"). */
    private static boolean endsWithQuote(String pre) {
        String t = pre.stripTrailing();
        if (t.endsWith(",")) t = t.substring(0, t.length() - 1).stripTrailing();
        return !t.isEmpty() && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0
                || pre.stripTrailing().length() > 1 && QUOTES.indexOf(pre.stripTrailing().charAt(pre.stripTrailing().length() - 2)) >= 0;
    }

    private static String clean(String seg) {
        String t = seg.replace('\u00A0', ' ').strip();
        String before;
        do {
            before = t;
            t = t.replaceAll("[\\s,;:]+$", "");
            t = LEADING.matcher(t).replaceFirst("").strip();
            t = TRAILING.matcher(t).replaceFirst("").strip();
        } while (!t.equals(before));
        return t;
    }

    /** Whether a phrase can name a speaker: a pronoun, a capitalised name, or a role noun, and not a whole clause. */
    private static boolean plausible(String np) {
        String[] words = np.split("\\s+");
        if (words.length > 12) return false;
        if (PRONOUNS.contains(np.toLowerCase(Locale.ROOT))) return true;
        if (ROLE.matcher(np).find()) return true;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) return true;
        return false;
    }
}
