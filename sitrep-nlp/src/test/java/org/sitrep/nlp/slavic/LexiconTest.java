package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.slavic.Lexicon.Analysis;

class LexiconTest {
    @Test
    void ukrainianFindsProperNamesWithTheirTags() {
        Lexicon uk = Lexicon.of(Lang.UK);
        List<Analysis> r = uk.analyse("Сирського");
        assertThat(r).extracting(Analysis::lemma).contains("Сирський");
        assertThat(r).anyMatch(a -> a.has("lname") && a.has("v_rod"));
        // every apostrophe finds the dictionary's
        assertThat(uk.analyse("Купʼянську")).anyMatch(a -> a.lemma().equals("Куп'янськ") && a.has("geo"));
        assertThat(uk.analyse("Куп’янську")).anyMatch(a -> a.lemma().equals("Куп'янськ"));
        assertThat(uk.analyse("Дуже")).extracting(Analysis::lemma).contains("дуже").allMatch(l -> Character.isLowerCase(l.charAt(0)));
        assertThat(uk.isCommonWord("Дуже")).isTrue();
        assertThat(uk.isCommonWord("Куп'янськ")).isFalse();
    }

    @Test
    void russianFindsLowerCaseLemmas() {
        Lexicon ru = Lexicon.of(Lang.RU);
        assertThat(ru.analyse("Сырского")).anyMatch(a -> a.lemma().equals("сырский") && a.has("Fam"));
        assertThat(ru.analyse("Купянске")).extracting(Analysis::lemma).contains("купянск");
    }

    @Test
    void polishSplitsJoinedTags() {
        Lexicon pl = Lexicon.of(Lang.PL);
        List<Analysis> r = pl.analyse("Warszawie");
        assertThat(r).extracting(Analysis::tag).contains("subst:sg:loc:f", "subst:sg:dat:f");
        assertThat(r).extracting(Analysis::lemma).containsOnly("Warszawa");
    }

    @Test
    void isSharedAndSafeAcrossThreads() throws Exception {
        Lexicon uk = Lexicon.of(Lang.UK);
        assertThat(Lexicon.of(Lang.UK)).isSameAs(uk);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                for (int k = 0; k < 2000; k++) {
                    String w = k % 2 == 0 ? "Києва" : "Львові";
                    String expected = k % 2 == 0 ? "Київ" : "Львів";
                    if (uk.analyse(w).stream().noneMatch(a -> a.lemma().equals(expected))) wrong.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertThat(wrong.get()).isZero();
    }

    @Test
    void tagPartsMatchWholeParts() {
        Analysis a = new Analysis("x", "noun:anim:m:v_rod:prop:lname");
        assertThat(a.has("lname")).isTrue();
        assertThat(a.has("name")).isFalse();
        assertThat(a.has("m")).isTrue();
    }
}
