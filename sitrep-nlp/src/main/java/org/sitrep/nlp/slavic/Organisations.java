package org.sitrep.nlp.slavic;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sitrep.nlp.slavic.Lexicon.Analysis;

/**
 * How far an organisation's name reaches, for {@link SlavicNames}: from capitalised adjectives to the lower-case head
 * noun after them ("Збройних сил", "Сухопутними войсками", "Державна прикордонна служба"), over the lower-case
 * genitives after its head ("Міністерство оборони") and the country, region or other capitalised genitive name it
 * belongs to ("… України", "… Російської Федерації", "Рада міністрів Автономної Республіки Крим"), or the larger body
 * and its country ("Інститут української мови НАН України"); and which words open
 * one at a sentence's start, where capitals say nothing ("Міністерство оборони Росії заявило…"). Thread-safe.
 */
final class Organisations {
    private final Lang lang;
    private final Predicate<List<Analysis>> person;

    /** The rules of {@code lang}; {@code person} says whether a word's readings name a person. */
    Organisations(Lang lang, Predicate<List<Analysis>> person) {
        this.lang = lang;
        this.person = person;
    }

    /**
     * "Збройних сил", "Сухопутними войсками", "Державна прикордонна служба": capitalised adjectives followed by up to
     * two lower-case adjectives and a lower-case organisation head; the head's index, or -1.
     */
    int headAfter(List<SlavicToken> t, List<List<Analysis>> r, int last, int sentence) {
        // the dictionary may know the capitalised form as a name only ("Українська", a street): its lower case counts
        if (!adjective(r.get(last)) && !adjective(Lexicon.of(lang).exactly(t.get(last).lower()))) return -1;
        for (int k = last + 1; k <= last + 3 && k < t.size() && t.get(k).sentence() == sentence && t.get(k).isWord()
                && !t.get(k).isCapitalised(); k++) {
            if (head(r.get(k))) return k;
            if (!adjective(r.get(k))) return -1;
        }
        return -1;
    }

    /**
     * Whether the word at a sentence's start {@code i} opens an organisation's name though the dictionary knows it as a
     * common word: an organisation head ("Міністерство", "Рада") whose name goes on to the country or region it
     * belongs to, right away or after lower-case genitives ("Рада міністрів Автономної Республіки Крим", "Служба безпеки
     * України"). Not a word that only describes the name after it ("Компания Hewlett-Packard": the name is the company).
     */
    boolean opensAtSentenceStart(List<SlavicToken> t, List<List<Analysis>> r, int i) {
        if (!head(r.get(i)) || NameWords.ORG_BEFORE.contains(t.get(i).lower())) return false;
        int sentence = t.get(i).sentence();
        int end = extendOverGenitives(t, r, i, sentence);
        return end > i && t.get(end).isCapitalised();
    }

    /** The last token of an organisation name that goes on over lower-case genitives ("Міністерство оборони"). */
    int extendOverGenitives(List<SlavicToken> t, List<List<Analysis>> r, int last, int sentence) {
        int end = last;
        for (int k = last + 1; k < t.size() && k <= last + 3 && t.get(k).sentence() == sentence; k++) {
            SlavicToken x = t.get(k);
            if (!x.isWord() || x.isCapitalised()) break;
            if (!genitive(r.get(k))) break;
            end = k;
        }
        // an adjective alone at the end belongs to a word that is not there
        while (end > last && !noun(r.get(end))) end--;
        int owner = ownerAfter(t, r, end, sentence);
        if (owner > 0) return owner;
        // a body of a larger one: "Інститут української мови НАН України", "Тилу ЗС України"
        int k = end + 1;
        if (end > last && k < t.size() && t.get(k).sentence() == sentence && t.get(k).isAcronym()) {
            owner = ownerAfter(t, r, k, sentence);
            if (owner > 0) return owner;
        }
        return end;
    }

    /**
     * The last token of the country, region or other name in the genitive right after token {@code end} that an
     * organisation belongs to, or -1: one genitive place ("України", "Украины"), or capitalised genitive adjectives
     * and a capitalised genitive noun ("Російської Федерації", "Автономної Республіки"), with a place's name in
     * apposition after it ("… Республіки Крим"). A person's name is no owner ("Міністерства оборони Олексія …").
     */
    int ownerAfter(List<SlavicToken> t, List<List<Analysis>> r, int end, int sentence) {
        int k = end + 1, adjectives = 0;
        while (k < t.size() && k <= end + 4 && t.get(k).sentence() == sentence && t.get(k).isWord() && t.get(k).isCapitalised()
                && !t.get(k).isAcronym() && !person.test(r.get(k)) && genitive(r.get(k))) {
            if (!noun(r.get(k)) || adjective(r.get(k)) && !place(r.get(k))) {
                adjectives++;
                k++;
                continue;
            }
            // the noun ends it: a place, or a capitalised noun after capitalised adjectives
            if (!place(r.get(k)) && adjectives == 0) return -1;
            int last = k;
            if (k + 1 < t.size() && t.get(k + 1).sentence() == sentence && t.get(k + 1).isCapitalised() && !t.get(k + 1).isAcronym()
                    && !person.test(r.get(k + 1)) && place(r.get(k + 1))) last = k + 1;
            return last;
        }
        return -1;
    }

    /**
     * "W Moskwie Ministerstwo Obrony", "у Києві Міністерство оборони": an organisation head after a noun that is no
     * adjective starts a name of its own (heads follow adjectives: "Верховна Рада", "Narodowy Bank").
     */
    boolean headAfterNoun(SlavicToken before, List<Analysis> a, List<Analysis> b) {
        if (!head(b) || !noun(a) || adjective(a) || before.isAcronym()) return false;
        return !adjective(Lexicon.of(lang).exactly(before.lower()));
    }

    private boolean head(List<Analysis> readings) {
        for (Analysis a : readings) if (BaseForms.isNoun(lang, a) && NameWords.ORG_HEAD.contains(a.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private boolean genitive(List<Analysis> readings) {
        for (Analysis a : readings)
            if ((BaseForms.isNoun(lang, a) || BaseForms.isAdjective(lang, a)) && BaseForms.grammaticalCase(lang, a).equals("gen")) return true;
        return false;
    }

    private boolean place(List<Analysis> readings) {
        for (Analysis a : readings) if (a.has("geo")) return true;
        return Countries.names(lang, readings);
    }

    private boolean noun(List<Analysis> readings) {
        for (Analysis a : readings) if (BaseForms.isNoun(lang, a)) return true;
        return false;
    }

    private boolean adjective(List<Analysis> readings) {
        for (Analysis a : readings) if (BaseForms.isAdjective(lang, a)) return true;
        return false;
    }
}
