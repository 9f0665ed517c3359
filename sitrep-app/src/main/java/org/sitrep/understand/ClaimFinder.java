package org.sitrep.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.sitrep.claims.Claim;
import org.sitrep.claims.ClaimKind;
import org.sitrep.claims.Side;
import org.sitrep.nlp.Quantity;
import org.sitrep.store.EntityReads.StoredAnnotations;
import org.sitrep.store.EntityReads.StoredMention;
import org.sitrep.store.EntityReads.StoredQuote;

/**
 * The claims of one annotated article, read with its language's words ({@link ClaimWords}: English, Ukrainian,
 * Russian, Polish): for each sentence, who asserts it ({@link Attribution}, pronouns and
 * "the spokesman" resolved to the speaker named before, quotes to their speaker, unattributed statements to the outlet),
 * the speaker's side ({@link SideLexicon} on the speaker's description, then what this article or earlier ones said of
 * the same entity), what kind of claim it is ({@link ClaimCues}: one claim per number that counts something of the war,
 * one per other kind named, a denial as one claim), its place and time ({@link ClaimPlaces}; "the city" and a speaker's
 * continued account take the place named just before) and the sentence it rests on; the headline, when the text does
 * not begin with it, is read first. A pure function of its inputs; thread-safe.
 */
public final class ClaimFinder {
    /** The languages these rules read ("und" is read as English, as the annotator does). */
    public static final java.util.Set<String> LANGUAGES = ClaimWords.LANGUAGES;

    /** How many sentences back a speaker's account still lends its place to a sentence that names none. */
    private static final int CARRY_SENTENCES = 4;
    /** The most sentences a quote may span and still lend its speaker to each of them. */
    private static final int MAX_QUOTE_SENTENCES = 4;
    private static final Pattern PERSON_ROLE = Pattern.compile("^the\\s+(spokesman|spokeswoman|spokesperson|official)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACK_ROLE = Pattern.compile("^the\\s+(?:[\\w-]+\\s+)?(spokesman|spokeswoman|spokesperson|official|commander-in-chief|"
            + "ministry|governor|mayor|commander|president|minister|general|agency|army|military|office|staff|service|head|chief|institute|"
            + "council|group|committee|organi[sz]ation|company|police|prosecutor|administration|department|command|ambassador)$",
            Pattern.CASE_INSENSITIVE);

    private final SideLexicon sides;

    public ClaimFinder(SideLexicon sides) {
        this.sides = Objects.requireNonNull(sides, "sides");
    }

    /** A speaker as resolved, with its side. */
    private record Who(Claim.Speaker speaker, Side side, String basis, String description, boolean person) {
        static final Who OUTLET = new Who(Claim.Speaker.OUTLET, Side.MEDIA, "the outlet itself", "", false);
        static final Who UNKNOWN = new Who(Claim.Speaker.UNKNOWN, Side.UNKNOWN, "not said", "", false);
    }

    /**
     * The claims of one article, in text order.
     *
     * @param text  the text the annotations' offsets point into
     * @param ann   what the annotation pass stored for it (status annotated)
     * @param known the side earlier articles gave an entity when it spoke, or null when none
     */
    public List<Claim> find(String articleId, String text, StoredAnnotations ann, LongFunction<Side> known) {
        return find(articleId, "en", null, text, ann, known);
    }

    /**
     * As {@link #find(String, String, StoredAnnotations, LongFunction)}, with the headline read first when it is not
     * the text's first sentence: a claim of the headline has sentence -1 and offsets into the headline.
     *
     * @param lang the article's language, one of {@link #LANGUAGES} (null is English)
     * @throws IllegalArgumentException for a language not in {@link #LANGUAGES}
     */
    public List<Claim> find(String articleId, String lang, String title, String text, StoredAnnotations ann, LongFunction<Side> known) {
        ClaimWords words = ClaimWords.of(lang);
        List<Claim> out = new ArrayList<>();
        if (ann == null || !"annotated".equals(ann.status()) || text == null) return out;
        ann = withoutNestedPlaces(ann);
        Claim.Place headlinePlace = null;
        if (title != null && !title.isBlank() && !text.strip().startsWith(title.strip())) {
            headlinePlace = headline(words, articleId, title.strip(), ann, known, out);
        }
        int lastClaimPlaceAt = -10;
        Claim.Place lastClaimPlace = null;
        Who last = null, lastPerson = null;
        int lastAt = -10;
        Map<String, Who> seen = new java.util.LinkedHashMap<>();
        Map<String, Integer> lastSentenceOf = new HashMap<>();
        Map<String, Claim.Place> lastPlaceOf = new HashMap<>();
        Claim.Place lastTownPlace = null;
        List<int[]> sentences = ann.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            int s0 = sentences.get(i)[0], s1 = Math.min(sentences.get(i)[1], text.length());
            if (s0 >= s1) continue;
            String st = text.substring(s0, s1);
            List<StoredMention> ms = new ArrayList<>();
            for (StoredMention m : ann.mentions()) if (m.start() >= s0 && m.end() <= s1) ms.add(m);
            StoredQuote quote = null;
            for (StoredQuote q : ann.quotes()) {
                // A "quote" over many sentences is a misread (dashes of dialogue, an unclosed mark), not one speaker's words.
                if (q.quote().start() < s1 && q.quote().end() > s0 && sentencesIn(sentences, q) <= MAX_QUOTE_SENTENCES && quote == null) quote = q;
            }

            // Who says it.
            int[] speakerSpan = null;
            Who who;
            Attribution.Found f = choose(titleCase(st) ? words.headlineAttributions(st) : words.attributions(st));
            boolean backRole = f != null && last != null && i - lastAt <= 3 && PERSON_ROLE.matcher(f.name()).matches();
            if (backRole) {
                // "the spokesman", "the official": the speaker named just before.
                speakerSpan = new int[] {f.start(), f.end()};
                who = last;
            } else if (f != null && f.vague()) who = Who.UNKNOWN;
            else if (f != null && f.pronoun()) {
                boolean firstPerson = f.name().equalsIgnoreCase("we") || f.name().equalsIgnoreCase("i");
                who = firstPerson && quote != null && quote.quote().speaker() != null ? quoted(words, quote, st, s0, ms, last, lastPerson, seen, known)
                        : pronoun(f.name(), last, lastPerson);
                boolean continues = lastPerson != null && lastPerson == last && lastAt == i - 1;
                if ((f.name().equalsIgnoreCase("he") || f.name().equalsIgnoreCase("she")) && i > 0 && !continues) {
                    // "He" is most often the person the sentence before was about: its first person named.
                    // A headline-like line in capitals between paragraphs (a teaser) is skipped.
                    int prev = i - 1;
                    while (prev > 0 && shouting(text, sentences.get(prev))) prev--;
                    Who subject = subjectOf(text, sentences.get(prev), ann.mentions(), last, seen, known);
                    if (subject != null) who = subject;
                }
                speakerSpan = new int[] {f.start(), f.end()};
            } else if (f != null) {
                speakerSpan = new int[] {f.start(), f.end()};
                who = named(f.name(), f.description(), s0 + f.start(), s0 + f.end(), st, s0, ms, last, seen, known);
            } else if (quote != null && (quote.quote().speaker() == null || quote.quote().speaker().isBlank()) && last != null && i - lastAt <= 2) {
                // Consecutive quotes are the same speaker's until another is named.
                who = last;
            } else if (quote != null) {
                who = quoted(words, quote, st, s0, ms, last, lastPerson, seen, known);
            } else who = Who.OUTLET;
            if (who.speaker().kind() == Claim.SpeakerKind.NAMED) {
                last = who;
                lastAt = i;
                if (who.person()) lastPerson = who;
                seen.putIfAbsent(key(who.speaker().name()), who);
                if (f != null && words.refersBack(f)) {
                    // "Об этом сообщил X": what the sentence before says is X's, not the outlet's.
                    for (int k = 0; k < out.size(); k++) {
                        Claim c = out.get(k);
                        if (c.sentence() == i - 1 && c.speaker().kind() == Claim.SpeakerKind.OUTLET) out.set(k, spokenBy(c, who.speaker(), who.side(), who.basis()));
                    }
                }
            }

            // What it says.
            String content = speakerSpan == null ? st : blank(st, speakerSpan[0], speakerSpan[1]);
            List<ClaimCues.Cue> cues = words.kinds(content);
            List<Claim.Place> named = ClaimPlaces.places(ms, speakerSpan, s0, content);
            Claim.Place place = named.isEmpty() ? null : named.get(0);
            List<Claim.Place> otherPlaces = named.size() > 1 ? named.subList(1, named.size()) : List.of();
            final int sentenceStart = s0;
            boolean coarse = !named.isEmpty() && named.stream().noneMatch(p -> ms.stream().anyMatch(m -> m.text().equals(p.name()) && ClaimPlaces.rank(m, content, sentenceStart) <= 2));
            if ((place == null || coarse) && words.anaphor().matcher(content).find() && lastTownPlace != null) {
                // "the outskirts of the city" in a sentence that names only a region: the town named before.
                if (place != null) otherPlaces = List.of();
                place = lastTownPlace;
            }
            if (place == null && cues.stream().anyMatch(c -> c.kind() == ClaimKind.DENIAL || c.kind() == ClaimKind.CONTROL)) {
                // "Ukraine denies it": what is denied or held is what the sentence before (or the headline) was about.
                place = i - lastClaimPlaceAt <= 1 ? lastClaimPlace : headlinePlace;
            }
            // A short report's first sentences are about the headline's place when they name none.
            if (place == null && i <= 1) place = headlinePlace;
            String whoKey = key(who.speaker().name());
            if (place == null && who.speaker().kind() != Claim.SpeakerKind.OUTLET && lastPlaceOf.containsKey(whoKey)
                    && i - lastSentenceOf.get(whoKey) <= CARRY_SENTENCES) place = lastPlaceOf.get(whoKey);
            Claim.When when = ClaimPlaces.when(ann, s0, s1);
            boolean hedged = words.hedged(content);
            List<Draft> drafts = drafts(words, content, cues, ann.quantities(), s0, s1, place);
            if (drafts.isEmpty() && who.speaker().kind() != Claim.SpeakerKind.OUTLET && st.split("\\s+").length >= 5) {
                drafts.add(new Draft(ClaimKind.OTHER, null, null));
            }
            for (Draft d : drafts) {
                String actorText = content;
                if (d.kind() == ClaimKind.DENIAL) {
                    for (ClaimCues.Cue c : cues) if (c.kind() == ClaimKind.DENIAL) actorText = ClaimCues.clauseAround(content, c.start(), c.end());
                    if (words.actor(actorText, who.side(), d.denies()) == Side.UNKNOWN) actorText = content;
                }
                Side actor = words.actor(actorText, who.side(), d.kind() == ClaimKind.DENIAL ? d.denies() : d.kind());
                if (d.amount() != null && (d.kind() == ClaimKind.KILLED || d.kind() == ClaimKind.WOUNDED || d.kind() == ClaimKind.CAPTURED)) {
                    actor = words.victims(content, d.at() - s0, who.side());
                }
                // "Ukrainian forces announced they had entered X": a force that speaks of its own moves is the actor.
                if (d.kind() == ClaimKind.CONTROL && speakerSpan != null && who.side().belligerent()
                        && words.actor(st.substring(speakerSpan[0], speakerSpan[1]), who.side(), d.kind()) == who.side()) actor = who.side();
                out.add(new Claim(articleId, out.size(), d.kind(), who.speaker(), who.side(), who.basis(), actor, d.denies(),
                        place, otherPlaces, when, d.amount(), s0, s1, st, i, hedged));
            }
            if (place != null && !drafts.isEmpty()) {
                lastClaimPlace = place;
                lastClaimPlaceAt = i;
            }
            if (place != null) {
                lastPlaceOf.put(whoKey, place);
                lastSentenceOf.put(whoKey, i);
            } else if (lastSentenceOf.containsKey(whoKey)) {
                lastSentenceOf.put(whoKey, i);
            }
            Claim.Place town = ClaimPlaces.lastTown(ms);
            if (town != null) lastTownPlace = town;
        }
        return withSidesNamedLater(out);
    }

    /**
     * A speaker named bare before it is described ("General Staff denies …" in the headline, "Ukraine's General Staff"
     * below) takes the side the article gives it later.
     */
    private static List<Claim> withSidesNamedLater(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Claim fixed = c;
            if (c.side() == Side.UNKNOWN && c.speaker().kind() == Claim.SpeakerKind.NAMED && key(c.speaker().name()).length() >= 4) {
                String k = key(c.speaker().name());
                for (Claim o : claims) {
                    if (o.side() != Side.UNKNOWN && o.speaker().kind() == Claim.SpeakerKind.NAMED && o.sideBasis().startsWith("text:")
                            && key(o.speaker().name()).contains(k)) {
                        fixed = spokenBy(c, c.speaker(), o.side(), "article: " + o.speaker().name());
                        break;
                    }
                }
            }
            out.add(fixed);
        }
        return out;
    }

    private static Claim spokenBy(Claim c, Claim.Speaker speaker, Side side, String basis) {
        return new Claim(c.articleId(), c.ordinal(), c.kind(), speaker, side, basis, c.actor(), c.denies(), c.place(), c.otherPlaces(), c.time(),
                c.quantity(), c.start(), c.end(), c.text(), c.sentence(), c.hedged());
    }

    /**
     * The annotations without the places named inside other names ({@link ArticleAnalysis#NESTED}): the name around
     * such a place is the speaker or actor, and the place in it is not where a claim is.
     */
    private static StoredAnnotations withoutNestedPlaces(StoredAnnotations a) {
        if (a.mentions().stream().noneMatch(m -> ArticleAnalysis.NESTED.equals(m.nerType()))) return a;
        return new StoredAnnotations(a.articleId(), a.status(), a.reason(), a.reference(), a.referenceIsFetchTime(), a.tokens(), a.placesNote(),
                a.sentences(), a.mentions().stream().filter(m -> !ArticleAnalysis.NESTED.equals(m.nerType())).toList(), a.times(),
                a.quantities(), a.quotes());
    }

    /**
     * The claims of a headline, added to {@code out}: its names are those the article's text names (a headline is not
     * annotated); its time is the publication day. Returns the headline's place, or null.
     */
    private Claim.Place headline(ClaimWords words, String articleId, String title, StoredAnnotations ann, LongFunction<Side> known, List<Claim> out) {
        List<StoredMention> ms = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (StoredMention m : ann.mentions()) {
            if (!done.add(m.kind() + "|" + m.text())) continue;
            java.util.regex.Matcher at = words.nameIn(m.text()).matcher(title);
            while (at.find()) {
                ms.add(new StoredMention(at.start(), at.end(), at.group(), m.nerType(), m.kind(), -1, m.entityId(), m.placeStatus(),
                        m.placeDetail(), m.geonameId(), m.latitude(), m.longitude(), m.featureCode(), m.placeConfidence(), m.placeEvidence()));
            }
        }
        ms.sort(java.util.Comparator.comparingInt(StoredMention::start));
        Attribution.Found f = choose(words.headlineAttributions(title));
        int[] speakerSpan = f == null || f.vague() || f.pronoun() ? null : new int[] {f.start(), f.end()};
        Who who = f == null ? Who.OUTLET : f.vague() || f.pronoun() ? Who.UNKNOWN
                : named(f.name(), f.description(), f.start(), f.end(), title, 0, ms, null, new HashMap<>(), known);
        String content = speakerSpan == null ? title : blank(title, speakerSpan[0], speakerSpan[1]);
        List<Claim.Place> named = ClaimPlaces.places(ms, speakerSpan, 0, content);
        Claim.Place place = named.isEmpty() ? null : named.get(0);
        List<Draft> drafts = drafts(words, content, words.kinds(content), words.headlineNumbers(title), 0, title.length(), place);
        Claim.When when = ClaimPlaces.publicationDay(ann);
        for (Draft d : drafts) {
            Side actor = words.actor(content, who.side(), d.kind() == ClaimKind.DENIAL ? d.denies() : d.kind());
            out.add(new Claim(articleId, out.size(), d.kind(), who.speaker(), who.side(), who.basis(), actor, d.denies(), place,
                    named.size() > 1 ? named.subList(1, named.size()) : List.of(), when, d.amount(), 0, title.length(), title, -1,
                    words.hedged(content)));
        }
        return place;
    }

    private static int sentencesIn(List<int[]> sentences, StoredQuote q) {
        int n = 0;
        for (int[] s : sentences) if (s[0] < q.quote().end() && s[1] > q.quote().start()) n++;
        return n;
    }

    /** A claim in the making; {@code at} is the offset of its number in the text (or -1). */
    private record Draft(ClaimKind kind, ClaimKind denies, Claim.Amount amount, int at) {
        Draft(ClaimKind kind, ClaimKind denies, Claim.Amount amount) {
            this(kind, denies, amount, -1);
        }
    }

    /** One claim per number that counts something of the war, one per other kind named; a denial is one claim. */
    private static List<Draft> drafts(ClaimWords words, String content, List<ClaimCues.Cue> cues, List<Quantity> quantities, int s0, int s1,
                                      Claim.Place place) {
        List<Draft> out = new ArrayList<>();
        ClaimCues.Cue denial = null;
        for (ClaimCues.Cue c : cues) if (c.kind() == ClaimKind.DENIAL) denial = c;
        if (denial != null) {
            ClaimKind denied = ClaimKind.OTHER;
            for (ClaimCues.Cue c : cues) {
                if (c.kind() == ClaimKind.CONTROL) denied = ClaimKind.CONTROL;
                else if (c.kind() != ClaimKind.DENIAL && denied == ClaimKind.OTHER) denied = c.kind();
            }
            out.add(new Draft(ClaimKind.DENIAL, denied, null));
            // "its troops control the town, calling reports of Russian soldiers there false": the control claim too.
            String denialClause = ClaimCues.clauseAround(content, denial.start(), denial.end());
            for (ClaimCues.Cue c : cues) {
                if (c.kind() == ClaimKind.CONTROL && !denialClause.contains(content.substring(c.start(), c.end())) && place != null) {
                    out.add(new Draft(ClaimKind.CONTROL, null, null));
                    break;
                }
            }
            return out;
        }
        Quantity previous = null;
        for (Quantity q : quantities) {
            if (q.start() < s0 || q.end() > s1) continue;
            int at = q.start() - s0;
            boolean ofTotal = previous != null && words.ofTotal(content.substring(Math.min(previous.end() - s0, at), at));
            int from = Math.max(content.lastIndexOf(';', at), content.lastIndexOf(',', at)) + 1;
            int to = nextStop(content, q.end() - s0);
            ClaimKind k = words.ofNumber(content.substring(from, to), at - from, q.counted(), ofTotal);
            previous = q;
            if (k == null || q.value() <= 0) continue;
            out.add(new Draft(k, null, new Claim.Amount(q.value(), q.counted()), q.start()));
        }
        for (ClaimCues.Cue c : cues) {
            if (out.stream().anyMatch(d -> d.kind() == c.kind())) continue;
            if (c.kind() == ClaimKind.CONTROL && place == null) continue;
            out.add(new Draft(c.kind(), null, null));
        }
        return out;
    }

    private static int nextStop(String s, int from) {
        int to = s.length();
        for (char c : new char[] {',', ';'}) {
            int i = s.indexOf(c, Math.max(0, from));
            if (i >= 0 && i < to) to = i;
        }
        return to;
    }

    /** Of several attributions, the first not to a news outlet relaying it ("X said …, Reuters reports"). */
    private Attribution.Found choose(List<Attribution.Found> found) {
        Attribution.Found relay = null, vague = null;
        for (Attribution.Found f : found) {
            if (f.vague()) {
                if (vague == null) vague = f;
                continue;
            }
            var side = sides.find(f.description());
            if (side.isPresent() && side.get().side() == Side.MEDIA && side.get().start() == 0
                    || side.isPresent() && side.get().side() == Side.MEDIA && f.name().matches("(?i)^(a|the)?\\s*\\S+\\s+report.*")) {
                if (relay == null) relay = f;
                continue;
            }
            return f;
        }
        return relay != null ? relay : vague;
    }

    private Who named(String name, String description, int absStart, int absEnd, String st, int s0, List<StoredMention> ms, Who last,
                      Map<String, Who> seen, LongFunction<Side> known) {
        // "the spokesman for Ukraine's Ground Forces, Volodymyr Fitio": the person named just after is the speaker.
        StoredMention person = null, org = null;
        for (StoredMention m : ms) {
            if (absStart < 0) break;
            if (m.start() >= absStart && m.end() <= absEnd) {
                if ("PERSON".equals(m.kind())) person = m;
                else if ("ORGANIZATION".equals(m.kind()) && org == null) org = m;
            } else if ("PERSON".equals(m.kind()) && m.start() >= absEnd && m.start() <= absEnd + 3
                    && st.substring(absEnd - s0, m.start() - s0).strip().equals(",")) {
                person = m;
                description = description + ", " + m.text();
                name = m.text();
            }
        }
        if (BACK_ROLE.matcher(name).matches() && person == null) {
            // "the institute", "the commander": the last speaker the article described so.
            String head = BACK_ROLE.matcher(name).replaceFirst("$1").toLowerCase(Locale.ROOT);
            if (last != null && last.description().toLowerCase(Locale.ROOT).contains(head)) return last;
            Who described = null;
            for (Who w : seen.values()) if (w.description().toLowerCase(Locale.ROOT).contains(head)) described = w;
            if (described != null) return described;
        }
        StoredMention linked = person != null ? person : org;
        Long entity = linked == null ? null : linked.entityId();
        Side side = Side.UNKNOWN;
        String basis = "not said";
        var lex = sides.find(description);
        int countryAt = Integer.MAX_VALUE;
        Side countrySide = null;
        for (StoredMention m : ms) {
            if (absStart < 0) break;
            if (m.start() < absStart || m.end() > absEnd + (description.length() - name.length()) || m.featureCode() == null
                    || !m.featureCode().startsWith("PCL")) continue;
            countryAt = m.start() - absStart;
            countrySide = m.geonameId() != null && m.geonameId() == 690791L ? Side.UKRAINE
                    : m.geonameId() != null && m.geonameId() == 2017370L ? Side.RUSSIA : Side.OTHER_STATE;
            break;
        }
        if (lex.isPresent() && (lex.get().start() <= countryAt || lex.get().side() == Side.MEDIA)) {
            side = lex.get().side();
            basis = "text: " + lex.get().phrase();
        } else if (countrySide != null) {
            side = countrySide;
            basis = "text: a country's body";
        }
        Who before = earlier(name, entity, seen);
        if (before != null && !before.description().contains(description)) description = before.description() + "; " + description;
        if (side == Side.UNKNOWN) {
            if (before != null && before.side() != Side.UNKNOWN) {
                side = before.side();
                basis = "article: " + before.speaker().name();
            } else if (entity != null && known != null && known.apply(entity) != null) {
                side = known.apply(entity);
                basis = "entity: earlier articles";
            }
        }
        // A person is shown by name; the words around it ("army spokesman") stay in the description.
        String shown = person != null ? person.text() : name.replaceFirst("(?i)^(the)\\s+", "");
        if (!shown.isEmpty()) shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
        return new Who(new Claim.Speaker(shown, entity, Claim.SpeakerKind.NAMED), side, basis, description, person != null);
    }

    /** A speaker named before in the article that is this one: the same entity, or one name containing the other. */
    private static Who earlier(String name, Long entity, Map<String, Who> seen) {
        String k = key(name);
        for (Who w : seen.values()) {
            if (entity != null && entity.equals(w.speaker().entityId())) return w;
        }
        if (k.length() < 4) return null;
        for (Who w : seen.values()) {
            String wk = key(w.speaker().name());
            if (wk.contains(k) || k.contains(wk) && wk.length() >= 4) return w;
        }
        return null;
    }

    private Who quoted(ClaimWords words, StoredQuote q, String st, int s0, List<StoredMention> ms, Who last, Who lastPerson, Map<String, Who> seen, LongFunction<Side> known) {
        String sp = q.quote().speaker();
        if (sp == null || sp.isBlank()) return Who.UNKNOWN;
        String lower = words.pronoun(sp.strip().toLowerCase(Locale.ROOT));
        if (List.of("he", "she", "they", "it", "we", "i").contains(lower)) return pronoun(lower, last, lastPerson);
        // The speaker is usually named in this sentence; elsewhere, it is taken by its words alone.
        String name = sp.strip();
        int at = st.indexOf(name);
        return at >= 0 ? named(name, name, s0 + at, s0 + at + name.length(), st, s0, ms, last, seen, known)
                : named(name, name, -1, -1, st, s0, ms, last, seen, known);
    }

    /** A headline written in title case ("Russia Claims Capture of Maryinka"): most of its words capitalised. */
    private static boolean titleCase(String st) {
        String[] words = st.strip().split("\\s+");
        if (words.length < 4) return false;
        int capitalised = 0;
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) capitalised++;
        return capitalised >= words.length * 0.6;
    }

    private static boolean shouting(String text, int[] sentence) {
        String st = text.substring(sentence[0], Math.min(sentence[1], text.length()));
        long letters = st.chars().filter(Character::isLetter).count();
        return letters > 10 && st.chars().filter(Character::isUpperCase).count() > letters * 0.8;
    }

    /** The first person named in a sentence, outside quotes, as a speaker; null when none. */
    private Who subjectOf(String text, int[] sentence, List<StoredMention> all, Who last, Map<String, Who> seen, LongFunction<Side> known) {
        int s0 = sentence[0], s1 = Math.min(sentence[1], text.length());
        if (s0 >= s1) return null;
        String st = text.substring(s0, s1);
        List<StoredMention> ms = new ArrayList<>();
        for (StoredMention m : all) if (m.start() >= s0 && m.end() <= s1) ms.add(m);
        for (StoredMention m : ms) {
            if (!"PERSON".equals(m.kind())) continue;
            String before = st.substring(0, m.start() - s0);
            if ((before.chars().filter(c -> c == '"' || c == '“' || c == '”').count() & 1) == 1) continue;
            if (last != null && last.person() && key(last.speaker().name()).contains(key(m.text()))) return last;
            // The words just before the name describe it ("Ukrainian President Volodymyr Zelenskyy").
            int from = Math.max(0, Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
            String description = st.substring(from, m.end() - s0).strip();
            return named(m.text(), description, m.start(), m.end(), st, s0, ms, last, seen, known);
        }
        return null;
    }

    private static Who pronoun(String p, Who last, Who lastPerson) {
        String lower = p.toLowerCase(Locale.ROOT);
        Who w = lower.equals("he") || lower.equals("she") ? lastPerson != null ? lastPerson : last : last;
        return w == null ? Who.UNKNOWN : w;
    }

    private static String blank(String s, int from, int to) {
        return s.substring(0, from) + " ".repeat(to - from) + s.substring(to);
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
