package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who said a quote from the words around it in its sentence: "…," he said / Fityo said / said the spokesman /
 * a regional official wrote / Ukraine's General Staff reported; or, before it, Fityo said: "…". A pronoun becomes
 * the nearest person named before the quote. Stateless and thread-safe.
 */
final class Speakers {
    private static final Set<String> VERBS = Set.of("say", "tell", "add", "report", "write", "state", "explain", "note",
            "assure", "announce", "claim", "declare", "stress", "emphasize", "emphasise", "insist", "warn", "comment",
            "conclude", "reply", "answer", "ask", "recall", "confirm", "post", "tweet", "accord", "continue", "admit",
            "acknowledge", "argue", "believe", "quote", "underline", "affirm", "clarify", "specify", "point");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had", "been", "also",
            "later", "then", "further", "once", "again", "would", "will", "could", "earlier");
    private static final Set<String> STOPS = Set.of(",", ".", ":", ";", "in", "on", "at", "to", "during", "after", "that",
            "while", "when", "as", "``", "''", "(", "-LRB-", "told", "via", "from", "for", "with");
    private static final int WINDOW = 12;

    private Speakers() {
    }

    static List<Quote> find(Doc doc, List<int[]> quotes, List<Mention> persons) {
        List<Quote> out = new ArrayList<>();
        for (int[] q : quotes) {
            int innerStart = q[0], innerEnd = q[1], outerStart = q[2], outerEnd = q[3];
            int firstTok = doc.firstTokenAtOrAfter(innerStart);
            if (firstTok >= doc.tokens().size()) continue;
            int sentence = doc.tokens().get(firstTok).sentence();
            String speaker = after(doc, outerEnd, persons, innerStart);
            if (speaker == null) speaker = before(doc, outerStart, persons, innerStart);
            out.add(new Quote(doc.text().substring(innerStart, innerEnd), speaker, innerStart, innerEnd, sentence));
        }
        return out;
    }

    private static String after(Doc doc, int outerEnd, List<Mention> persons, int quoteStart) {
        List<Token> t = doc.tokens();
        int a = doc.firstTokenAtOrAfter(outerEnd);
        if (a >= t.size() || a == 0) return null;
        int sentence = t.get(a - 1).sentence();
        // The quote closed its sentence: nothing after it in that sentence says who spoke.
        if (t.get(a).sentence() != sentence) return null;
        for (int k = a; k < t.size() && k < a + WINDOW && t.get(k).sentence() == sentence; k++) {
            Token x = t.get(k);
            if (x.word().equals("``") || x.tag().equals("``")) return null;
            if (!isSpeech(x)) continue;
            if (x.lemma() != null && x.lemma().equals("accord")) {
                return k + 2 < t.size() && t.get(k + 1).lower().equals("to") ? phrase(doc, k + 2, sentence, persons, quoteStart) : null;
            }
            int from = a, to = k - 1;
            while (from <= to && (t.get(from).isPunctuation() || AUXILIARIES.contains(t.get(from).lower()))) from++;
            while (to >= from && (t.get(to).isPunctuation() || AUXILIARIES.contains(t.get(to).lower()))) to--;
            if (from > to) return phrase(doc, k + 1, sentence, persons, quoteStart);
            int comma = from;
            while (comma <= to && !t.get(comma).word().equals(",")) comma++;
            return name(doc, from, comma - 1, persons, quoteStart);
        }
        return null;
    }

    private static String before(Doc doc, int outerStart, List<Mention> persons, int quoteStart) {
        List<Token> t = doc.tokens();
        int q = doc.firstTokenAtOrAfter(outerStart);
        if (q == 0 || q >= t.size()) return null;
        int sentence = t.get(q).sentence();
        for (int k = q - 1; k >= 0 && k >= q - WINDOW && t.get(k).sentence() == sentence; k--) {
            if (!isSpeech(t.get(k)) || t.get(k).lemma().equals("accord")) continue;
            int to = k - 1;
            while (to >= 0 && t.get(to).sentence() == sentence && AUXILIARIES.contains(t.get(to).lower())) to--;
            int from = to;
            while (from - 1 >= 0 && t.get(from - 1).sentence() == sentence && isNounPhrase(t.get(from - 1))) from--;
            if (to < 0 || from > to || !isNounPhrase(t.get(to))) return null;
            return name(doc, from, to, persons, quoteStart);
        }
        return null;
    }

    /** The noun phrase after a verb: "said the spokesman" → the spokesman. */
    private static String phrase(Doc doc, int from, int sentence, List<Mention> persons, int quoteStart) {
        List<Token> t = doc.tokens();
        int to = from - 1;
        while (to + 1 < t.size() && to + 1 < from + 8 && t.get(to + 1).sentence() == sentence && !STOPS.contains(t.get(to + 1).lower())) to++;
        return from > to ? null : name(doc, from, to, persons, quoteStart);
    }

    private static String name(Doc doc, int from, int to, List<Mention> persons, int quoteStart) {
        List<Token> t = doc.tokens();
        if (from > to) return null;
        if (from == to && PRONOUNS.contains(t.get(from).lower())) return nearestPerson(persons, quoteStart);
        if (from == to && t.get(from).tag().startsWith("PRP")) return null; // "it was announced", "they said"
        int start = t.get(from).start(), end = t.get(to).end();
        Mention last = null;
        for (Mention m : persons) if (m.start() >= start && m.end() <= end) last = m;
        return last != null ? last.text() : doc.text().substring(start, end);
    }

    /**
     * The person a pronoun stands for: the nearest full name ("Denis Pushilin") or known surname before the quote. A
     * lone capitalised word CoreNLP called a person ("In Lyman, …") is too often a place to stand for "he".
     */
    private static String nearestPerson(List<Mention> persons, int before) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : persons) {
            int sp = m.text().lastIndexOf(' ');
            if (sp > 0) surnames.add(m.text().substring(sp + 1));
        }
        Mention best = null;
        for (Mention m : persons) {
            if (m.end() > before) break;
            if (m.text().indexOf(' ') > 0 || surnames.contains(m.text())) best = m;
        }
        return best == null ? null : best.text();
    }

    private static boolean isSpeech(Token x) {
        return x.tag().startsWith("VB") && x.lemma() != null && VERBS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isNounPhrase(Token x) {
        return x.isNoun() || x.tag().startsWith("PRP") || x.tag().equals("DT") || x.tag().startsWith("JJ") || x.tag().equals("POS");
    }
}
