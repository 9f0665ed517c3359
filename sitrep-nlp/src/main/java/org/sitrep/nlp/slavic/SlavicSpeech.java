package org.sitrep.nlp.slavic;

import static org.sitrep.nlp.slavic.SlavicCalendar.FLAGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say who spoke in Ukrainian, Russian and Polish news, and the phrases around them that name the
 * speaker, for {@link SlavicQuotes}: speech verbs in the past (masculine, feminine and plural: сказав/сказала/сказали,
 * заявил/заявила, powiedział/powiedziała/powiedzieli) and present ("каже", "говорит", "mówi"), "according to" ("за
 * словами", "по словам", "według", "як/как/jak" + verb), the pronouns that stand for the last speaker, and the role
 * nouns a speaker's phrase may begin with ("речник Повітряних сил Юрій Ігнат"). Immutable and thread-safe.
 */
final class SlavicSpeech {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'’ʼ-]*|[^\\s\\p{L}\\p{M}\\p{N}]");
    private static final SlavicSpeech UK = new SlavicSpeech("uk",
            "(?:сказа|заяви|зазначи|повідоми|наголоси|дода|підкресли|поясни|написа|розпові|відпові|нагада|уточни|запевни|попереди|"
                    + "зауважи|прокоментува|констатува|визна|говори|заявля|зазнача|пояснюва|розповіда|наголошува|повідомля|"
                    + "додава|спита|запита)(?:в|ла|ли|ло)|каже|кажуть|заявляє|пише|зазначає|повідомляє|"
                    + "наголошує|додає|підкреслює|вважає",
            Set.of("він", "вона"), List.of("за словами", "зі слів"), "як",
            Set.of("президент", "прем'єр", "прем’єр-міністр", "прем'єр-міністр", "міністр", "міністерка", "речник", "речниця", "голова",
                    "очільник", "очільниця", "керівник", "керівниця", "командувач", "начальник", "генерал", "посол", "мер", "губернатор",
                    "представник", "представниця", "спікер", "депутат", "нардеп", "глава", "секретар", "директор", "пресслужба",
                    "прессекретар", "журналіст", "експерт", "аналітик", "військовий", "мешканець", "мешканка", "радник", "заступник"),
            Set.of("у", "в", "на", "під", "з", "із", "зі", "до", "для", "після", "перед", "о", "об", "по", "при", "через", "і", "й",
                    "та", "а", "але", "що", "як", "коли", "який", "яка", "які", "про", "це", "цьому", "не", "ні", "я", "ми", "свою", "свій",
                    "своє", "свої", "своїм", "своєму"),
            Set.of("також", "теж", "ще", "вже", "знову", "раніше", "потім", "вчора", "учора", "сьогодні", "водночас", "натомість",
                    "однак", "проте", "зокрема", "тому", "отже", "згодом", "тоді", "особисто", "пізніше", "далі", "публічно"));
    private static final SlavicSpeech RU = new SlavicSpeech("ru",
            "(?:сказа|заяви|отмети|сообщи|подчеркну|добави|поясни|написа|рассказа|ответи|напомни|уточни|завери|предупреди|призна|"
                    + "прокомментирова|констатирова|замети|говори|заявля|отмеча|объясни|объясня|рассказыва|подчеркива|сообща|"
                    + "добавля|спроси|спрашива)(?:л|ла|ли|ло)|говорит|говорят|заявляет|пишет|отмечает|сообщает|подчеркивает|"
                    + "считает|добавляет",
            Set.of("он", "она"), List.of("по словам", "со слов"), "как",
            Set.of("президент", "премьер", "премьер-министр", "министр", "глава", "губернатор", "мэр", "представитель",
                    "представительница", "пресс-секретарь", "спикер", "депутат", "командующий", "генерал", "посол", "директор",
                    "секретарь", "эксперт", "аналитик", "военный", "житель", "жительница", "официальный", "советник", "заместитель",
                    "руководитель", "начальник"),
            Set.of("в", "во", "на", "под", "с", "со", "из", "к", "до", "для", "после", "перед", "о", "об", "по", "при", "через", "и",
                    "а", "но", "что", "как", "когда", "который", "которая", "которые", "кроме", "этом", "это", "не", "ни", "я", "мы", "свою",
                    "свой", "своё", "свое", "свои", "своим", "своём"),
            Set.of("также", "тоже", "ещё", "еще", "уже", "снова", "ранее", "затем", "потом", "вчера", "сегодня", "однако", "впрочем",
                    "поэтому", "тогда", "лично", "позже", "далее", "вновь", "публично"));
    private static final SlavicSpeech PL = new SlavicSpeech("pl",
            "(?:powiedzia|stwierdzi|przekaza|oświadczy|podkreśli|doda|wyjaśni|napisa|zaznaczy|poinformowa|przyzna|zapewni|ostrzeg|"
                    + "zapowiedzia|oceni|relacjonowa|zauważy|odpowiedzia|przypomnia|poda|mówi|twierdzi|podkreśla|"
                    + "dodawa|tłumaczy|wyjaśnia|przekonywa|zaznacza|zapyta|pyta)(?:ł|ła|li|ły|ło)|powiedzieli|mówi|mówią|twierdzi|"
                    + "pisze|podkreśla|zaznacza|dodaje|uważa|przekonuje|ocenia",
            Set.of("on", "ona"), List.of("według", "zdaniem"), "jak",
            Set.of("prezydent", "premier", "minister", "ministra", "rzecznik", "rzeczniczka", "szef", "szefowa", "dowódca", "generał",
                    "ambasador", "mer", "burmistrz", "gubernator", "przedstawiciel", "przedstawicielka", "deputowany", "poseł", "posłanka",
                    "sekretarz", "dyrektor", "ekspert", "analityk", "mieszkaniec", "mieszkanka", "doradca", "wiceminister", "wicepremier"),
            Set.of("w", "we", "na", "pod", "z", "ze", "do", "dla", "po", "przed", "o", "przy", "przez", "podczas", "i", "a", "ale",
                    "że", "jak", "gdy", "kiedy", "który", "która", "które", "tym", "to", "nie", "ja", "my", "swoją", "swój", "swoje",
                    "swoim"),
            Set.of("także", "też", "również", "już", "jeszcze", "ponownie", "wcześniej", "później", "wczoraj", "dziś", "dzisiaj",
                    "jednak", "natomiast", "ponadto", "dlatego", "więc", "zaś", "wtedy", "osobiście", "następnie", "publicznie"));

    /** A word or a punctuation mark of the text, with its offsets. */
    record Word(String text, int start, int end) {
        boolean punctuation() {
            return !Character.isLetterOrDigit(text.codePointAt(0));
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        }
    }

    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern DATIVE = Pattern.compile("\\p{Lu}\\p{L}+(?:ові|еві|єві|ському|цькому|зькому|ову|еву|ину|скому|цкому|owi)");

    private final String lang;
    private final Pattern verbs;
    private final Set<String> pronouns;
    private final List<String[]> according;
    private final String as;
    private final Set<String> roles;
    /** Prepositions, conjunctions and pronouns that end a name. */
    private final Set<String> stops;
    /** Adverbs that end a name but may stand between it and its verb ("Зеленський також заявив"). */
    private final Set<String> adverbs;

    private SlavicSpeech(String lang, String verbs, Set<String> pronouns, List<String> according, String as, Set<String> roles, Set<String> stops,
                         Set<String> adverbs) {
        this.lang = lang;
        this.verbs = Pattern.compile(verbs, FLAGS);
        this.pronouns = pronouns;
        this.according = according.stream().map(a -> a.split(" ")).toList();
        this.as = as;
        this.roles = roles;
        this.stops = new java.util.HashSet<>(stops);
        this.stops.addAll(adverbs);
        this.adverbs = adverbs;
    }

    static SlavicSpeech of(String lang) {
        return switch (SlavicCalendar.checked(lang)) {
            case "uk" -> UK;
            case "ru" -> RU;
            default -> PL;
        };
    }

    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(text).region(from, Math.max(from, to)); m.find(); ) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    boolean isVerb(String word) {
        return verbs.matcher(word).matches();
    }

    boolean isPronoun(String phrase) {
        return pronouns.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** The phrase if it holds a capitalized word, a role noun or a pronoun; else null. */
    String namesSomeone(String phrase) {
        if (phrase == null) return null;
        if (isPronoun(phrase)) return phrase;
        for (String w : phrase.split("\\s+")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || roles.contains(w.toLowerCase(Locale.ROOT)))) return phrase;
        }
        return null;
    }

    /** The index right after an "according to" phrase starting at {@code k} ("за словами", "як зазначив"), or -1. */
    int according(List<Word> ws, int k) {
        for (String[] a : according) {
            boolean all = k + a.length <= ws.size();
            for (int i = 0; all && i < a.length; i++) all = ws.get(k + i).lower().equals(a[i]);
            if (all) return k + a.length;
        }
        if (k + 1 < ws.size() && ws.get(k).lower().equals(as) && isVerb(ws.get(k + 1).text())) return k + 2;
        return -1;
    }

    /**
     * The speaker named from word {@code k} on: "сказав Зеленський", "заявив речник Повітряних сил Юрій Ігнат в ефірі",
     * "powiedział w rozmowie z PAP minister Sikorski". Up to two prepositional phrases of two words before the name are
     * skipped; the name ends at punctuation, a preposition or conjunction, or a lower-case word after it ("заявив Песков
     * журналістам"). Null when nothing is named.
     */
    String phraseAfter(String text, List<Word> ws, int k) {
        int i = k;
        for (int skipped = 0; skipped < 2 && i + 1 < ws.size() && stops.contains(ws.get(i).lower()) && !ws.get(i + 1).punctuation()
                && !pronouns.contains(ws.get(i).lower()); skipped++) {
            i += 2;
            while (i < ws.size() && !ws.get(i).punctuation() && !ws.get(i).capitalized() && !roles.contains(ws.get(i).lower())
                    && !stops.contains(ws.get(i).lower()) && i < k + 6) i++; // "у своєму зверненні", "w rozmowie"
        }
        // "сказав він Зеленському": the pronoun is the speaker
        if (i < ws.size() && pronouns.contains(ws.get(i).lower())) return ws.get(i).text();
        // "сказав Макарові", "сказал Путину", "powiedział Tuskowi": a capitalized dative right after the verb is whom he spoke to
        if (i < ws.size() && DATIVE.matcher(ws.get(i).text()).matches()) i++;
        // "сказала корреспонденту местная жительница", "powiedziała dziennikarzom": so is a lower-case dative noun
        else if (i + 1 < ws.size() && !ws.get(i).capitalized() && !ws.get(i + 1).punctuation() && addressee(ws.get(i).lower())) i++;
        int from = i;
        boolean named = false;
        while (i < ws.size() && i < from + MAX_NAME_WORDS && nameWord(ws, i)) {
            // after a name, a lower-case word ends it unless a capital follows within two words ("Повітряних сил Юрій")
            if (named && !ws.get(i).capitalized() && !(nameWord(ws, i + 1) && (ws.get(i + 1).capitalized()
                    || nameWord(ws, i + 2) && ws.get(i + 2).capitalized()))) break;
            named |= ws.get(i).capitalized();
            i++;
        }
        if (from >= i) return null;
        return text.substring(ws.get(from).start(), ws.get(i - 1).end());
    }

    /** A word the dictionary reads as a noun in the dative and never in the nominative: whom one spoke to. */
    private boolean addressee(String lower) {
        Lexicon lexicon = Lexicon.of(Lang.of(lang).orElseThrow());
        boolean dative = false;
        for (Lexicon.Analysis a : lexicon.exactly(lower)) {
            String c = BaseForms.grammaticalCase(lexicon.lang(), a);
            if (c.equals("nom")) return false;
            if (BaseForms.isNoun(lexicon.lang(), a) && c.equals("dat")) dative = true;
        }
        return dative;
    }

    private boolean nameWord(List<Word> ws, int i) {
        return i < ws.size() && !ws.get(i).punctuation() && !stops.contains(ws.get(i).lower());
    }

    /**
     * The speaker named right before the verb at {@code k}: "Зеленський заявив", "речник Повітряних сил Юрій Ігнат
     * заявив". It begins at a capitalized word or a role noun; words like "також" before the verb are skipped, and up to
     * two prepositional phrases ("Зеленський у вечірньому зверненні сказав"). With {@code afterPreposition} false, a name
     * right after a preposition or conjunction ("у Києві заявив") is not taken: it is more often a place than a subject.
     */
    String phraseBefore(String text, List<Word> ws, int k, boolean afterPreposition) {
        int to = k, from = k;
        for (int skipped = 0; skipped <= 2; skipped++) {
            while (to > 0 && adverbs.contains(ws.get(to - 1).lower())) to--;
            from = to;
            while (from > 0 && from > to - MAX_NAME_WORDS && nameWord(ws, from - 1)) from--;
            while (from < to && !(ws.get(from).capitalized() || roles.contains(ws.get(from).lower()))) from++;
            if (from < to) break;
            // "Зеленський у вечірньому зверненні сказав": a prepositional phrase between the name and the verb
            int prep = from;
            while (prep > 0 && prep > to - MAX_NAME_WORDS && nameWord(ws, prep - 1)) prep--;
            if (prep == 0 || ws.get(prep - 1).punctuation() || !stops.contains(ws.get(prep - 1).lower())) return null;
            to = prep - 1;
        }
        if (from >= to) return null;
        if (!afterPreposition && from > 0 && !ws.get(from - 1).punctuation() && stops.contains(ws.get(from - 1).lower())
                && !adverbs.contains(ws.get(from - 1).lower())) return null;
        return text.substring(ws.get(from).start(), ws.get(to - 1).end());
    }

}
