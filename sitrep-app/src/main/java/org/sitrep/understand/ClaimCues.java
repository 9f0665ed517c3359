package org.sitrep.understand;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;
import org.sitrep.nlp.Quantity;

/**
 * The English words that make a sentence a claim of some kind ("repelled", "shot down", "liberated", "is not true"),
 * the kind of a number from what it counts and the verb beside it ("10 attacks were repelled", "shot down 21 of 59
 * drones"), and the side said to act ("Russian forces", "our troops", "the enemy"). Stateless and thread-safe.
 */
final class ClaimCues {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<ClaimKind, Pattern> WORDS = new EnumMap<>(ClaimKind.class);

    static {
        WORDS.put(ClaimKind.CONTROL, Pattern.compile("\\b(captured|recaptured|recapture|capture of|seized|seizure of|took control|taken control|"
                + "take control|took over|taken over|in (?:full |complete )?control|under (?:full |complete |their |its )?control|control over|"
                + "liberated|liberation of|liberating|retook|retaken|regained|occupied|occupation of|foothold|stronghold|"
                + "(?:taken|took|take) up positions|entered|withdrew|withdrawn|withdrawal from|retreated|pulled out|encircled|"
                + "surrounded|encirclement|fell to|fall of|(?:has|have|had) fallen|presence of|hold(?:s|ing)? (?:on to )?(?:the )?(?:city|town|village|line)|"
                + "raised (?:the|a) flag|(?:fully |still |now )?control(?:s|led|ling)|(?:troops|forces|soldiers|units)\\s+(?:are|were|had been|"
                + "have been|remain(?:ed)?)\\s+(?:in|inside|within))\\b", I));
        WORDS.put(ClaimKind.ATTACK, Pattern.compile("\\b(attack(?:s|ed|ing)?|shell(?:ed|ing|s)|struck|strikes?|bomb(?:ed|ing|ings)|"
                + "air ?strikes?|assaults?|offensives?|counter-?offensives?|repelled|repulsed|stormed|storming|fighting|clashes|"
                + "barrage|raids?|advance[sd]?|advancing|pushed back)\\b", I));
        WORDS.put(ClaimKind.KILLED, Pattern.compile("\\b(killed|killing|dead|died|death toll|lost their lives|perished|deaths|"
                + "eliminated|fatalities)\\b", I));
        WORDS.put(ClaimKind.WOUNDED, Pattern.compile("\\b(wounded|injured|injuring|injuries)\\b", I));
        WORDS.put(ClaimKind.CAPTURED, Pattern.compile("\\b(taken prisoner|prisoners of war|POWs?|captured (?:\\w+ )?(?:soldiers|servicemen|troops|"
                + "fighters|men|marines|mercenaries)|surrendered)\\b", I));
        WORDS.put(ClaimKind.LAUNCHED, Pattern.compile("\\b(launched|fired)\\b[^.;]{0,60}\\b(drones?|missiles?|rockets?|shells?|shaheds?|"
                + "UAVs?|rounds)\\b|\\b(drones?|missiles?|rockets?|shaheds?|UAVs?)\\b[^.;]{0,40}\\b(launched|fired)\\b", I));
        WORDS.put(ClaimKind.SHOT_DOWN, Pattern.compile("\\b(shot down|shoot down|shooting down|intercepted|downed)\\b", I));
        WORDS.put(ClaimKind.DAMAGE, Pattern.compile("\\b(destroyed|damaged|damage|destruction|ablaze|power outages?|blackouts?|"
                + "without (?:power|electricity)|burn(?:ed|t) down)\\b", I));
        WORDS.put(ClaimKind.EVACUATION, Pattern.compile("\\b(evacuat\\w+|fled|fleeing|crossed into|crossed the border)\\b", I));
        WORDS.put(ClaimKind.DENIAL, Pattern.compile("\\b(not true|untrue|not correct|incorrect|false|fake|denied|denies|deny|denying|"
                + "refuted|refutes|(?:rejects?|rejected|dismiss(?:es|ed)?|disputes?|disputed)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:claims?|reports?|"
                + "allegations?|accusations?)|disinformation|baseless|no truth|groundless)\\b", I));
    }

    /** Kinds whose numbers count people, weapons, attacks or things; a number counting anything else is no claim. */
    static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "soldiers", "troops", "servicemen", "children",
            "residents", "fighters", "militants", "men", "women", "personnel", "officers", "prisoners", "pows", "marines",
            "paratroopers", "mercenaries", "invaders", "occupiers", "citizens", "victims", "bodies", "workers", "policemen",
            "doctors", "journalists", "patients", "adults", "teenagers", "babies", "families", "individuals", "crew", "sailors",
            "pilots", "servicemembers", "conscripts", "volunteers", "refugees", "evacuees", "inhabitants", "casualties");
    static final Set<String> WEAPONS = Set.of("drones", "missiles", "rockets", "shaheds", "uavs", "shells", "rounds", "bombs",
            "aircraft", "helicopters", "jets", "planes", "warplanes", "projectiles", "munitions");
    static final Set<String> ATTACKS = Set.of("attacks", "assaults", "strikes", "airstrikes", "shellings", "clashes",
            "engagements", "attempts", "offensives", "battles", "raids", "sorties", "bombardments", "attack", "assault");
    static final Set<String> THINGS = Set.of("buildings", "houses", "homes", "settlements", "tanks", "vehicles", "apartments",
            "schools", "hospitals", "facilities", "bridges", "towns", "villages", "cities", "substations", "objects", "warehouses",
            "depots", "trains", "cars", "ships", "boats", "systems", "localities", "communities", "consumers", "households",
            "subscribers", "pieces", "units", "structures", "blocks", "churches", "enterprises");

    private static final Pattern NEAR_KILLED = Pattern.compile("\\b(killed|dead|died|deaths?|lost their lives|perished|eliminated|"
            + "fatalities|bodies)\\b", I);
    private static final Pattern NEAR_WOUNDED = Pattern.compile("\\b(wounded|injured|injuries|hurt|hospitali[sz]ed)\\b", I);
    private static final Pattern NEAR_CAPTURED = Pattern.compile("\\b(captured|captivity|prisoner|prisoners|POWs?|detained|surrendered|"
            + "taken captive|exchanged|swap)\\b", I);
    private static final Pattern NEAR_EVACUATED = Pattern.compile("\\b(evacuat\\w+|fled|flee\\w*|displaced|left|crossed into|"
            + "crossed the border|refugees)\\b", I);
    /**
     * Words that make what follows an intention, a threat or a possibility rather than something that happened ("may
     * attempt to destroy", "will launch", "would lead to").
     */
    private static final Pattern MODAL = Pattern.compile("\\b(will|would|could|may|might|plans? to|planning to|intends? to|"
            + "intending to|threaten(?:s|ed)? to|aims? to|wants? to|likely to|expected to|ready to|prepare[sd]? (?:for|to)|"
            + "capability|if|attempts? to|attempted to|attempting to|trying to|tries to|tried to|seeks? to|seeking to|sought to|"
            + "intention to|intentions to|in order to|efforts? to|goal is to|plans? for)\\b[^.;]{0,60}$", I);
    private static final Pattern NEAR_SHOT = Pattern.compile("\\b(shot down|shoot down|intercepted|downed|destroyed|neutrali[sz]ed|"
            + "repelled|jammed|lost)\\b", I);
    private static final Pattern NEAR_LAUNCHED = Pattern.compile("\\b(launched|fired|used|sent|attacked with|struck with|"
            + "attacked|hit|targeted)\\b", I);
    private static final Pattern NEAR_DAMAGE = Pattern.compile("\\b(damaged|destroyed|damage|destruction|without (?:power|electricity)|"
            + "lost power|de-energi[sz]ed|burned|ablaze|hit)\\b", I);
    private static final Pattern NEAR_CONTROL = Pattern.compile("\\b(liberated|captured|recaptured|retook|seized|occupied|took control|"
            + "regained)\\b", I);
    private static final Pattern HEDGE = Pattern.compile("\\b(allegedly|alleged|reportedly|purportedly|purported|unconfirmed|"
            + "unverified|claimed)\\b", I);

    private static final Pattern ACTOR_UKRAINE = Pattern.compile("\\b(?:(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:forces|troops|army|military|soldiers|defenders|units|fighters|servicemen|navy|air force|air defen[cs]es?|brigades?|"
            + "artillery|marines|paratroopers|counter-?offensive|offensive|drones?|missiles?|strikes?)|Armed Forces of Ukraine|"
            + "Defen[cs]e Forces|by Ukraine|by Kyiv|(?:Ukraine|Kyiv|Kiev)(?:\\s+(?:has|have|had))?\\s+(?:retook|retaken|recaptured|liberated|"
            + "captured|took|seized|regained|entered|advanced|holds|controls))\\b", I);
    private static final Pattern ACTOR_RUSSIA = Pattern.compile("\\b(?:(?:Russian|Russia['’]s|Moscow['’]s|Kremlin['’]s|pro-Russian|Chechen)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:forces|troops|army|military|soldiers|invaders|occupiers|units|fighters|servicemen|navy|"
            + "air force|air defen[cs]es?|brigades?|artillery|mercenaries|paratroopers|offensive|drones?|missiles?|shelling|strikes?|"
            + "attacks?|shells|aviation|advance|capture)|invaders|occupiers|occupation (?:army|forces|troops)|Wagner|by Russia|by Moscow|"
            + "(?:Russia|Moscow)(?:\\s+(?:has|have|had))?\\s+(?:retook|retaken|recaptured|liberated|captured|took|seized|regained|entered|"
            + "advanced|holds|controls|claims? (?:the )?capture))\\b", I);
    private static final Pattern ACTOR_ENEMY = Pattern.compile("\\b(?:the enemy|enemy)\\b", I);
    private static final Pattern ACTOR_OWN = Pattern.compile("\\b(?:(?:our|its)\\s+(?:[\\w-]+\\s+)?(?:forces|troops|army|soldiers|defenders|"
            + "units|air defen[cs]es?|military)|it is in (?:full |complete )?control|we)\\b", I);
    private static final Pattern LOSS = Pattern.compile("\\b(withdrew|withdrawn|withdrawal from|retreated|pulled out|lost control|left)\\b", I);

    private ClaimCues() {
    }

    /** These rules as the English {@link ClaimWords}; attribution is {@link Attribution}'s. */
    static final ClaimWords ENGLISH = new ClaimWords() {
        @Override
        public List<Cue> kinds(String text) {
            return ClaimCues.kinds(text);
        }

        @Override
        public ClaimKind ofNumber(String clause, int at, String counted, boolean ofTotal) {
            return ClaimCues.ofNumber(clause, at, counted, ofTotal);
        }

        @Override
        public boolean ofTotal(String between) {
            return between.strip().equalsIgnoreCase("of");
        }

        @Override
        public Side victims(String text, int numberAt, Side speaker) {
            return ClaimCues.victims(text, numberAt, speaker);
        }

        @Override
        public boolean hedged(String text) {
            return ClaimCues.hedged(text);
        }

        @Override
        public Side actor(String text, Side speakerSide, ClaimKind kind) {
            return ClaimCues.actor(text, speakerSide, kind);
        }

        @Override
        public List<Attribution.Found> attributions(String sentence) {
            return Attribution.in(sentence);
        }

        @Override
        public List<Attribution.Found> headlineAttributions(String title) {
            return Attribution.inHeadline(title);
        }

        @Override
        public List<Quantity> headlineNumbers(String title) {
            return ClaimCues.headlineNumbers(title);
        }

        @Override
        public Pattern anaphor() {
            return ANAPHOR;
        }

        @Override
        public Pattern nameIn(String name) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        }
    };

    private static final Pattern ANAPHOR = Pattern.compile("\\bthe (city|town|village|settlement|railway hub|port)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADLINE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+"
            + "(?:(?:[\\p{Lu}][\\p{L}-]*|more|other|enemy|civilian|kamikaze)\\s+)?(\\p{Ll}+)");

    /** The numbers of a headline (not annotated) with the noun they count: "63 troops", "400 Russian soldiers". */
    static List<Quantity> headlineNumbers(String title) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = HEADLINE_NUMBER.matcher(title);
        while (m.find()) {
            String noun = m.group(2).toLowerCase(Locale.ROOT);
            if (noun.length() < 3 || !noun.endsWith("s") && !noun.equals("killed") && !noun.equals("dead") && !noun.equals("wounded")) continue;
            out.add(new Quantity(Double.parseDouble(m.group(1).replace(",", "")), m.group(1), noun, m.start(1), m.end(1), -1));
        }
        return out;
    }

    /** A kind found in the text by its words, with where the first word is. */
    record Cue(ClaimKind kind, int start, int end) {
    }

    /**
     * Every kind whose words appear in the text, each at its first occurrence that is not an intention or a
     * possibility, in text order.
     */
    static List<Cue> kinds(String text) {
        List<Cue> out = new ArrayList<>();
        for (var e : WORDS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                // "may attempt to destroy the city": an intention, not an event (a denial stays one).
                if (e.getKey() != ClaimKind.DENIAL && MODAL.matcher(text.substring(0, m.start())).find()) continue;
                out.add(new Cue(e.getKey(), m.start(), m.end()));
                break;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Cue::start));
        return out;
    }

    /**
     * The kind a number's claim has, from what it counts and the words of its clause; null when it is no claim (a
     * distance, a sum of money, a count the clause does not tie to the war).
     *
     * @param clause   the clause holding the number, with the number at {@code at}
     * @param counted  what the annotator says it counts (lower case plural, "killed", a unit); may be null
     * @param ofTotal  whether it is the total in "N of M" (M)
     */
    static ClaimKind ofNumber(String clause, int at, String counted, boolean ofTotal) {
        if (counted == null) return null;
        String c = counted.toLowerCase(Locale.ROOT);
        if (c.equals("killed") || c.equals("dead")) return ClaimKind.KILLED;
        if (c.equals("wounded") || c.equals("injured")) return ClaimKind.WOUNDED;
        if (ATTACKS.contains(c)) return ClaimKind.ATTACK;
        if (WEAPONS.contains(c)) {
            if (ofTotal) return ClaimKind.LAUNCHED;
            boolean aircraft = c.equals("aircraft") || c.equals("helicopters") || c.equals("jets") || c.equals("planes") || c.equals("warplanes");
            Matcher shot = NEAR_SHOT.matcher(clause), launched = NEAR_LAUNCHED.matcher(clause);
            int dShot = nearest(shot, at), dLaunched = nearest(launched, at);
            if (dShot == Integer.MAX_VALUE && dLaunched == Integer.MAX_VALUE) return null;
            if (dShot <= dLaunched) return aircraft && !clause.toLowerCase(Locale.ROOT).contains("shot down") ? ClaimKind.DAMAGE : ClaimKind.SHOT_DOWN;
            return ClaimKind.LAUNCHED;
        }
        if (PEOPLE.contains(c)) {
            ClaimKind best = null;
            int d = Integer.MAX_VALUE;
            for (var e : Map.of(ClaimKind.KILLED, NEAR_KILLED, ClaimKind.WOUNDED, NEAR_WOUNDED, ClaimKind.CAPTURED, NEAR_CAPTURED,
                    ClaimKind.EVACUATION, NEAR_EVACUATED).entrySet()) {
                int di = nearest(e.getValue().matcher(clause), at);
                if (di < d) {
                    d = di;
                    best = e.getKey();
                }
            }
            if (best == null && (c.equals("refugees") || c.equals("evacuees"))) return ClaimKind.EVACUATION;
            return best;
        }
        if (THINGS.contains(c)) {
            int dDamage = nearest(NEAR_DAMAGE.matcher(clause), at), dControl = nearest(NEAR_CONTROL.matcher(clause), at);
            int dEvac = nearest(NEAR_EVACUATED.matcher(clause), at);
            int min = Math.min(dDamage, Math.min(dControl, dEvac));
            if (min == Integer.MAX_VALUE) return null;
            return min == dControl ? ClaimKind.CONTROL : min == dEvac ? ClaimKind.EVACUATION : ClaimKind.DAMAGE;
        }
        return null;
    }

    private static int nearest(Matcher m, int at) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
            best = Math.min(best, d);
        }
        return best;
    }

    private static final Pattern VICTIMS = Pattern.compile("^[\\s\\d,.]*(?:more than\\s+|about\\s+|up to\\s+|at least\\s+)?"
            + "(?:of\\s+(?:the\\s+)?|of\\s+its\\s+|of\\s+their\\s+)?(?:(pro-Ukrainian|Ukrainian|Ukraine['’]s|Kyiv['’]s)|(pro-Russian|Russian|Russia['’]s|"
            + "Moscow['’]s|Wagner)|(enemy|invaders|occupiers)|(our))", I);

    /**
     * Whose people a count of killed, wounded or captured is about, read just after the number ("400 Russian soldiers",
     * "600 Ukrainian troops", "50 enemy troops" for the speaker's opponent); {@link Side#UNKNOWN} when not said
     * (civilians, "people").
     */
    static Side victims(String text, int numberAt, Side speaker) {
        if (numberAt < 0 || numberAt >= text.length()) return Side.UNKNOWN;
        Matcher m = VICTIMS.matcher(text.substring(numberAt));
        if (!m.find()) return Side.UNKNOWN;
        if (m.group(1) != null) return Side.UKRAINE;
        if (m.group(2) != null) return Side.RUSSIA;
        if (m.group(3) != null) return speaker.opponent();
        return speaker.belligerent() ? speaker : Side.UNKNOWN;
    }

    /**
     * The clause a denial word stands in ("calling reports of Russian soldiers inside Kupiansk false"): from the comma
     * or semicolon before it to the one after it; its actor is the denied act's.
     */
    static String clauseAround(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
        int to = text.length();
        for (char c : new char[] {',', ';'}) {
            int i = text.indexOf(c, end);
            if (i >= 0 && i < to) to = i;
        }
        return text.substring(Math.max(0, from), Math.max(Math.max(0, from), to));
    }

    /** Whether the text hedges what it says. */
    static boolean hedged(String text) {
        return HEDGE.matcher(text).find();
    }

    /**
     * The side the text says acts (holds, attacks, shot down): the first actor named ("Russian forces", "the enemy" for
     * the speaker's opponent, "our troops" for the speaker's own side); for control, a withdrawal gives the place to the
     * other side. {@link Side#UNKNOWN} when none is named.
     */
    static Side actor(String text, Side speakerSide, ClaimKind kind) {
        int best = Integer.MAX_VALUE;
        Side side = Side.UNKNOWN;
        Matcher m;
        if ((m = ACTOR_UKRAINE.matcher(text)).find() && m.start() < best) {
            best = m.start();
            side = Side.UKRAINE;
        }
        if ((m = ACTOR_RUSSIA.matcher(text)).find() && m.start() < best) {
            best = m.start();
            side = Side.RUSSIA;
        }
        if (speakerSide.belligerent()) {
            if ((m = ACTOR_ENEMY.matcher(text)).find() && m.start() < best) {
                best = m.start();
                side = speakerSide.opponent();
            }
            if ((m = ACTOR_OWN.matcher(text)).find() && m.start() < best) {
                side = speakerSide;
            }
        }
        if (kind == ClaimKind.CONTROL && side.belligerent() && LOSS.matcher(text).find()) side = side.opponent();
        return side;
    }
}
