package org.sitrep.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;

/**
 * The Ukrainian, Russian and Polish words that make a sentence a claim, in the shape {@link ClaimCues} gives the English
 * ones: the kinds a sentence's words name ("звільнили", "освободили", "wyzwolili" → control; "збили", "сбили",
 * "zestrzelono" → shot down; "не відповідає дійсності", "опроверг", "nieprawda" → denial), the kind of a number from
 * what it counts (the English word {@code org.sitrep.nlp.slavic.SlavicQuantities} gives) and the verb beside it, the
 * side said to act ("ЗСУ", "російські війська", "ворог", "наші захисники"), whose people a count of casualties is about,
 * and hedges ("нібито", "якобы", "rzekomo"). Words are stems with their endings left open ({@code "звільнил\p{L}*"}) so
 * every case, gender and number form matches; stems that are also everyday words are closed ("наступ" the offensive,
 * not "наступний" the next). {@link #of} gives one language's cues as the {@link ClaimWords} {@link ClaimFinder} reads
 * an article with, attribution by {@link SlavicAttribution}. Stateless and thread-safe.
 */
final class SlavicClaimCues {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String B0 = "(?<![\\p{L}\\p{N}'’ʼ])";
    private static final String B1 = "(?![\\p{L}\\p{N}'’ʼ])";
    private static final String W = "\\p{L}*";

    /** One language's cues. */
    private record Words(Map<ClaimKind, Pattern> kinds, Pattern modal, Pattern hedge, Pattern ukraine, Pattern russia, Pattern enemy,
                         Pattern own, Pattern loss, Pattern victims, Pattern nearCaptured, Pattern nearShot, Pattern nearLaunched,
                         Pattern nearDamage, Pattern nearControl) {
    }

    private static final Words UK = words(
            "звільнил W|звільнен W|звільнення|захопил W|зайнял W|захоплен W|окупувал W|окупован W|під (?:\\p{L}+ )?окупаці W|взял W під контроль|під контролем|"
                    + "контролю W|контроль над|увійшл W|зайшл W|закріпил W|відійшл W|відступил W|вийшл W з|оточен W|оточил W|(?:підняли|підняв|встановили|вивісили|майорить) прапор W",
            "атак W|атакува W|обстріл W|удар W|вдари W|вдарил W|бомбардува W|штурм W|наступ(?:у|ом|і|ає|ають|али|ав|ала)?|"
                    + "контрнаступ W|бо(?:ї|їв|ях|ями)|боєзіткнен W|зіткнен W|відбил W|відбито|просуну W|просуванн W",
            "загин W|загибл W|загибел W|вбит W|вбил W|вбивств W|смерт W|ліквідован W|ліквідувал W|тіла",
            "поранен W|поранил W|травмован W|травм W|постраждал W|госпіталізован W",
            "полон W|військовополонен W|здал W",
            "(?:запустил W|випустил W|запущен W|випущен W|атакува W)[^.;]{0,60}(?:дрон|безпілотн|ракет|шахед|бпла|снаряд)W|"
                    + "(?:дрон|безпілотн|ракет|шахед|бпла)W[^.;]{0,40}(?:запущен|випущен)W",
            "збил W|збит W|збиті|знешкод W|перехопил W|перехоплен W|приземлил W",
            "знищ W|пошкод W|руйнуван W|зруйнова W|пожеж W|загорів W|без світла|знеструмлен W|відключен W|блекаут W",
            "евакую W|евакуйов W|евакуац W|евакуювал W|втекл W|виїхал W|перетнул W кордон",
            "неправд W|не відповіда W дійсності|фейк W|спростува W|спростову W|заперечу W|заперечил W|заперечив|дезінформаці W|"
                    + "безпідставн W|брехн W|не підтверджу W",
            "буде|будуть|може|можуть|міг би|могли б|план(?:ує|ують|ував|ували) W|має намір|мають намір|погрожу W|намага W|"
                    + "хоче|хочуть|готу(?:ється|ються)|готові|якщо|щоб|спроб W",
            "нібито|імовірно|ймовірно|неперевірен W|буцімто",
            "ЗСУ|Сил W оборони|Збройн W [Сс]ил W України|українськ W (?:\\p{L}+ ){0,2}?(?:військ W|сил W|армі W|військов W|бійц W|"
                    + "захисник W|підрозділ W|бригад W|ППО|дрон W|ракет W|удар W|контрнаступ W|наступ|наступу|артилер W)",
            "російськ W (?:\\p{L}+ ){0,2}?(?:військ W|сил W|армі W|військов W|окупант W|загарбник W|підрозділ W|дрон W|ракет W|"
                    + "удар W|атак W|обстріл W|авіаці W|наступ|наступу|артилер W)|окупант W|загарбник W|рашист W|(?:ЗС|армі W|військ W) РФ|росіян W",
            "ворог W|ворож W|противник W",
            "наш W (?:\\p{L}+ )?(?:військ W|захисник W|воїн W|бійц W|підрозділ W|сил W|ППО)|ми",
            "відійшл W|відступил W|вийшл W з|залишил W|втратил W контроль|відвел W",
            "(?:понад |більше |близько |щонайменше |до )?(?:(українськ W)|(російськ W)|(ворож W|окупант W)|(наш W))",
            "затриман W|обмін W",
            "знищ W|подавлен W",
            "запустил W|випустил W|запущен W|випущен W|атакува W|вдарил W|застосува W|використа W",
            "влучан W|влучил W",
            "звільнил W|звільнен W|захопил W|окупувал W|зайнял W");

    private static final Words RU = words(
            "освободил W|освобожден W|освобождени W|захватил W|занял W|захвачен W|оккупировал W|оккупирован W|под (?:\\p{L}+ )?оккупаци W|взял W под контроль|"
                    + "установил W контроль|под контролем|контролиру W|контроль над|вошл W|зашл W|закрепил W|отошл W|отступил W|"
                    + "вышл W из|окружен W|окружил W|(?:подняли|поднял|установили|водрузили|вывесили) флаг W",
            "атак W|атакова W|обстрел W|удар W|нанес W удар W|бомбардиров W|штурм W|наступлени W|наступа(?:ет|ют|ли|л|ла)|"
                    + "контрнаступлени W|бо(?:и|ёв|ев|ях|ями)|столкновени W|отразил W|отбил W|продвину W|продвижени W",
            "погиб W|убит W|убил W|гибел W|смерт W|ликвидирова W|тела",
            "ранен W|ранил W|ранени W|пострадавш W|пострадал W|травм W|госпитализирова W",
            "плен|плена|пленн W|военнопленн W|сдал W",
            "(?:запустил W|выпустил W|запущен W|выпущен W|атакова W)[^.;]{0,60}(?:дрон|беспилотн|ракет|шахед|бпла|снаряд)W|"
                    + "(?:дрон|беспилотн|ракет|шахед|бпла)W[^.;]{0,40}(?:запущен|выпущен)W",
            "сбил W|сбит W|перехвач W|перехватил W|нейтрализова W|подавлен W",
            "уничтож W|поврежд W|разруш W|пожар W|загорел W|без света|обесточ W|отключени W|блэкаут W",
            "эваку W|бежал W|уехал W|пересекл W границ W",
            "неправд W|не соответству W действительности|фейк W|опроверг W|опроверга W|отрица W|дезинформаци W|безосновательн W|"
                    + "ложн W|ложь|не подтвержда W",
            "будет|будут|может|могут|мог бы|могли бы|планиру W|намерен W|угрожа W|пыта W|хочет|хотят|готовит W|готовы|если|"
                    + "чтобы|попытк W",
            "якобы|предположительно|неподтвержденн W|неподтверждённ W|будто бы",
            "ВСУ|ВС Украины|Вооруж W сил W Украины|украинск W (?:\\p{L}+ ){0,2}?(?:войск W|сил W|арми W|военн W|боевик W|подразделени W|"
                    + "бригад W|ПВО|дрон W|беспилотник W|ракет W|удар W|наступлени W|контрнаступлени W|формировани W|артиллери W)|"
                    + "киевск W режим W",
            "российск W (?:\\p{L}+ ){0,2}?(?:войск W|сил W|арми W|военн W|подразделени W|дрон W|беспилотник W|ракет W|удар W|авиаци W|"
                    + "наступлени W|артиллери W)|ВС РФ|Минобороны России|группировк W войск|оккупант W|Вагнер W|ЧВК",
            "противник W|враг W|вражеск W|неприятел W",
            "наш W (?:\\p{L}+ )?(?:войск W|подразделени W|военн W|бойц W|сил W|ПВО)|мы",
            "отошл W|отступил W|вышл W из|оставил W|потерял W контроль|отвел W|отведен W",
            "(?:более |около |не менее |свыше |до )?(?:(украинск W)|(российск W)|(вражеск W|оккупант W)|(наш W))",
            "задержан W|обмен W",
            "уничтож W|подавлен W",
            "запустил W|выпустил W|запущен W|выпущен W|атакова W|ударил W|нанес W удар W|применил W|использова W",
            "попадани W|попал W",
            "освободил W|освобожден W|захватил W|оккупировал W|занял W");

    private static final Words PL = words(
            "wyzwolił W|wyzwolen W|zdobył W|zdobyci W|zdobyt W|zajął|zajęł W|zajęli|zajęci W|zajęt W|okupowa W|pod (?:\\p{L}+ )?okupacj W|przejął|przejęli|"
                    + "przejęci W|pod kontrolą|kontroluj W|kontrol W nad|wkroczył W|weszł W|wycofał W|okrąż W|otoczen W|otoczył W|(?:zawiesili|zawiesił|podnieśli|wywiesili|zatknęli) flag W|weszli|wejści W|wkracza W",
            "atak W|zaatakowa W|ostrzał W|ostrzal W|ostrzeliwa W|ostrzela W|ostrzelan W|uderz W|bombardow W|szturm W|ofensyw W|kontrofensyw W|"
                    + "natar W|walk(?:i|ach|a|ami)|star(?:cia|ć|ciach)|odpar W|posun W|nalot W",
            "zgin W|zabit W|zabił W|zabici|zabił|śmier W|poległ W|polegli|ofiar W śmierteln W|zlikwidowa W|ciał(?:a)?",
            "rann W|ranion W|obrażeni W|poszkodowan W|hospitalizowan W",
            "niewol W|jeńc W|jeniec|poddał W się|pojman W",
            "(?:wystrzelił W|wystrzelon W|wystrzelal W|odpalił W|wysłał W|wysłan W|użył W)[^.;]{0,60}(?:dron|rakiet|pocisk|szahed|shahed|"
                    + "bezzałogow)W|(?:dron|rakiet|pocisk|szahed|shahed)W[^.;]{0,40}(?:wystrzelon|odpalon|wysłan)W",
            "zestrzel W|strąc W|przechwyc W|przechwycił W|zneutralizowa W",
            "zniszcz W|uszkodz W|uszkodzon W|zburz W|pożar W|spłonął|spłonęł W|bez prądu|bez zasilania|przerw W w dostawach prądu|"
                    + "blackout W",
            "ewaku W|uciekł W|uciekli|wyjechał W|przekroczył W granic W",
            "nieprawd W|fałsz W|fejk W|fake|zdementowa W|dementuj W|zaprzecza W|zaprzeczył W|dezinformacj W|bezpodstawn W|kłamstw W|"
                    + "nie potwierdza W",
            "będzie|będą|może|mogą|mógłby|mogłoby|planuj W|zamierza W|grozi|próbuj W|próbował W|chce|chcą|przygotowuj W|gotowi|"
                    + "jeśli|jeżeli|aby|żeby|prób W|szykuj W|szykowa W",
            "rzekomo|podobno|prawdopodobnie|niepotwierdzon W|jakoby",
            "Sił W Zbrojn W Ukrainy|Siły Zbrojne Ukrainy|(?:wojsk W|sił W|sił|armi W|żołnierz W|oddział W|jednost W|obron W powietrzn W) ukraiń(?:sk|sc) W|Ukraińc(?:y|ów)|ukraiń(?:sk|sc) W (?:\\p{L}+ ){0,2}?(?:wojsk W|sił W|sił|armi W|żołnierz W|oddział W|"
                    + "jednost W|brygad W|obron W powietrzn W|dron W|rakiet W|atak W|uderzeni W|kontrofensyw W|ofensyw W|artyleri W)",
            "(?:wojsk W|sił W|sił|armi W|żołnierz W|oddział W|jednost W|lotnictw W) ros(?:yjsk|yjsc) W|ros(?:yjsk|yjsc) W (?:\\p{L}+ ){0,2}?(?:wojsk W|sił W|sił|armi W|żołnierz W|oddział W|dron W|rakiet W|atak W|ostrzał W|uderzeni W|"
                    + "lotnictw W|ofensyw W|artyleri W)|okupant W|najeźdźc W|Rosjanie|Rosjan",
            "wróg|wroga|wrogi W|nieprzyjaci W|przeciwnik W",
            "nasz W (?:\\p{L}+ )?(?:wojsk W|żołnierz W|oddział W|sił W|obron W)|my",
            "wycofał W|wycofan W|opuścił W|utracił W kontrol W|stracił W kontrol W",
            "(?:ponad |około |co najmniej |do )?(?:(ukraiń(?:sk|sc) W)|(rosyj(?:sk|sc) W)|(wrogi W|wrog W|okupant W)|(nasz W))",
            "zatrzyman W|wymian W",
            "zniszcz W|unieszkodliw W",
            "wystrzelił W|wystrzelon W|odpalił W|wysłał W|zaatakowa W|uderzył W|użył W|użyto",
            "trafi W",
            "wyzwolił W|wyzwolen W|zdobył W|zajął|zajęł W|zajęli|przejął|przejęli");

    private SlavicClaimCues() {
    }

    private static final ClaimWords UK_WORDS = new Reader("uk"), RU_WORDS = new Reader("ru"), PL_WORDS = new Reader("pl");
    /** The words between two numbers that make the second the total of the first ("21 з 59", "21 из 59", "21 z 59"). */
    private static final Pattern OF_TOTAL = Pattern.compile("\\s*(?:з|із|зі|из|z|ze|spośród)\\s*", FLAGS);

    private static final Pattern UK_ANAPHOR = word("міст[оаіу]|містом|селищ W|сел[оаі]|населен W пункт W");
    private static final Pattern RU_ANAPHOR = word("город|города|городе|городом|посёлок W|поселок W|посёлк W|поселк W|сел[оае]|населенн W пункт W");
    private static final Pattern PL_ANAPHOR = word("miast[oaue]|miastem|wsi|wieś|miejscowoś W");

    /** One language's cues (uk, ru or pl) as the words {@link ClaimFinder} reads an article with. */
    static ClaimWords of(String lang) {
        return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
            case "uk" -> UK_WORDS;
            case "ru" -> RU_WORDS;
            case "pl" -> PL_WORDS;
            default -> throw new IllegalArgumentException("no Slavic claim cues for " + lang + " (uk, ru or pl)");
        };
    }

    /** The static rules bound to one language. */
    private record Reader(String lang) implements ClaimWords {
        @Override
        public List<ClaimCues.Cue> kinds(String text) {
            return SlavicClaimCues.kinds(text, lang);
        }

        @Override
        public ClaimKind ofNumber(String clause, int at, String counted, boolean ofTotal) {
            return SlavicClaimCues.ofNumber(clause, at, counted, ofTotal, lang);
        }

        @Override
        public boolean ofTotal(String between) {
            return OF_TOTAL.matcher(between).matches();
        }

        @Override
        public Side victims(String text, int numberAt, Side speaker) {
            return SlavicClaimCues.victims(text, numberAt, speaker, lang);
        }

        @Override
        public boolean hedged(String text) {
            return SlavicClaimCues.hedged(text, lang);
        }

        @Override
        public Side actor(String text, Side speakerSide, ClaimKind kind) {
            return SlavicClaimCues.actor(text, speakerSide, kind, lang);
        }

        @Override
        public List<Attribution.Found> attributions(String sentence) {
            return SlavicAttribution.in(sentence, lang);
        }

        @Override
        public List<Attribution.Found> headlineAttributions(String title) {
            return SlavicAttribution.inHeadline(title, lang);
        }

        @Override
        public Pattern anaphor() {
            return switch (lang) {
                case "uk" -> UK_ANAPHOR;
                case "ru" -> RU_ANAPHOR;
                default -> PL_ANAPHOR;
            };
        }

        @Override
        public Pattern nameIn(String name) {
            // Case endings are at most a few letters: "Купʼянськ" → "Купʼянська", "Ізюмом" → "Ізюма", "Kupiańsk" → "Kupiańskiem".
            String stem = name.length() >= 6 ? name.substring(0, name.length() - 2) : name.length() >= 4 ? name.substring(0, name.length() - 1) : name;
            return Pattern.compile(B0 + Pattern.quote(stem) + "\\p{L}{0,5}" + B1, Pattern.UNICODE_CASE);
        }

        @Override
        public String pronoun(String word) {
            String english = SlavicAttribution.pronoun(word, lang);
            return english == null ? word : english;
        }

        @Override
        public boolean refersBack(Attribution.Found f) {
            return SlavicAttribution.refersBack(f);
        }

        @Override
        public List<org.sitrep.nlp.Quantity> headlineNumbers(String title) {
            // A headline is not annotated, and what a Slavic number counts needs the annotator's case-aware reading.
            return List.of();
        }
    }

    /**
     * Every kind whose words appear in the text, each at its first occurrence that is not an intention or a
     * possibility ("можуть спробувати захопити", "planuje zdobyć"), in text order, as {@link ClaimCues#kinds}.
     */
    static List<ClaimCues.Cue> kinds(String text, String lang) {
        Words w = wordsOf(lang);
        List<ClaimCues.Cue> out = new ArrayList<>();
        for (var e : w.kinds().entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (e.getKey() != ClaimKind.DENIAL && w.modal().matcher(text.substring(0, m.start())).find()) continue;
                out.add(new ClaimCues.Cue(e.getKey(), m.start(), m.end()));
                break;
            }
        }
        out.sort(Comparator.comparingInt(ClaimCues.Cue::start));
        return out;
    }

    /**
     * The kind a number's claim has, as {@link ClaimCues#ofNumber}: from what it counts (the English word) and the
     * Ukrainian, Russian or Polish verbs of its clause; null when it is no claim.
     */
    static ClaimKind ofNumber(String clause, int at, String counted, boolean ofTotal, String lang) {
        if (counted == null) return null;
        Words w = wordsOf(lang);
        String c = counted.toLowerCase(Locale.ROOT);
        if (c.equals("killed") || c.equals("dead")) return ClaimKind.KILLED;
        if (c.equals("wounded") || c.equals("injured")) return ClaimKind.WOUNDED;
        if (ClaimCues.ATTACKS.contains(c)) return ClaimKind.ATTACK;
        if (ClaimCues.WEAPONS.contains(c)) {
            if (ofTotal) return ClaimKind.LAUNCHED;
            int dShot = Math.min(nearest(w.kinds().get(ClaimKind.SHOT_DOWN).matcher(clause), at), nearest(w.nearShot().matcher(clause), at));
            int dLaunched = nearest(w.nearLaunched().matcher(clause), at);
            if (dShot == Integer.MAX_VALUE && dLaunched == Integer.MAX_VALUE) return null;
            boolean aircraft = c.equals("aircraft") || c.equals("helicopters");
            if (dShot <= dLaunched) {
                return aircraft && nearest(w.kinds().get(ClaimKind.SHOT_DOWN).matcher(clause), at) == Integer.MAX_VALUE
                        ? ClaimKind.DAMAGE : ClaimKind.SHOT_DOWN;
            }
            return ClaimKind.LAUNCHED;
        }
        if (ClaimCues.PEOPLE.contains(c)) {
            ClaimKind best = null;
            int d = Integer.MAX_VALUE;
            Map<ClaimKind, Pattern> near = Map.of(ClaimKind.KILLED, w.kinds().get(ClaimKind.KILLED), ClaimKind.WOUNDED,
                    w.kinds().get(ClaimKind.WOUNDED), ClaimKind.CAPTURED, w.nearCaptured(), ClaimKind.EVACUATION, w.kinds().get(ClaimKind.EVACUATION));
            for (var e : near.entrySet()) {
                int di = nearest(e.getValue().matcher(clause), at);
                if (di < d) {
                    d = di;
                    best = e.getKey();
                }
            }
            return best;
        }
        if (ClaimCues.THINGS.contains(c)) {
            int dDamage = Math.min(nearest(w.kinds().get(ClaimKind.DAMAGE).matcher(clause), at), nearest(w.nearDamage().matcher(clause), at));
            int dControl = nearest(w.nearControl().matcher(clause), at);
            int dEvac = nearest(w.kinds().get(ClaimKind.EVACUATION).matcher(clause), at);
            int min = Math.min(dDamage, Math.min(dControl, dEvac));
            if (min == Integer.MAX_VALUE) return null;
            return min == dControl ? ClaimKind.CONTROL : min == dEvac ? ClaimKind.EVACUATION : ClaimKind.DAMAGE;
        }
        return null;
    }

    /** Whose people a count of casualties is about, read just after the number, as {@link ClaimCues#victims}. */
    static Side victims(String text, int numberAt, Side speaker, String lang) {
        if (numberAt < 0 || numberAt >= text.length()) return Side.UNKNOWN;
        Matcher m = wordsOf(lang).victims().matcher(text).region(numberAt, text.length());
        if (!m.lookingAt()) return Side.UNKNOWN;
        if (m.group(1) != null) return Side.UKRAINE;
        if (m.group(2) != null) return Side.RUSSIA;
        if (m.group(3) != null) return speaker.opponent();
        return speaker.belligerent() ? speaker : Side.UNKNOWN;
    }

    /** Whether the text hedges what it says ("нібито", "якобы", "rzekomo"). */
    static boolean hedged(String text, String lang) {
        return wordsOf(lang).hedge().matcher(text).find();
    }

    /**
     * The side the text says acts, as {@link ClaimCues#actor}: the first actor named ("ЗСУ", "российские войска", "ворог"
     * for the speaker's opponent, "наші захисники" for the speaker's own side); for control, a withdrawal gives the place
     * to the other side.
     */
    static Side actor(String text, Side speakerSide, ClaimKind kind, String lang) {
        Words w = wordsOf(lang);
        int best = Integer.MAX_VALUE;
        Side side = Side.UNKNOWN;
        Matcher m;
        if ((m = w.ukraine().matcher(text)).find() && m.start() < best) {
            best = m.start();
            side = Side.UKRAINE;
        }
        if ((m = w.russia().matcher(text)).find() && m.start() < best) {
            best = m.start();
            side = Side.RUSSIA;
        }
        if (speakerSide.belligerent()) {
            if ((m = w.enemy().matcher(text)).find() && m.start() < best) {
                best = m.start();
                side = speakerSide.opponent();
            }
            if ((m = w.own().matcher(text)).find() && m.start() < best) side = speakerSide;
        }
        if (kind == ClaimKind.CONTROL && side.belligerent() && w.loss().matcher(text).find()) side = side.opponent();
        return side;
    }

    private static Words wordsOf(String lang) {
        return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
            case "uk" -> UK;
            case "ru" -> RU;
            case "pl" -> PL;
            default -> throw new IllegalArgumentException("no Slavic claim cues for " + lang + " (uk, ru or pl)");
        };
    }

    private static int nearest(Matcher m, int at) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
            best = Math.min(best, d);
        }
        return best;
    }

    /** Compiles one language's alternations; " W" in them is an open ending. */
    private static Words words(String control, String attack, String killed, String wounded, String captured, String launched,
                               String shotDown, String damage, String evacuation, String denial, String modal, String hedge,
                               String ukraine, String russia, String enemy, String own, String loss, String victims,
                               String nearCaptured, String nearShot, String nearLaunched, String nearDamage, String nearControl) {
        Map<ClaimKind, Pattern> kinds = new EnumMap<>(ClaimKind.class);
        kinds.put(ClaimKind.CONTROL, word(control));
        kinds.put(ClaimKind.ATTACK, word(attack));
        kinds.put(ClaimKind.KILLED, word(killed));
        kinds.put(ClaimKind.WOUNDED, word(wounded));
        kinds.put(ClaimKind.CAPTURED, word(captured));
        kinds.put(ClaimKind.LAUNCHED, word(launched));
        kinds.put(ClaimKind.SHOT_DOWN, word(shotDown));
        kinds.put(ClaimKind.DAMAGE, word(damage));
        kinds.put(ClaimKind.EVACUATION, word(evacuation));
        kinds.put(ClaimKind.DENIAL, word(denial));
        return new Words(java.util.Collections.unmodifiableMap(kinds), Pattern.compile(B0 + "(?:" + open(modal) + ")" + B1 + "[^.;]{0,60}$", FLAGS), word(hedge),
                word(ukraine), word(russia), word(enemy), word(own), word(loss),
                Pattern.compile("[\\s\\d,.]*" + open(victims), FLAGS), word(nearCaptured), word(nearShot), word(nearLaunched),
                word(nearDamage), word(nearControl));
    }

    private static Pattern word(String alternation) {
        return Pattern.compile(B0 + "(?:" + open(alternation) + ")" + B1, FLAGS);
    }

    private static String open(String alternation) {
        return alternation.replace(" W", W).replace(")W", ")" + W);
    }
}
