package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The online clusterer on small hand-made streams: document frequencies from a fixed background in which "ukraine",
 * "russia" and "putin" are common and everything else is rare.
 */
class EventClustererTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 25);

    /** Common names and words: in 900 of 1,000 background documents; the rest in one. */
    private static final EventVectors.Frequencies DF = new EventVectors.Frequencies() {
        @Override
        public long documents() {
            return 1_000;
        }

        @Override
        public long df(String key) {
            return key.contains("ukraine") || key.contains("russia") || key.contains("putin") || key.contains("war") ? 900 : 1;
        }
    };

    private static EventFeatures article(String id, String title, String text, LocalDate day, Map<String, Integer> places,
                                         String originEvent) {
        List<String> names = new ArrayList<>();
        for (String w : (title + " " + text).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) names.add("w:" + w.toLowerCase(java.util.Locale.ROOT));
        }
        EventVectors.Weighted t = EventVectors.weightedTerms(title, text, DF);
        EventVectors.Weighted n = EventVectors.weightedNames(names, DF);
        return new EventFeatures(id, "outlet-" + id, title, t.vector(), n.vector(), day, null, originEvent, places, null,
                t.information(), n.information());
    }

    private static EventFeatures fromOutlet(String id, String outlet, String title, String text, LocalDate day) {
        EventFeatures f = article(id, title, text, day);
        return new EventFeatures(id, outlet, f.title(), f.terms(), f.names(), f.date(), null, null, Map.of(), null,
                f.termsInformation(), f.namesInformation());
    }

    private static EventFeatures article(String id, String title, String text, LocalDate day) {
        return article(id, title, text, day, Map.of(), null);
    }

    /** An article in a language, named by the given names (as the event inputs give an annotated article's entities). */
    private static EventFeatures inLanguage(String id, String language, String text, List<String> names, LocalDate day) {
        EventVectors.Weighted t = EventVectors.weightedTerms(null, text, DF);
        EventVectors.Weighted n = EventVectors.weightedNames(names, DF);
        return new EventFeatures(id, "outlet-" + id, text, t.vector(), n.vector(), day, null, null, Map.of(), null,
                t.information(), n.information(), null, language);
    }

    @Test
    void anOriginalTakingItsTranslationsPlaceInTheSumsTakesItsLanguageToo() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        EventFeatures translation = inLanguage("t", "uk", "Сили оборони звільнили Купʼянськ", List.of("n:kupiansk", "n:syrskyi"), DAY);
        String event = c.place(translation).eventId();
        EventFeatures english = inLanguage("o", "en", "Defence forces liberated Kupiansk", List.of("n:kupiansk", "n:syrskyi"), DAY);
        EventFeatures original = new EventFeatures("o", "outlet-o", english.title(), english.terms(), english.names(), DAY, null, event,
                Map.of(), new EventFeatures.Vectors(translation.terms(), translation.names(), null), english.termsInformation(),
                english.namesInformation(), "t", "en");
        assertThat(c.place(original).eventId()).isEqualTo(event);
        EventState state = c.drain().events().stream().filter(e -> e.id().equals(event)).findFirst().orElseThrow();
        assertThat(state.articles()).isEqualTo(2);
        assertThat(state.languages()).as("the translation's vectors left the sums, and its language with them").isEqualTo(Map.of("en", 1));
    }

    @Test
    void wordsAreAveragedOverTheEventsMembersInTheArticlesLanguage() {
        ActiveEvent ev = new ActiveEvent("E1", 1);
        ev.termMembers = 4;
        ev.languages.put("en", 2);
        ev.languages.put("uk", 1); // and one member of no known language
        assertThat(EventClusterer.sameLanguageMembers(inLanguage("a", "en", "x", List.of(), DAY), ev)).isEqualTo(3);
        assertThat(EventClusterer.sameLanguageMembers(inLanguage("b", "uk", "x", List.of(), DAY), ev)).isEqualTo(2);
        assertThat(EventClusterer.sameLanguageMembers(inLanguage("c", "und", "x", List.of(), DAY), ev)).isEqualTo(4);
        ev.languages.clear();
        assertThat(EventClusterer.sameLanguageMembers(inLanguage("d", "en", "x", List.of(), DAY), ev)).as("an older event: all").isEqualTo(4);
    }

    @Test
    void aReportInAnotherLanguageJoinsByItsNamesAndADifferentEventOfThatDayDoesNot() {
        // A high bar: the same names but no shared word would not reach it were the words weighed in (0.6 of 1).
        EventClusterer c = new EventClusterer(EventParams.defaults().toBuilder().join(0.65).crossLanguageJoin(0.65).build());
        List<String> kupiansk = List.of("w:kupiansk", "w:oleksandr", "w:syrskyi", "w:izium", "w:balakliia", "w:ukraine");
        Placement en = c.place(inLanguage("en", "en", "Ukrainian troops entered Kupiansk on Saturday as the offensive near Balakliia "
                + "and Izium, led by Oleksandr Syrskyi, gathered pace.", kupiansk, DAY));
        Placement en2 = c.place(inLanguage("en2", "en", "Troops entered Kupiansk, the railway junction near Izium, Syrskyi's forces "
                + "moving on from Balakliia.", kupiansk, DAY));
        // No word in common with the English reports: only the names (entities' own names) meet.
        Placement uk = c.place(inLanguage("uk", "uk", "Українські військові в суботу увійшли до Купʼянська, наступом керує Олександр "
                + "Сирський; бої тривають біля Ізюма та Балаклії.", kupiansk, DAY));
        // Another event that day, in Polish, naming only what every report names.
        Placement pl = c.place(inLanguage("pl", "pl", "Ukraina otrzyma kolejny pakiet pomocy wojskowej, ogłosił rząd w Warszawie.",
                List.of("w:ukraine", "w:warsaw", "w:poland"), DAY));
        assertThat(en2.eventId()).isEqualTo(en.eventId());
        assertThat(uk.eventId()).as("the Ukrainian report of the same entry joins by its names").isEqualTo(en.eventId());
        assertThat(pl.eventId()).as("shared common names alone do not join").isNotEqualTo(en.eventId());
    }

    @Test
    void reportsOfOneAttackJoinAndTheSamePlaceAYearLaterIsAnotherEventOfTheSameStory() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        Map<String, Integer> kupiansk = Map.of("e:kupiansk", 3);
        Placement a = c.place(article("a", "Shelling of Kupiansk kills two",
                "Russian artillery shelled Kupiansk overnight, killing two civilians, said governor Syniehubov.", DAY, kupiansk, null));
        Placement b = c.place(article("b", "Two killed as artillery hits Kupiansk",
                "Governor Syniehubov said two civilians were killed when artillery shelled Kupiansk overnight.", DAY.plusDays(1), kupiansk, null));
        Placement later = c.place(article("c", "Shelling of Kupiansk kills two",
                "Russian artillery shelled Kupiansk overnight, killing two civilians, said governor Syniehubov.", DAY.plusYears(1), kupiansk, null));

        assertThat(a.reason()).isEqualTo(Placement.Reason.NEW);
        assertThat(b.reason()).isEqualTo(Placement.Reason.SIMILAR);
        assertThat(b.eventId()).isEqualTo(a.eventId());
        assertThat(later.eventId()).as("same words, a year later: the dates keep it apart").isNotEqualTo(a.eventId());
        assertThat(later.storyId()).as("same place: the same story").isEqualTo(a.storyId());
        assertThat(a.eventId()).isEqualTo("Ea");
        assertThat(a.storyId()).isEqualTo("Sa");
    }

    @Test
    void anEventSpansAtMostTheConfiguredDays() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        String text = "Ukrainian forces repelled assaults near Avdiivka coke plant, the Tavria group spokesman Dmytrashkivskyi said.";
        String first = c.place(article("d0", "Assaults near Avdiivka repelled", text, DAY)).eventId();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) ids.add(c.place(article("d" + i, "Assaults near Avdiivka repelled", text, DAY.plusDays(i))).eventId());
        assertThat(ids.subList(0, 5)).containsOnly(first);
        assertThat(ids).as("a subject reported for 20 days becomes more than one event").anyMatch(id -> !id.equals(first));
        for (EventState e : c.drain().events()) {
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(e.first(), e.last())).isLessThanOrEqualTo(EventParams.defaults().maxSpanDays());
        }
    }

    @Test
    void aCopyJoinsItsOriginalsEventWithoutAddingWeight() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        Placement orig = c.place(article("o", "Dam at Nova Kakhovka destroyed", "The Kakhovka dam on the Dnipro was breached, flooding Kherson.", DAY));
        Placement copy = c.place(article("k", "Something else entirely", "A text that shares nothing with it.", DAY, Map.of(), orig.eventId()));
        assertThat(copy.reason()).isEqualTo(Placement.Reason.COPY);
        assertThat(copy.eventId()).isEqualTo(orig.eventId());
        EventState ev = c.drain().events().stream().filter(e -> e.id().equals(orig.eventId())).findFirst().orElseThrow();
        assertThat(ev.articles()).isEqualTo(2);
        assertThat(ev.termMembers()).as("the copy adds nothing to the vectors").isEqualTo(1);
    }

    @Test
    void eventsNamingOnlyCommonNamesDoNotChainIntoOneStory() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        List<String> stories = new ArrayList<>();
        String[] subjects = {"grain exports", "prisoner exchange", "energy prices", "sanctions package", "peace talks", "arms deliveries"};
        for (int i = 0; i < subjects.length; i++) {
            Placement p = c.place(article("g" + i, "Putin, Ukraine and Russia: " + subjects[i],
                    "Putin spoke of Ukraine and Russia and " + subjects[i] + ".", DAY.plusDays(30L * i)));
            stories.add(p.storyId());
        }
        assertThat(stories).as("little information in the names: no story of 'Ukraine, Russia, Putin'").doesNotHaveDuplicates();
    }

    @Test
    void specificNamesWithoutAPlaceLinkEventsIntoAStory() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        Placement first = c.place(article("p1", "Prigozhin says Wagner will leave", "Yevgeny Prigozhin said Wagner fighters would leave, accusing Shoigu and Gerasimov.", DAY));
        Placement second = c.place(article("p2", "Prigozhin again accuses Shoigu", "Wagner chief Yevgeny Prigozhin accused Shoigu and Gerasimov of starving Wagner of shells.", DAY.plusDays(40)));
        assertThat(second.eventId()).isNotEqualTo(first.eventId());
        assertThat(second.storyId()).isEqualTo(first.storyId());
    }

    @Test
    void candidatesThatAreOnlyLookedAtDoNotStayInTheWindow() {
        EventClusterer c = new EventClusterer(EventParams.defaults().toBuilder().window(2).build());
        Placement old = c.place(article("w1", "Strike on Odesa port", "Missiles hit grain terminals in Odesa port.", DAY));
        c.place(article("w2", "Bridge in Zatoka hit", "A bridge at Zatoka was hit by missiles.", DAY.plusDays(60)));
        c.place(article("w3", "Mykolaiv shipyard burns", "Fire at the Mykolaiv shipyard after a strike.", DAY.plusDays(120)));
        assertThat(c.activeEvents()).isEqualTo(2);
        Placement again = c.place(article("w4", "Strike on Odesa port", "Missiles hit grain terminals in Odesa port.", DAY));
        assertThat(again.eventId()).as("the oldest event left the window").isNotEqualTo(old.eventId());
    }

    @Test
    void aCopyRepublishedMonthsLaterIsPlacedOnItsOwnAndNeitherStretchesNorChainsTheEvent() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        Placement orig = c.place(article("o", "Dam at Nova Kakhovka destroyed", "The Kakhovka dam on the Dnipro was breached, flooding Kherson.", DAY));
        Placement near = c.place(article("n", "Dam at Nova Kakhovka destroyed", "The Kakhovka dam on the Dnipro was breached, flooding Kherson.",
                DAY.plusDays(1), Map.of(), orig.eventId()));
        assertThat(near.reason()).as("a copy within the event's dates joins it").isEqualTo(Placement.Reason.COPY);
        Placement late = c.place(article("l", "Dam at Nova Kakhovka destroyed", "The Kakhovka dam on the Dnipro was breached, flooding Kherson.",
                DAY.plusDays(90), Map.of(), orig.eventId()));
        assertThat(late.eventId()).as("a republication three months on is not placed by its original").isNotEqualTo(orig.eventId());
        assertThat(late.reason()).isNotEqualTo(Placement.Reason.COPY);
        EventState ev = c.drain().events().stream().filter(e -> e.id().equals(orig.eventId())).findFirst().orElseThrow();
        assertThat(ev.articles()).isEqualTo(2);
        assertThat(ev.last()).as("the event is still two days long").isEqualTo(DAY.plusDays(1));
        Placement fresh = c.place(article("f", "Kakhovka dam: flooding in Kherson", "Kherson flooded after the Kakhovka dam on the Dnipro was breached.",
                DAY.plusDays(91)));
        assertThat(fresh.eventId()).as("a report three months on is another event").isNotEqualTo(orig.eventId());
        // A copy of the late republication (its original's event is the late one) joins that, not the first.
        Placement copyOfLate = c.place(article("l2", "Dam at Nova Kakhovka destroyed", "The Kakhovka dam on the Dnipro was breached.",
                DAY.plusDays(92), Map.of(), late.eventId()));
        assertThat(copyOfLate.eventId()).isNotEqualTo(orig.eventId());
    }

    @Test
    void anOutletsNumberedLivePagesStandAloneFromTheSecondDayOn() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        String teaser = "The latest news on the Russian invasion of Ukraine: Bakhmut, Kupiansk, Kherson, Zaporizhzhia. Follow our live coverage.";
        Placement day1 = c.place(fromOutlet("p1", "Interia", "War in Ukraine. Day 300 of the invasion. Live", teaser, DAY));
        Placement day2 = c.place(fromOutlet("p2", "Interia", "War in Ukraine. Day 301 of the invasion. Live", teaser, DAY.plusDays(1)));
        Placement day3 = c.place(fromOutlet("p3", "Interia", "War in Ukraine. Day 302 of the invasion. Live", teaser, DAY.plusDays(2)));
        assertThat(day1.reason()).isEqualTo(Placement.Reason.NEW);
        assertThat(day2.reason()).isEqualTo(Placement.Reason.SERIAL);
        assertThat(day3.reason()).isEqualTo(Placement.Reason.SERIAL);
        assertThat(java.util.Set.of(day1.eventId(), day2.eventId(), day3.eventId())).hasSize(3);
        Placement report = c.place(fromOutlet("r", "Kyiv Post", "Fighting near Bakhmut and Kupiansk",
                "The latest news on the Russian invasion: fighting near Bakhmut, Kupiansk, Kherson and Zaporizhzhia.", DAY.plusDays(2)));
        assertThat(report.eventId()).as("serial pages are not offered to later articles").isNotIn(day2.eventId(), day3.eventId());
        Placement sameHeadlineOtherOutlet = c.place(fromOutlet("o", "Other", "War in Ukraine. Day 303 of the invasion. Live", teaser, DAY.plusDays(3)));
        assertThat(sameHeadlineOtherOutlet.reason()).isNotEqualTo(Placement.Reason.SERIAL);
    }

    @Test
    void anEventIsNamedAfterTheArticleThatFitsItBestNotItsFounder() {
        EventClusterer c = new EventClusterer(EventParams.defaults());
        Placement founder = c.place(article("h", "Hospital hit in Kherson region",
                "A hospital near the Nova Kakhovka dam on the Dnipro was hit by shelling, officials in Kherson said.", DAY));
        Placement b = c.place(article("d1", "Nova Kakhovka dam destroyed, flooding Kherson villages",
                "The Nova Kakhovka dam on the Dnipro was destroyed overnight, flooding villages downstream in Kherson.", DAY));
        Placement d = c.place(article("d2", "Flooding spreads after Nova Kakhovka dam breach",
                "Water from the destroyed Nova Kakhovka dam on the Dnipro flooded villages downstream in Kherson overnight.", DAY));
        assertThat(b.eventId()).isEqualTo(founder.eventId());
        assertThat(d.eventId()).isEqualTo(founder.eventId());
        String title = c.drain().events().stream().filter(e -> e.id().equals(founder.eventId())).findFirst().orElseThrow().title();
        assertThat(title).contains("dam");
    }

    /** An article whose words are given: a unit vector over them, carrying full information, no names. */
    private static EventFeatures words(String id, Map<String, Float> terms, String originEvent, String originArticle) {
        return new EventFeatures(id, "outlet-" + id, "report " + id, terms, Map.of(), DAY, null, originEvent, Map.of(), null,
                100, 0, originArticle);
    }

    /** Reports of event A share "x", of event B "y"; A and B are alike only 0.19. */
    private static final Map<String, Float> EVENT_A = Map.of("x", 0.9f, "c", 0.436f);
    private static final Map<String, Float> EVENT_B = Map.of("y", 0.9f, "c", 0.436f);

    /** Three reports of A and one that names both A and B (0.77 to each), which joins A; returns A's id. */
    private static String eventWithABridge(EventClusterer c) {
        String ea = c.place(words("a1", EVENT_A, null, null)).eventId();
        c.place(words("a2", EVENT_A, null, null));
        c.place(words("a3", EVENT_A, null, null));
        assertThat(c.place(words("m", Map.of("x", 0.6f, "y", 0.6f, "c", 0.529f), null, null)).eventId()).isEqualTo(ea);
        return ea;
    }

    @Test
    void anEventWhoseMembersFallIntoTwoGroupsIsSplitAndTheCopiesGoWithTheirOriginals() {
        // The bridging report pulls B's reports into A, until they are two and leave together.
        EventParams p = EventParams.builder().weights(0, 0).join(0.2).split(0.4).mergeEvents(false).build();
        EventClusterer c = new EventClusterer(p);
        Map<String, Float> a = EVENT_A;
        Map<String, Float> b = EVENT_B;
        String ea = eventWithABridge(c);
        Placement b1 = c.place(words("b1", b, null, null));
        assertThat(b1.eventId()).as("pulled in by the report that names both").isEqualTo(ea);
        assertThat(b1.changes()).as("one of B alone is not a group").isEmpty();
        Placement copy = c.place(words("b1-copy", b, ea, "b1"));
        assertThat(copy.reason()).isEqualTo(Placement.Reason.COPY);

        Placement b2 = c.place(words("b2", b, null, null));

        assertThat(b2.eventId()).isEqualTo("Eb1");
        assertThat(b2.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(ClusterChange.Kind.EVENT_SPLIT);
            assertThat(ch.from()).isEqualTo(ea);
            assertThat(ch.into()).isEqualTo("Eb1");
            assertThat(ch.articles()).containsExactly("b1", "b1-copy", "b2");
        });
        assertThat(c.place(words("b3", b, null, null)).eventId()).as("B's next report finds B").isEqualTo("Eb1");
        assertThat(c.place(words("a4", a, null, null)).eventId()).isEqualTo(ea);
        Map<String, EventState> states = new java.util.HashMap<>();
        for (EventState st : c.drain().events()) states.put(st.id(), st);
        assertThat(states.get(ea).articles()).isEqualTo(5);
        assertThat(states.get("Eb1").articles()).isEqualTo(4);
        assertThat(states.get("Eb1").members()).extracting(EventMember::articleId).containsExactly("b1", "b2", "b3");
    }

    @Test
    void withoutASplitThresholdNothingIsSplit() {
        EventParams p = EventParams.builder().weights(0, 0).join(0.2).split(0).mergeEvents(false).build();
        EventClusterer c = new EventClusterer(p);
        String ea = eventWithABridge(c);
        for (String id : List.of("b1", "b2", "b3")) {
            Placement pl = c.place(words(id, EVENT_B, null, null));
            assertThat(pl.eventId()).isEqualTo(ea);
            assertThat(pl.changes()).isEmpty();
        }
        assertThat(c.drain().events()).singleElement().satisfies(st -> assertThat(st.members()).isNull());
    }
}
