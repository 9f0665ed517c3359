package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps CoreNLP's person, organisation and place mentions, and adds {@link Mention#PROPER} spans for the capitalised
 * proper nouns it left untyped ("the Bakhmut sector") or typed oddly: a one-word PERSON or ORGANIZATION that is never
 * the surname of a longer person name in the text, or that follows a place preposition ("near Tonenke"). Place
 * resolution needs them: CoreNLP calls Kupiansk a person. Stateless and thread-safe.
 */
final class ProperNouns {
    static final Set<String> KEPT = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> PLACE = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** NER types that say what a capitalised word is well enough: not candidates for PROPER. */
    private static final Set<String> SETTLED = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT", "NATIONALITY", "TITLE", "RELIGION", "IDEOLOGY", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "EMAIL", "URL");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "to", "towards", "toward", "around", "outside",
            "from", "of", "into", "through", "across", "inside", "over", "via", "between", "and");

    private ProperNouns() {
    }

    static List<Mention> find(Doc doc) {
        List<Token> t = doc.tokens();
        List<Mention> out = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (Span s : doc.spans()) if (s.type().equals("PERSON") && s.last() > s.first()) surnames.add(t.get(s.last()).word());
        boolean[] covered = new boolean[t.size()];
        for (Span s : doc.spans()) {
            if (!KEPT.contains(s.type()) || t.get(s.first()).tag().startsWith("PRP")) continue;
            String text = doc.text().substring(s.start(), s.end());
            out.add(new Mention(text, s.start(), s.end(), s.type(), s.sentence()));
            boolean odd = !PLACE.contains(s.type()) && s.first() == s.last()
                    && (s.type().equals("PERSON") && !surnames.contains(t.get(s.first()).word()) && !titled(t, s.first())
                    || s.first() > 0 && LOCATIVE.contains(t.get(s.first() - 1).lower()));
            if (!odd) for (int i = s.first(); i <= s.last(); i++) covered[i] = true;
        }
        for (int i = 0; i < t.size(); i++) {
            if (covered[i] || !candidate(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && !covered[j + 1] && candidate(t.get(j + 1)) && t.get(j + 1).sentence() == t.get(i).sentence()) j++;
            out.add(new Mention(doc.text(i, j), t.get(i).start(), t.get(j).end(), Mention.PROPER, t.get(i).sentence()));
            i = j;
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.type().compareTo(b.type()));
        return out;
    }

    private static boolean candidate(Token x) {
        return x.isProperNoun() && Character.isUpperCase(x.word().codePointAt(0)) && !SETTLED.contains(x.ner())
                && !HONORIFIC.matcher(x.word()).matches() && !TITLES.contains(x.lower())
                // "Ukrainians", "Russians", a "Russian" CoreNLP calls MISC: peoples, not places
                && !(x.tag().equals("NNPS") && x.word().endsWith("ans"))
                && !(x.ner().equals("MISC") && DEMONYM.matcher(x.word()).matches());
    }

    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:ian|an|ish|ese|i)s?");
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("(?i)(?:mr|mrs|ms|dr|gen|col|lt|sgt|st|prof|rev|sen|rep|gov)\\.?");

    /** "President Putin", "Mr. Blinken": a title before a one-word name says it is a person. */
    private static boolean titled(List<Token> t, int i) {
        if (i == 0) return false;
        Token before = t.get(i - 1);
        return before.ner().equals("TITLE") || HONORIFIC.matcher(before.word()).matches() || TITLES.contains(before.lower());
    }

    /** Titles and ranks: capitalised before a name, but not names (fine-grained NER, which would type them, is off). */
    private static final Set<String> TITLES = Set.of("president", "minister", "prime", "secretary", "general", "spokesman",
            "spokeswoman", "spokesperson", "chancellor", "commander", "colonel", "lieutenant", "major", "captain",
            "sergeant", "governor", "mayor", "ambassador", "chairman", "director", "chief", "head", "king", "queen",
            "pope", "senator", "deputy", "foreign", "defence", "defense", "vice", "premier", "marshal", "admiral");
}
