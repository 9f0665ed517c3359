package org.sitrep.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a Ukrainian, Russian or Polish sentence says asserts it, as {@link Attribution} does for English: the subject of a
 * reporting verb, before it ("Міноборони РФ заявило, що …", "Rosyjskie Ministerstwo Obrony ogłosiło …") or after it
 * when the verb follows what was said or "об этом" ("…, повідомив голова ОВА Олег Синєгубов", "Об этом сообщил …",
 * "… – poinformował szef administracji"); the object of "according to" ("за словами", "по словам", "według", "як
 * повідомляє", "jak podaje"); a subject dropped before a verb at the sentence's start is the pronoun its ending says
 * ("Заявила, що …" → she). The name is cut of the words around it that are no part of it: a listener ("журналістам",
 * "reporterom"), a time ("в суботу", "w sobotę"), a place the speaker is in ("У Москві", "W Moskwie") and adverbs.
 * A pronoun's name is its English form (he, she, they, we, i, it), which the claim finder resolves. Stateless and
 * thread-safe.
 */
final class SlavicAttribution {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String B0 = "(?<![\\p{L}\\p{N}'’ʼ-])";
    private static final String B1 = "(?![\\p{L}\\p{N}'’ʼ])";

    /** One language's words. */
    private record Words(Pattern verb, Pattern according, Pattern inverting, Pattern leading, Pattern trailing, Pattern role,
                         Pattern vague, Map<String, String> pronouns) {
    }

    private static final String WEEKDAYS = "суботу|неділю|понеділок|вівторок|середу|четвер|п'ятницю|пʼятницю|п’ятницю|субботу|воскресенье|"
            + "понедельник|вторник|среду|четверг|пятницу|sobotę|niedzielę|poniedziałek|wtorek|środę|czwartek|piątek";

    private static final Words UK = words(
            "заяв(?:ив|ила|или|ило|ляє|ляють)|повідом(?:ив|ила|или|ило|ляє|ляють)|сказа(?:в|ла|ли|ло)|зазнач(?:ив|ила|или|ило|ає|ають)|"
                    + "наголос(?:ив|ила|или|ило)|наголошу(?:є|ють)|підкресл(?:ив|ила|или|ило|ює)|дода(?:в|ла|ли|ло|є)|розпов(?:ів|іла|іли|іло)|"
                    + "напис(?:ав|ала|али|ало)|пише|поінформува(?:в|ла|ли|ло)|інформу(?:є|ють)|уточн(?:ив|ила|или|ило)|спростува(?:в|ла|ли|ло)|"
                    + "запереч(?:ив|ила|или|ило|ує|ують)|визна(?:в|ла|ли|ло)|підтверди(?:в|ла|ли|ло)|підтверджу(?:є|ють)|попереди(?:в|ла|ли|ло)|"
                    + "поясни(?:в|ла|ли|ло)|пояснює|говори(?:в|ла|ли|ло)|нагада(?:в|ла|ли|ло)|прокоментува(?:в|ла|ли|ло)|вважає|" + "стверджу(?:є|ють|вав|вала|вали)|оголос(?:ив|ила|или|ило)|"
                    + "переда(?:є|ють)|прозвітува(?:в|ла|ли|ло)|каже|кажуть|запевни(?:в|ла|ли|ло)",
            "за словами|зі слів|за даними|за інформацією|згідно з даними|згідно з|з посиланням на|як (?:повідомляє|повідомляють|"
                    + "повідомив|повідомила|повідомили|повідомило|пише|передає|заявив|заявила|заявили|заявило|зазначив|зазначила|"
                    + "зазначили|зазначає|інформує|поінформували)",
            "про це|про це також|це",
            "також|теж|ще|вже|знову|раніше|згодом|водночас|натомість|однак|проте|тим часом|того ж дня|вчора|учора|сьогодні|"
                    + "(?:(?-i:\\p{Ll}+) )?(?:журналістам|кореспонденту|виданню)|в ефірі|у ефірі|офіційно|публічно|і|й|та|а|але|(?:у|в) (?:" + WEEKDAYS + ")|"
                    + "(?:у|в|на|під час) (?:телеграм\\p{L}*|telegram\\p{L}*|інтерв['’ʼ]ю|брифінгу|соцмереж\\p{L}*|фейсбуку|facebook|зверненні)",
            "речни\\p{L}*|пресслужб\\p{L}*|прес-служб\\p{L}*|представни\\p{L}*|губернатор\\p{L}*|мер\\p{L}{0,2}|голов\\p{L}{1,2}|"
                    + "очільни\\p{L}*|командувач\\p{L}*|міністр\\p{L}*|міністерств\\p{L}*|посадов\\p{L}*|чиновни\\p{L}*|мешкан\\p{L}*|"
                    + "очевид\\p{L}*|аналітик\\p{L}*|експерт\\p{L}*|військов\\p{L}*|генштаб\\p{L}*|штаб\\p{L}*|адміністраці\\p{L}*|"
                    + "жінк\\p{L}*|чоловік\\p{L}*|поліці\\p{L}*|прокуратур\\p{L}*|влад\\p{L}{1,2}|служб\\p{L}*|командуванн\\p{L}*|президент\\p{L}*|радни\\p{L}*|"
                    + "керівни\\p{L}*|начальни\\p{L}*|сил\\p{L}{0,2}|уряд\\p{L}*|окупант\\p{L}*|угрупованн\\p{L}*",
            "джерел\\p{L}*|ЗМІ|медіа|у мережі|в мережі|соцмереж\\p{L}*|очевидці|повідомлен\\p{L}*",
            Map.of("він", "he", "вона", "she", "вони", "they", "ми", "we", "я", "i", "воно", "it"));

    private static final Words RU = words(
            "заяв(?:ил|ила|или|ило|ляет|ляют)|сообщ(?:ил|ила|или|ило|ает|ают)|сказа(?:л|ла|ли|ло)|отмет(?:ил|ила|или|ило)|отмеча(?:ет|ют)|"
                    + "подчеркн(?:ул|ула|ули|уло)|подчеркива(?:ет|ют)|добав(?:ил|ила|или|ило|ляет)|рассказа(?:л|ла|ли|ло)|"
                    + "написа(?:л|ла|ли|ло)|пишет|уточн(?:ил|ила|или|ило)|подтверди(?:л|ла|ли|ло)|подтвержда(?:ет|ют)|предупреди(?:л|ла|ли|ло)|"
                    + "поясни(?:л|ла|ли|ло)|объясни(?:л|ла|ли|ло)|говори(?:л|ла|ли|ло)|напомни(?:л|ла|ли|ло)|прокомментирова(?:л|ла|ли|ло)|считает|" + "опроверг(?:ла|ли|ло)?|опроверга(?:ет|ют)|отрица(?:ет|ют|л|ла|ли|ло)|"
                    + "призна(?:л|ла|ли|ло)|утвержда(?:ет|ют|л|ла|ли)|объяв(?:ил|ила|или|ило)|переда(?:ет|ёт)|информир(?:ует|уют)|"
                    + "доложи(?:л|ла|ли|ло)|говорит|говорят|завери(?:л|ла|ли|ло)",
            "по словам|со слов|по данным|по информации|согласно данным|согласно|со ссылкой на|как (?:сообщает|сообщают|сообщил|"
                    + "сообщила|сообщили|сообщило|пишет|передает|передаёт|заявил|заявила|заявили|заявило|отметил|отметила|отметили|"
                    + "отмечает|информирует|проинформировали)",
            "об этом|об этом также|это",
            "также|тоже|еще|ещё|уже|снова|ранее|затем|вновь|однако|впрочем|тем временем|в тот же день|вчера|сегодня|"
                    + "(?:(?-i:\\p{Ll}+) )?(?:журналистам|корреспонденту|изданию)|в эфире|официально|публично|и|а|но|(?:в|во) (?:" + WEEKDAYS + ")|"
                    + "(?:в|на|во время) (?:телеграм\\p{L}*|telegram\\p{L}*|интервью|брифинге|соцсет\\p{L}*|обращении)",
            "представител\\p{L}*|пресс-служб\\p{L}*|пресс-секретар\\p{L}*|губернатор\\p{L}*|мэр\\p{L}{0,2}|глав\\p{L}|командующ\\p{L}*|"
                    + "министр\\p{L}*|министерств\\p{L}*|чиновни\\p{L}*|жител\\p{L}*|житель\\p{L}*|очевид\\p{L}*|аналитик\\p{L}*|"
                    + "эксперт\\p{L}*|военн\\p{L}*|генштаб\\p{L}*|штаб\\p{L}*|администраци\\p{L}*|полици\\p{L}*|прокуратур\\p{L}*|"
                    + "женщин\\p{L}*|мужчин\\p{L}*|власт\\p{L}*|служб\\p{L}*|командовани\\p{L}*|президент\\p{L}*|советни\\p{L}*|руководител\\p{L}*|начальни\\p{L}*|"
                    + "правительств\\p{L}*|ведомств\\p{L}*|группировк\\p{L}*",
            "источни\\p{L}*|СМИ|медиа|в сети|соцсет\\p{L}*|очевидцы|сообщени\\p{L}*",
            Map.of("он", "he", "она", "she", "они", "they", "мы", "we", "я", "i", "оно", "it"));

    private static final Words PL = words(
            "powiedzia(?:ł|ła|ło|li|ły)|przekaza(?:ł|ła|ło|li|ły)|poinformowa(?:ł|ła|ło|li|ły)|oświadczy(?:ł|ła|ło|li|ły)|"
                    + "stwierdzi(?:ł|ła|ło|li|ły)|doda(?:ł|ła|ło|li|ły|je)|podkreśli(?:ł|ła|ło|li|ły)|podkreśla|zaznaczy(?:ł|ła|ło|li|ły)|zaznacza|"
                    + "napisa(?:ł|ła|ło|li|ły)|pisze|ogłosi(?:ł|ła|ło|li|ły)|poda(?:ł|ła|ło|li|ły|je|ją)|zdementowa(?:ł|ła|ło|li|ły)|"
                    + "zaprzeczy(?:ł|ła|ło|li|ły)|zaprzecza|potwierdzi(?:ł|ła|ło|li|ły)|potwierdza|powiadomi(?:ł|ła|ło|li|ły)|ostrzeg(?:ł|ła|ło|li|ły)|"
                    + "ostrzega|zapowiedzia(?:ł|ła|ło|li|ły)|zapowiada|wyjaśni(?:ł|ła|ło|li|ły)|wyjaśnia|tłumaczy|ocenia|mówi(?:ł|ła|li|ły)|"
                    + "przypomnia(?:ł|ła|ło|li|ły)|uważa|" + "przyzna(?:ł|ła|ło|li|ły)|oceni(?:ł|ła|ło|li|ły)|informuj(?:e|ą)|twierdzi|"
                    + "mówi|relacjonuje|zapewni(?:ł|ła|ło|li|ły)|przekonuje|raportuje|alarmuje",
            "według|zdaniem|zgodnie z (?:informacjami|danymi)|na podstawie danych|powołując się na|jak (?:podaje|podają|podał|podała|podali|podało|poinformował|"
                    + "poinformowała|poinformowali|poinformowało|przekazał|przekazała|przekazali|przekazało|informuje|pisze|powiedział|"
                    + "powiedziała|zaznaczył|zaznaczyła|dodał|dodała|ogłosił|ogłosiło)",
            "o tym|o tym także|to|zgodnie z tym,? co|jak",
            "także|też|również|już|ponownie|wcześniej|później|tymczasem|natomiast|jednak|tego samego dnia|wczoraj|dziś|dzisiaj|"
                    + "(?:(?-i:\\p{Ll}+) )?(?:reporterom|dziennikarzom|redakcji)|oficjalnie|publicznie|i|a|ale|(?:w|we) (?:" + WEEKDAYS + ")|"
                    + "(?:w|na|podczas) (?:telegram\\p{L}*|wywiadzie|rozmowie z (?:(?-i:\\p{Ll}+) )?\\p{L}+|briefingu|mediach społecznościowych|oświadczeniu)",
            "rzeczni\\p{L}*|przedstawiciel\\p{L}*|gubernator\\p{L}*|mer\\p{L}{0,2}|burmistrz\\p{L}*|szef\\p{L}*|dowódc\\p{L}*|"
                    + "dowództw\\p{L}*|minist\\p{L}*|urzędni\\p{L}*|mieszka\\p{L}*|świadk\\p{L}*|analityk\\p{L}*|ekspert\\p{L}*|"
                    + "wojskow\\p{L}*|sztab\\p{L}*|administracj\\p{L}*|policj\\p{L}*|prokurat\\p{L}*|władz\\p{L}*|służb\\p{L}*|"
                    + "kobiet\\p{L}*|mężczyzn\\p{L}*|prezydent\\p{L}*|doradc\\p{L}*|rząd\\p{L}*|resort\\p{L}*|armi\\p{L}*|sił\\p{L}*|okupant\\p{L}*",
            "źródł\\p{L}*|źródeł|media|mediów|mediach|w sieci|świadkowie|doniesie\\p{L}*",
            Map.of("on", "he", "ona", "she", "oni", "they", "one", "they", "my", "we", "ja", "i", "ono", "it"));

    /** Marks after which a name ends. */
    private static final Pattern STOP = Pattern.compile("[,;:!?()\"“”«»„]|\\s[–—-]\\s|(?<![\\s.]\\p{Lu})\\.(?!\\p{L})|\\s(?:що|щоб|що,|что|чтобы|że|żeby|"
            + "про|о|об|o|після|после|po|який|яка|які|который|которая|которые|który|która|którzy|opublikowa\\p{L}*|оприлюдни\\p{L}*|"
            + "опубликова\\p{L}*)\\s", FLAGS);
    /**
     * A place the speaker is in, opening the clause: "У Москві", "В Киеве", "W Moskwie" (a town in the locative case, not
     * a body: "в Минобороны России", "у Генштабі ЗСУ").
     */
    private static final Pattern WHERE = Pattern.compile("^(?:[уУвВwW]|[вВ]о|[wW]e)\\s+(?!(?:Генштаб|Штаб|Мін|Мин|Офіс|Офис|Sztab|Minist|"
            + "Kancelari|Rad|Рад|Верховн|Кремл|Kreml|Пентагон|Pentagon|Білом|Белом|Biał)\\p{L}*)\\p{Lu}\\p{L}*(?:і|е|ie|u)\\s+(?=\\p{Lu})");
    /** A preposition before a body ("повідомили у Генштабі", "у Генштабі заявили"): the body. */
    private static final Pattern IN_BODY = Pattern.compile("^(?:[уУвВwW]|[вВ]о|[wW]e)\\s+(?=\\p{Lu})");
    /** A clause before the verb that says what about ("O rozmowie …", "Про обстріл …", "Об ударе …"), not who. */
    private static final Pattern ABOUT = Pattern.compile("(?:o|об|о|про)\\s", FLAGS);
    /** Words of a headline before a colon that name a rubric, not a speaker ("Wojna w Ukrainie: …"). */
    private static final Pattern RUBRIC = Pattern.compile("(?:wojna|війна|война|relacja|raport|wideo|video|na żywo|sondaż|pilne|ważne|"
            + "онлайн|live|komentarz|opinia|analiza|новини|новости|wiadomości|z ostatniej chwili)" + B1, FLAGS);
    /** A headline's speaker before a colon: "Zełenski: …", "Міноборони РФ: …". */
    private static final Pattern COLON_SPEAKER = Pattern.compile("^([^:\"„“”«»]{2,60}?):\\s+\\S");

    /**
     * Every attribution in a headline: a speaker before a colon ("Zełenski: Rosjanie …") that is a name or a role of
     * at most six words and no rubric ("Wojna w Ukrainie: …"), else as in a sentence.
     */
    static List<Attribution.Found> inHeadline(String title, String lang) {
        Words w = of(lang);
        Matcher colon = COLON_SPEAKER.matcher(title);
        if (colon.find()) {
            int[] span = name(title, 0, colon.end(1), w);
            if (span != null && span[1] - span[0] > 1 && title.substring(span[0], span[1]).split("\\s+").length <= 6
                    && !RUBRIC.matcher(title.substring(span[0], span[1])).lookingAt()) {
                List<Attribution.Found> out = new ArrayList<>();
                out.add(found(title.substring(span[0], span[1]), title.substring(span[2], span[1]), span[0], "colon", w));
                return out;
            }
        }
        return in(title, lang);
    }

    /** Marks the verb of a speaker who said what the sentence before says. */
    private static final String REFERS_BACK = "back: ";
    private static final String QUOTES_AND_DASHES = ",\"“”«»„–—-";

    private SlavicAttribution() {
    }

    /** Every attribution in a sentence of the language (uk, ru or pl), in text order. */
    static List<Attribution.Found> in(String text, String lang) {
        Words w = of(lang);
        String s = text.replace('\u00A0', ' ');
        List<Attribution.Found> out = new ArrayList<>();
        List<int[]> according = new ArrayList<>();
        Matcher a = w.according().matcher(s);
        while (a.find()) {
            according.add(new int[] {a.start(), a.end()});
            Attribution.Found f = according(s, a.end(), a.group().toLowerCase(Locale.ROOT), w, lang);
            if (f != null) out.add(f);
        }
        Matcher m = w.verb().matcher(s);
        while (m.find()) {
            // A verb inside "як повідомляє" was read with its "according to".
            if (according.stream().anyMatch(r -> m.start() >= r[0] && m.end() <= r[1])) continue;
            Attribution.Found f = subject(s, m.start(), m.end(), m.group().toLowerCase(Locale.ROOT), w);
            if (f != null) out.add(f);
        }
        out.sort(java.util.Comparator.comparingInt(Attribution.Found::start));
        return out;
    }

    /** The English pronoun a pronoun of the language stands for (він → he, ona → she); null when the word is none. */
    static String pronoun(String word, String lang) {
        return of(lang).pronouns().get(word.strip().toLowerCase(Locale.ROOT));
    }

    private static Attribution.Found subject(String s, int verbStart, int verbEnd, String verb, Words w) {
        String pre = s.substring(0, verbStart);
        int cut = lastBoundary(pre);
        String seg = pre.substring(cut);
        // "Також повідомив, що …": an adverb alone is no subject.
        String trimmed = w.leading().matcher(seg.strip()).replaceFirst("").strip();
        boolean afterQuoteOrComma = cut > 0 && QUOTES_AND_DASHES.indexOf(pre.charAt(cut - 1)) >= 0;
        boolean back = w.inverting().matcher(trimmed).matches();
        // "O rozmowie prezydentów poinformował X", "Про атаку повідомив X": what was said, then its speaker.
        boolean about = ABOUT.matcher(trimmed).lookingAt();
        if (trimmed.isEmpty() || back || about) {
            // "Об этом сообщил X": X said what the sentence before says.
            Attribution.Found inverted = after(s, verbEnd, back ? REFERS_BACK + verb : verb, w);
            if (inverted != null) return inverted;
            if (trimmed.isEmpty() && cut == 0 && !afterQuoteOrComma) return dropped(verb, verbStart, verbEnd);
            if (trimmed.isEmpty() && cut > 1 && pre.charAt(cut - 1) == ',') return appositive(s, pre, cut - 1, verb, w);
            return null;
        }
        // "ВСУ вошли в Купянск, Минобороны России объявило о …": the speaker says what follows, not the clause before.
        if (cut > 0 && pre.charAt(cut - 1) == ',' && pre.substring(0, cut - 1).strip().split("\\s+").length >= 3
                && ABOUT.matcher(s.substring(verbEnd).stripLeading()).lookingAt()) return null;
        int[] span = name(pre, cut, pre.length(), w);
        if (span == null) return null;
        return found(s.substring(span[0], span[1]), s.substring(span[2], span[1]), span[0], verb, w);
    }

    /**
     * A name set off by commas before its verb ("Rzecznik MSZ, Ołeh Nikołenko, ocenił", "Олег Синєгубов, голова ОВА,
     * заявив"): the clause before the comma when it is a few capitalised words or a role, described by the clause before
     * it; null when none.
     */
    private static Attribution.Found appositive(String s, String pre, int comma, String verb, Words w) {
        int start = lastBoundary(pre.substring(0, comma));
        int[] span = name(pre, start, comma, w);
        if (span == null || pre.substring(span[0], span[1]).split("\\s+").length > 6) return null;
        int describedFrom = span[2];
        if (start > 1 && pre.charAt(start - 1) == ',') {
            int[] before = name(pre, lastBoundary(pre.substring(0, start - 1)), start - 1, w);
            if (before != null && pre.substring(before[0], before[1]).split("\\s+").length <= 6) {
                // "Олег Синєгубов, голова ОВА, заявив": a role in lower case describes the name before it.
                if (Character.isLowerCase(pre.codePointAt(span[0])) && Character.isUpperCase(pre.codePointAt(before[0]))) {
                    return found(s.substring(before[0], before[1]), s.substring(before[2], span[1]), before[0], verb, w);
                }
                describedFrom = before[2];
            }
        }
        return found(s.substring(span[0], span[1]), s.substring(describedFrom, span[1]), span[0], verb, w);
    }

    /** Whether the speaker found said what the sentence before says ("Об этом сообщил X", "Про це повідомив X"). */
    static boolean refersBack(Attribution.Found f) {
        return f.verb().startsWith(REFERS_BACK);
    }

    /** A subject dropped at the sentence's start: the pronoun the verb's ending says. */
    private static Attribution.Found dropped(String verb, int start, int end) {
        String p = verb.endsWith("ла") || verb.endsWith("ła") ? "she"
                : verb.endsWith("ли") || verb.endsWith("li") || verb.endsWith("ły") ? "they"
                : verb.endsWith("в") || verb.endsWith("л") || verb.endsWith("ł") ? "he" : null;
        return p == null ? null : new Attribution.Found(p, start, start, p, true, false, verb);
    }

    /**
     * The name after "according to": up to the comma that ends it, or, when what was said follows without one
     * ("Według Sztabu Generalnego obrona powietrzna zestrzeliła …"), up to the first word of a claim or number and the
     * first word in lower case after the capitalised name.
     */
    private static Attribution.Found according(String s, int from, String verb, Words w, String lang) {
        Matcher stop = STOP.matcher(s);
        int to = stop.find(from) ? stop.start() : s.length();
        String rest = s.substring(from, to);
        int claim = rest.length();
        for (ClaimCues.Cue c : SlavicClaimCues.kinds(rest, lang)) claim = Math.min(claim, c.start());
        Matcher digit = Pattern.compile("\\d").matcher(rest);
        if (digit.find()) claim = Math.min(claim, digit.start());
        boolean commaless = claim < rest.length() || to == s.length() || s.charAt(to) == '.';
        if (commaless) {
            Matcher word = Pattern.compile("\\S+").matcher(rest.substring(0, claim));
            boolean capitalised = false;
            int end = claim;
            while (word.find()) {
                boolean upper = Character.isUpperCase(word.group().codePointAt(0));
                if (capitalised && !upper) {
                    end = word.start();
                    break;
                }
                capitalised |= upper;
            }
            // A name runs a few words ("Sztabu Generalnego", "lokalnych mediów w Odessie"), not into what was said.
            Matcher four = Pattern.compile("^\\s*(?:\\S+\\s+){0,3}\\S+").matcher(rest.substring(0, end));
            to = from + (four.find() ? four.end() : end);
        }
        int[] span = name(s, from, to, w);
        if (span == null) return null;
        return found(s.substring(span[0], span[1]), s.substring(span[2], span[1]), span[0], verb, w);
    }

    /** The name after an inverted verb, up to the mark that ends it. */
    private static Attribution.Found after(String s, int from, String verb, Words w) {
        Matcher stop = STOP.matcher(s);
        int to = stop.find(from) ? stop.start() : s.length();
        int[] span = name(s, from, to, w);
        if (span == null) return null;
        return found(s.substring(span[0], span[1]), s.substring(span[2], span[1]), span[0], verb, w);
    }

    /**
     * The name in [from, to) without the listener, time, place and adverbs around it, as {start, end, start of its
     * description}: the place the speaker is in ("W Moskwie Ministerstwo Obrony") stays in the description, where the
     * side lexicon reads it; null when no name is plausible.
     */
    private static int[] name(String s, int from, int to, Words w) {
        int a = from, b = to, described = -1;
        while (true) {
            while (a < b && Character.isWhitespace(s.charAt(a))) a++;
            while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == ',')) b--;
            String seg = s.substring(a, b);
            Matcher lead = w.leading().matcher(seg);
            if (lead.lookingAt() && lead.end() < seg.length()) {
                a += lead.end();
                continue;
            }
            Matcher where = WHERE.matcher(seg);
            if (where.lookingAt()) {
                described = a;
                a += where.end();
                continue;
            }
            Matcher body = IN_BODY.matcher(seg);
            if (body.lookingAt()) {
                a += body.end();
                continue;
            }
            Matcher trail = w.trailing().matcher(seg);
            if (trail.find() && trail.start() > 0) {
                b = a + trail.start();
                continue;
            }
            break;
        }
        String np = s.substring(a, b);
        return plausible(np, w) ? new int[] {a, b, described < 0 ? a : described} : null;
    }

    private static Attribution.Found found(String np, String description, int at, String verb, Words w) {
        String english = w.pronouns().get(np.toLowerCase(Locale.ROOT));
        if (english != null) return new Attribution.Found(english, at, at + np.length(), english, true, false, verb);
        boolean vague = w.vague().matcher(np).lookingAt();
        return new Attribution.Found(np, at, at + np.length(), description, false, vague, verb);
    }

    /** A speaker's phrase: a pronoun, or a few words with a capital or a role noun. */
    private static boolean plausible(String np, Words w) {
        if (np.isEmpty()) return false;
        if (w.pronouns().containsKey(np.toLowerCase(Locale.ROOT))) return true;
        String[] words = np.split("\\s+");
        if (words.length > 10) return false;
        if (w.vague().matcher(np).lookingAt()) return true;
        if (w.role().matcher(np).find()) return true;
        for (String word : words) if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) return true;
        return false;
    }

    /** Where the clause that ends the text starts: after a quote, a dash, a semicolon, a colon, a comma or a parenthesis. */
    private static int lastBoundary(String pre) {
        for (int i = pre.length() - 1; i >= 0; i--) {
            char c = pre.charAt(i);
            if ("\"“”«»„;:,()–—".indexOf(c) >= 0 || c == '-' && i > 0 && pre.charAt(i - 1) == ' ') return i + 1;
        }
        return 0;
    }

    private static Words of(String lang) {
        return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
            case "uk" -> UK;
            case "ru" -> RU;
            case "pl" -> PL;
            default -> throw new IllegalArgumentException("no Slavic attribution for " + lang + " (uk, ru or pl)");
        };
    }

    private static Words words(String verb, String according, String inverting, String adverbs, String role, String vague,
                               Map<String, String> pronouns) {
        return new Words(Pattern.compile(B0 + "(?:" + verb + ")" + B1, FLAGS),
                Pattern.compile(B0 + "(?:" + according + ")" + B1, FLAGS),
                Pattern.compile("(?:" + inverting + ")", FLAGS),
                Pattern.compile("(?:(?:" + adverbs + ")" + B1 + "[\\s,]*)+", FLAGS),
                Pattern.compile("(?:\\s+(?:" + adverbs + ")" + B1 + ")+$", FLAGS),
                Pattern.compile(B0 + "(?:" + role + ")" + B1, FLAGS),
                Pattern.compile("(?:\\p{L}+\\s+)?(?:" + vague + ")" + B1, FLAGS),
                pronouns);
    }
}
