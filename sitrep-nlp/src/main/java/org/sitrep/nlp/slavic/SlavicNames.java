package org.sitrep.nlp.slavic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.slavic.Lexicon.Analysis;

/**
 * Names of people ({@code PERSON}), organisations ({@code ORGANIZATION}) and places ({@code LOCATION}) in Ukrainian,
 * Russian or Polish text, each with {@link Mention#base} its dictionary form ("Олександра Сирського" → "Олександр
 * Сирський", "у Куп'янську" → "Куп'янськ", "в Купянске" → "Купянск", "w Kupiańsku" → "Kupiańsk"; {@link BaseForms}).
 *
 * <p>A name is a run of capitalised words (initials and acronyms included) inside a sentence, cut where a place word
 * meets a person's name ("президенту України Леоніду Кравчуку"); a sentence's first word belongs to one only if the
 * dictionary knows it as a name and not as a common word ("Але", "Вона" are not), or a capitalised word follows it.
 * Roman numerals and acronyms the dictionary knows as common nouns ("ЗМІ") are no names. The type comes, in order,
 * from: a legal form and quotes ("ТОВ «Грімальді»"); an acronym (a place for США, РФ and republics ending in Р, else an
 * organisation); an organisation head among its words or right after it ("Міністерство оборони", "Верховної Ради",
 * "Збройних сил"), extended over the lower-case genitives and the genitive place that follow ("… України"); an
 * organisation word before it ("партія «…»", "spółka"); a place word after or before it ("області", "місто", "obwód");
 * Russian adjectives before a thing ("Новой Зеландии"); the dictionary's readings (first names, surnames,
 * patronymics, geographic names; Polish personal nouns), a word naming both a person and a place being the place
 * after a preposition unless the text named that person in full; a surname of the text's full names; unknown
 * Cyrillic words in twos or threes ("Пегги Уитсон"); a company shape ("Газпрома", "Минэкономразвития"); Latin
 * letters in Cyrillic text ("Facebook"); a title before it ("генерал"), not before a country; Russian nouns the
 * dictionary knows as things (places); a surname- or place-shaped ending; a locative preposition before it. A run
 * none of these types is a {@link Mention#PROPER} span, as is a one-word name typed only by its ending or its
 * preposition: place resolution reads both. Thread-safe.
 */
public final class SlavicNames {
    private final Lang lang;
    private final Lexicon lexicon;
    private final Organisations orgs;

    /** The name finder of {@code lang}; loads its dictionary on first use. */
    public SlavicNames(Lang lang) {
        this.lang = lang;
        this.lexicon = Lexicon.of(lang);
        this.orgs = new Organisations(lang, this::isPerson);
    }

    /** The names in a tokenized text, in text order. */
    public List<Mention> find(SlavicTokenizer.Tokenized text) {
        List<SlavicToken> t = text.tokens();
        List<List<Analysis>> readings = new ArrayList<>(t.size());
        boolean[] candidate = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            SlavicToken x = t.get(i);
            List<Analysis> r = x.isWord() ? lexicon.analyse(x.text()) : List.of();
            readings.add(r);
        }
        for (int i = 0; i < t.size(); i++) candidate[i] = candidate(t, readings, i);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!candidate[i]) continue;
            int j = i;
            while (j + 1 < t.size() && candidate[j + 1] && t.get(j + 1).sentence() == t.get(i).sentence()
                    && t.get(j + 1).isAcronym() == t.get(j).isAcronym() && !t.get(j).isAcronym()
                    && !placeMeetsPerson(readings.get(j), readings.get(j + 1))
                    && !countryBeforeUnknown(readings.get(j), readings.get(j + 1))
                    && !thingBeforeFirstName(readings.get(j), readings.get(j + 1))
                    && !orgs.headAfterNoun(t.get(j), readings.get(j), readings.get(j + 1))
                    && (!lang.cyrillic() || latin(t, j, j) == latin(t, j + 1, j + 1))
                    && !(orgShaped(t.get(j), readings.get(j)) && isPerson(readings.get(j + 1)))
                    && !regionStarts(t, readings, j + 1)) j++;
            runs.add(new int[] {i, j});
            i = j;
        }
        // surnames of the text's full names ("Владимир Путин"): the same word alone later is that person
        Set<String> surnames = new HashSet<>();
        for (int[] run : runs) {
            int people = 0;
            boolean initial = false;
            for (int k = run[0]; k <= run[1]; k++) {
                if (t.get(k).isInitial()) initial = true;
                if (isPerson(readings.get(k))) people++;
            }
            if (run[1] > run[0] && (initial || people >= 2 || unknownPeople(t, readings, run[0], run[1]))) {
                surnames.add(t.get(run[1]).lower());
                for (Analysis a : BaseForms.personal(lang, readings.get(run[1]))) surnames.add(a.lemma().toLowerCase(Locale.ROOT));
            }
        }
        List<Mention> out = new ArrayList<>();
        int consumed = -1;
        for (int[] run : runs) {
            if (run[0] <= consumed) continue;
            consumed = type(text, readings, run[0], run[1], surnames, out);
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.type().compareTo(b.type()));
        return out;
    }

    private boolean candidate(List<SlavicToken> t, List<List<Analysis>> readings, int i) {
        SlavicToken x = t.get(i);
        if (!x.isWord() || !x.isCapitalised() || NameWords.NOT_NAME.contains(x.text())) return false;
        if (x.isInitial()) return i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).isCapitalised();
        String lower = x.lower();
        if (NameWords.TITLE.contains(lower) || NameWords.PLACE_BEFORE.contains(lower) || x.text().endsWith(".")) return false;
        if (ROMAN.matcher(x.text()).matches()) return false;
        // "ЗМІ" is no name, "ЗС України", "НАН України" are: an acronym the dictionary knows that belongs to a country
        if (x.isAcronym()) return !commonAcronym(readings.get(i))
                || NameWords.LEGAL_FORM.contains(lower) && i + 1 < t.size() && isQuote(t.get(i + 1).text())
                || orgs.ownerAfter(t, readings, i, x.sentence()) > 0;
        // "— Він сказав", "поруч .. Він": a pronoun or conjunction right after punctuation opens a sentence or a
        // speech; it is that word, not a name the dictionary spells the same ("Того" the country)
        if (personalPronoun(lower)) return false; // "про яку Він забув", "Ви": a pronoun capitalised in reverence
        if (i > 0 && !t.get(i - 1).isWord() && !t.get(i - 1).isNumber() && !isQuote(t.get(i - 1).text()) && functionWord(lower)) return false;
        if (!sentenceStart(t, i)) return true;
        // a sentence's first word: a name only if the dictionary says so and it is no common word ("Але", "Вона"),
        // or if a capitalised word follows it ("Надія Савченко")
        boolean proper = false;
        for (Analysis a : readings.get(i)) if (BaseForms.proper(lang, a)) proper = true;
        if (readings.get(i).isEmpty()) return true;
        if (orgs.opensAtSentenceStart(t, readings, i)) return true; // "Міністерство оборони Росії заявило"
        if (!proper || functionWord(x.lower())) return false; // "Того ж дня": the pronoun, not Togo
        if (!lexicon.isCommonWord(x.text())) return true;
        return i + 1 < t.size() && t.get(i + 1).sentence() == x.sentence() && t.get(i + 1).isWord() && t.get(i + 1).isCapitalised();
    }

    /** Whether only punctuation comes before token {@code i} in its sentence. */
    private static boolean sentenceStart(List<SlavicToken> t, int i) {
        for (int k = i - 1; k >= 0 && t.get(k).sentence() == t.get(i).sentence(); k--) if (t.get(k).isWord() || t.get(k).isNumber()) return false;
        return true;
    }

    /** Types the run {@code first..last} and adds its mentions; returns the last token they cover. */
    private int type(SlavicTokenizer.Tokenized text, List<List<Analysis>> r, int first, int last, Set<String> surnames, List<Mention> out) {
        List<SlavicToken> t = text.tokens();
        // "Закону України": a capitalised common noun before a name is no part of it (organisation heads are)
        if (last > first && commonNounOnly(t.get(first), r.get(first))) return type(text, r, first + 1, last, surnames, out);
        int sentence = t.get(first).sentence();
        String prev = word(t, first - 1, sentence), prev2 = word(t, first - 2, sentence);
        String next = word(t, last + 1, sentence);
        String type = null;
        boolean guessed = false;
        int end = last;

        int persons = 0, geos = 0, initials = 0, commonNouns = 0;
        boolean orgHead = false;
        for (int k = first; k <= last; k++) {
            if (t.get(k).isInitial()) initials++;
            boolean person = isPerson(r.get(k)), geo = Countries.names(lang, r.get(k));
            for (Analysis a : r.get(k)) {
                if (a.has("geo")) geo = true;
                if (NameWords.ORG_HEAD.contains(a.lemma().toLowerCase(Locale.ROOT))) orgHead = true;
                if (lang == Lang.RU && a.has("Inanim") || lang == Lang.PL && !BaseForms.proper(lang, a) && BaseForms.isNoun(lang, a))
                    commonNouns++;
            }
            if (NameWords.ORG_HEAD.contains(t.get(k).lower())) orgHead = true;
            if (person) persons++;
            if (geo) geos++;
        }
        int words = last - first + 1;
        SlavicToken only = t.get(first);
        if (words == 1 && only.isAcronym() && NameWords.LEGAL_FORM.contains(only.lower()) && isQuote(next)) {
            // "ТОВ «Грімальді»": the legal form, the quotes and the name between them
            int close = closingQuote(t, last + 1, sentence);
            if (close > 0) {
                type = "ORGANIZATION";
                end = close;
            }
        } else if (words == 1 && only.isAcronym()) {
            type = NameWords.PLACE_ACRONYM.contains(only.text()) || only.text().endsWith("Р") && only.text().length() >= 3
                    ? "LOCATION" : "ORGANIZATION";
            if (type.equals("ORGANIZATION")) end = orgs.extendOverGenitives(t, r, last, sentence);
        } else if (orgHead || orgs.headAfter(t, r, last, sentence) > 0) {
            type = "ORGANIZATION";
            end = orgs.extendOverGenitives(t, r, orgHead ? last : orgs.headAfter(t, r, last, sentence), sentence);
        } else if (NameWords.ORG_BEFORE.contains(prev) || isQuote(prev) && NameWords.ORG_BEFORE.contains(prev2)) {
            type = "ORGANIZATION";
        } else if (NameWords.PLACE_AFTER.contains(next)) {
            type = "LOCATION";
            end = last + 1;
        } else if (NameWords.PLACE_BEFORE.contains(prev) || regionStarts(t, r, last + 1)) {
            type = "LOCATION"; // "місто Куп'янськ", "в Купянск Харьковской области"
        } else if (words == 1 && commonAdjectiveBeforeNoun(t, r, first, sentence)) {
            type = null; // "Київський велотрек", "Червоної армії": a name's adjective whose noun is lower case
        } else if (lang == Lang.RU && words > 1 && adjectivesThenThing(r, first, last)) {
            type = "LOCATION"; // "Новой Зеландии", "Российской Федерации", "Соединенные Штаты"
        } else if (initials > 0 || persons >= 2 || persons == 1 && geos == 0) {
            type = "PERSON";
        } else if (persons > 0) {
            // a word that names a person and a place ("Львові", "Соні"): the place after a preposition
            type = NameWords.LOCATIVE.contains(prev) && !knownSurname(t.get(last), r.get(last), surnames) ? "LOCATION" : "PERSON";
        } else if (knownSurname(t.get(last), r.get(last), surnames) || unknownPeople(t, r, first, last)) {
            type = "PERSON";
        } else if (words == 1 && lang.cyrillic() && persons == 0 && geos == 0 && NameWords.ORG_SHAPE.matcher(only.lower()).matches()) {
            type = "ORGANIZATION";
        } else if (lang.cyrillic() && latin(t, first, last)) {
            type = "ORGANIZATION"; // "Facebook", "Google" in Cyrillic text: people and places are written in Cyrillic
        } else if (geos > 0) {
            type = "LOCATION";
        } else if (NameWords.TITLE.contains(prev) && commonNouns == 0) {
            type = "PERSON"; // "генерал Сирський"; not "президент России"
        } else if (lang == Lang.RU && commonNouns > 0 && persons == 0) {
            type = NameWords.LOCATIVE.contains(prev) || words == 1 ? "LOCATION" : null;
            guessed = true;
        } else if (NameWords.SURNAME.matcher(t.get(last).lower()).matches() && !NameWords.LOCATIVE.contains(prev)) {
            type = "PERSON";
            guessed = true;
        } else if ((NameWords.PLACE.matcher(t.get(last).lower()).matches() || NameWords.LOCATIVE.contains(prev))
                && !(words == 1 && commonNounOnly(only, r.get(first)))) {
            // not "у Розділі", "в Інтернеті": a word the dictionary knows only as a common noun is no place by its preposition
            type = "LOCATION";
            guessed = true;
        }
        List<SlavicToken> span = t.subList(first, end + 1);
        String surface = text.text().substring(t.get(first).start(), t.get(end).end());
        if (type != null) {
            String base = BaseForms.of(lang, span, r.subList(first, end + 1), type);
            out.add(new Mention(surface, t.get(first).start(), t.get(end).end(), type, sentence, base));
        }
        if (type == null || guessed && words == 1) {
            String base = BaseForms.of(lang, t.subList(first, last + 1), r.subList(first, last + 1), "LOCATION");
            out.add(new Mention(text.text().substring(t.get(first).start(), t.get(last).end()), t.get(first).start(),
                    t.get(last).end(), Mention.PROPER, sentence, base));
        }
        return Math.max(end, last);
    }

    /**
     * "Пегги Уитсон", "Ху Цзиньтао": two or three Cyrillic words the dictionary does not know, one of them a known
     * name or none shaped like a place.
     */
    private boolean unknownPeople(List<SlavicToken> t, List<List<Analysis>> r, int first, int last) {
        if (last == first || last - first > 2 || !lang.cyrillic()) return false;
        for (int k = first; k <= last; k++) {
            SlavicToken x = t.get(k);
            if (x.isAcronym() || latin(t, k, k) || !r.get(k).isEmpty() && !isPerson(r.get(k))) return false;
            if (NameWords.PLACE.matcher(x.lower()).matches() && r.get(k).isEmpty()) return false;
        }
        return true;
    }

    /** "президенту России Борису Николаевичу": a place word next to a person's name ends one name and starts another. */
    private boolean placeMeetsPerson(List<Analysis> a, List<Analysis> b) {
        return isPlace(a) && isPerson(b) && !isPerson(a) || isPlace(b) && isPerson(a) && !isPerson(b);
    }

    /**
     * "Москвы Юрия Лужкова", "Белоруссии Эдуард Товпинец": in Russian, whose dictionary tags no places, a thing in the
     * genitive (not a person) before a first name ends one name and starts another.
     */
    private boolean thingBeforeFirstName(List<Analysis> a, List<Analysis> b) {
        if (lang != Lang.RU || isPerson(a)) return false;
        boolean thing = false, firstName = false;
        for (Analysis x : a) if (x.has("Inanim") && BaseForms.isNoun(lang, x) && BaseForms.grammaticalCase(lang, x).equals("gen")) thing = true;
        for (Analysis x : b) if (x.has("Name")) firstName = true;
        return thing && firstName;
    }

    /** "Франции Эммануэля Макрона": a country before a word the dictionary does not know ends the name. */
    private boolean countryBeforeUnknown(List<Analysis> a, List<Analysis> b) {
        return b.isEmpty() && !isPerson(a) && Countries.names(lang, a);
    }

    /**
     * Whether the dictionary reads the word as a place and not as a person (Ukrainian: the only one with place tags), or
     * it is a country's name ({@link Countries}: "Украины", "Франции").
     */
    private boolean isPlace(List<Analysis> readings) {
        if (isPerson(readings)) return false;
        if (Countries.names(lang, readings)) return true;
        for (Analysis a : readings) if (a.has("geo")) return true;
        return false;
    }

    /** "Роскосмоса Анатолий Перминов": a company-shaped word ends a run before a person's name. */
    private boolean orgShaped(SlavicToken x, List<Analysis> readings) {
        return lang.cyrillic() && !isPerson(readings) && NameWords.ORG_SHAPE.matcher(x.lower()).matches();
    }

    /** Russian adjectives then a noun that is a thing, not a person: "Новой Зеландии", "Белом доме". */
    private boolean adjectivesThenThing(List<List<Analysis>> r, int first, int last) {
        if (isPerson(r.get(last))) return false;
        boolean thing = false;
        for (Analysis a : r.get(last)) if (a.has("Inanim")) thing = true;
        if (!thing) return false;
        for (int k = first; k < last; k++) {
            boolean adjective = false;
            for (Analysis a : r.get(k)) if (BaseForms.isAdjective(lang, a)) adjective = true;
            if (!adjective) return false;
        }
        return true;
    }

    /** Whether the tokens are written in Latin letters. */
    private static boolean latin(List<SlavicToken> t, int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = t.get(k).text();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
            }
        }
        return true;
    }

    /** A mid-name word the dictionary knows only as a common noun, not an organisation head. */
    private boolean commonNounOnly(SlavicToken x, List<Analysis> readings) {
        if (lang == Lang.RU || readings.isEmpty() || x.isAcronym() || x.isInitial()) return false;
        for (Analysis a : readings)
            if (BaseForms.proper(lang, a) || !BaseForms.isNoun(lang, a) || NameWords.ORG_HEAD.contains(a.lemma().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** A capitalised word that is a common adjective, followed by a lower-case word. */
    private boolean commonAdjectiveBeforeNoun(List<SlavicToken> t, List<List<Analysis>> r, int i, int sentence) {
        if (i + 1 >= t.size() || t.get(i + 1).sentence() != sentence || !t.get(i + 1).isWord() || t.get(i + 1).isCapitalised()) return false;
        for (Analysis a : lexicon.exactly(t.get(i).lower())) if (BaseForms.isAdjective(lang, a)) return true;
        return false;
    }

    /** The closing quote of the quote opening at {@code open}, within 8 tokens of the sentence; -1 if none. */
    private static int closingQuote(List<SlavicToken> t, int open, int sentence) {
        for (int k = open + 1; k < t.size() && k <= open + 8 && t.get(k).sentence() == sentence; k++) {
            String w = t.get(k).text();
            if (w.equals("»") || w.equals("“") || w.equals("”") || w.equals("\"")) return k;
        }
        return -1;
    }


    private boolean adjective(List<Analysis> readings) {
        for (Analysis a : readings) if (BaseForms.isAdjective(lang, a)) return true;
        return false;
    }

    /**
     * Whether a region's name starts at token {@code k}: a capitalised adjective and a region word ("Харьковской
     * области", "Харківської області"); the name before it is a place of its own ("в Купянск Харьковской области").
     */
    private boolean regionStarts(List<SlavicToken> t, List<List<Analysis>> r, int k) {
        return k + 1 < t.size() && t.get(k).isCapitalised() && !t.get(k).isAcronym() && t.get(k + 1).sentence() == t.get(k).sentence()
                && NameWords.PLACE_AFTER.contains(t.get(k + 1).lower()) && adjective(r.get(k));
    }

    /** A personal pronoun in the dictionary ("він", "нього", "он", "jego"), whatever else its form may be. */
    private boolean personalPronoun(String lower) {
        for (Analysis a : lexicon.exactly(lower)) {
            String tag = a.tag();
            boolean pronoun = switch (lang) {
                case UK -> tag.contains("pron:pers");
                case RU -> tag.startsWith("PNN") && (a.has("P1") || a.has("P2") || a.has("P3"));
                case PL -> tag.startsWith("ppron");
            };
            if (pronoun) return true;
        }
        return false;
    }

    /**
     * A pronoun, conjunction, preposition or particle in the dictionary ("того", "але", "его"): at a sentence start it is
     * that word even where the dictionary also lists a name of the same form ("Того" the country, "Але" a first name).
     */
    private boolean functionWord(String lower) {
        for (Analysis a : lexicon.exactly(lower)) {
            String tag = a.tag();
            boolean function = switch (lang) {
                case UK -> tag.contains("pron") || tag.startsWith("conj") || tag.startsWith("prep") || tag.startsWith("part");
                case RU -> tag.startsWith("PNN") || a.has("MPR") || tag.startsWith("CONJ") || tag.startsWith("PREP") || tag.startsWith("PARTICLE");
                case PL -> tag.startsWith("ppron") || tag.startsWith("conj") || tag.startsWith("prep") || tag.startsWith("qub");
            };
            if (function) return true;
        }
        return false;
    }


    /**
     * Whether the dictionary reads the word as part of a person's name. In Russian a surname reading whose lemma is
     * also a thing's ("израиль" the name and the country) or that is plural only ("Америки") does not count:
     * "Путина" (путин, the surname, beside путина, a fishing season) does.
     */
    private boolean isPerson(List<Analysis> readings) {
        Set<String> things = new HashSet<>();
        if (lang == Lang.RU) for (Analysis a : readings) if (a.has("Inanim")) things.add(a.lemma());
        for (Analysis a : readings) {
            if (!BaseForms.isPersonal(lang, a)) continue;
            if (lang == Lang.RU && (things.contains(a.lemma()) || a.has("PL"))) continue;
            return true;
        }
        return false;
    }

    private boolean knownSurname(SlavicToken x, List<Analysis> readings, Set<String> surnames) {
        if (surnames.contains(x.lower())) return true;
        for (Analysis a : BaseForms.personal(lang, readings)) if (surnames.contains(a.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

    /** An acronym the Ukrainian dictionary knows as a common noun ("ЗМІ", "ПДВ", "ОТГ"): no name. */
    private boolean commonAcronym(List<Analysis> readings) {
        if (lang != Lang.UK || readings.isEmpty()) return false;
        for (Analysis a : readings) if (a.has("prop")) return false;
        return true;
    }

    private static boolean isQuote(String w) {
        return w.equals("«") || w.equals("„") || w.equals("\"") || w.equals("“");
    }

    private static String word(List<SlavicToken> t, int i, int sentence) {
        if (i < 0 || i >= t.size() || t.get(i).sentence() != sentence) return "";
        return t.get(i).lower();
    }
}
