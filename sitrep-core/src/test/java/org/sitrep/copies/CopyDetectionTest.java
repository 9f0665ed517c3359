package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The copy-detection pass over an in-memory candidate index and store: no SQLite, no Lucene. */
class CopyDetectionTest {
    final Fingerprinter fp = Fingerprinter.sketchesOnly();
    final Memory memory = new Memory();

    Article original = CopyJudgeTest.art("a1", "Eastwire", CopyJudgeTest.ORIGINAL, LocalDate.of(2023, 11, 25));
    Article copy = CopyJudgeTest.art("b2", "Danube Times", CopyJudgeTest.ORIGINAL.replace("four assaults", "several assaults"), LocalDate.of(2023, 11, 26));
    Article other = CopyJudgeTest.art("c3", "Northern Post", "Heavy rain flooded the lower town overnight and the river rose two metres, "
            + "the mayor said on Sunday, asking residents to stay at home.", LocalDate.of(2023, 11, 26));

    @Test
    void comparesEachArticleWithTheEarlierCandidatesAndMarksTheBatch() {
        List<Fingerprinted> batch = List.of(memory.put(original, 1), memory.put(copy, 2), memory.put(other, 3));
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults());
        assertThat(d.compare(batch)).isEqualTo(1);
        assertThat(memory.saved).singleElement().satisfies(r -> {
            assertThat(r.originalId()).isEqualTo("a1");
            assertThat(r.copyId()).isEqualTo("b2");
            assertThat(r.kind()).isEqualTo(CopyKind.NEAR);
        });
        assertThat(memory.mark).isEqualTo(3);
        assertThat(memory.asked).as("each article asks for candidates before it only").containsExactly(List.of(), List.of("a1"), List.of("a1", "b2"));
    }

    @Test
    void aHeadlineTheOutletPrintsEveryWeekIsNoEvidenceOfACopy() {
        String title = "The week around the world in 20 pictures";
        List<Fingerprinted> batch = new ArrayList<>();
        String tail = " the last seven days, as captured by the world's best photojournalists. Warning: this gallery contains images that some viewers may find distressing";
        List<String> teasers = List.of("Storms in Chile, an election in Poland and the war in Ukraine:" + tail,
                "The continuing war between Israel and Hamas, missile strikes in Zaporizhzhia, and the Rugby World Cup:" + tail,
                "The continuing war between Israel and Hamas, a mine explosion near the coast, and the final of the Rugby World Cup:" + tail);
        for (int w = 0; w < 3; w++) {
            Article a = new Article("g" + w, original.origin(), "Daily Globe", null, title, org.sitrep.model.Published.day(LocalDate.of(2023, 10, 6).plusWeeks(w),
                    org.sitrep.model.DateEvidence.FIELD), java.time.Instant.EPOCH, "en", 1, teasers.get(w), teasers.get(w), List.of(), Map.of(), org.sitrep.model.Problems.none());
            batch.add(memory.put(a, w + 1));
        }
        Map<String, Fingerprinted> atHand = new LinkedHashMap<>();
        for (Fingerprinted f : batch) atHand.put(f.article().id(), f);
        assertThat(CopyDetection.standingHeadline(batch.get(1), List.of("g0"), atHand, 3)).as("two weeks: not yet").isFalse();
        assertThat(CopyDetection.standingHeadline(batch.get(2), List.of("g0", "g1"), atHand, 3)).isTrue();
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults());
        d.compare(batch);
        assertThat(memory.saved).as("the third week's gallery is no copy of the second's").extracting(r -> r.copyId()).doesNotContain("g2");
        CopyJudge judge = new CopyJudge();
        Fingerprinted g1 = batch.get(1);
        Fingerprinted g2 = batch.get(2);
        assertThat(judge.verdict(g1.article(), g1.fingerprint(), g2.article(), g2.fingerprint(), "g1", false).relation())
                .as("without knowing the headline stands, the headline rule took them for one item").isPresent();
    }

    @Test
    void aTranslationIsFoundByItsTranslationKeysAloneAndJudgedSo() {
        memory.offerAll = false;
        Article en = TranslationJudgeTest.art("en", "kyivwire.com", "en", TranslationJudgeTest.ENGLISH, "2022-09-10T18:00:00Z");
        Article uk = TranslationJudgeTest.art("uk", "novyny.example", "uk", TranslationJudgeTest.UKRAINIAN, "2022-09-10T20:30:00Z");
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults());
        assertThat(d.compare(List.of(memory.put(en, 1), memory.put(uk, 2)))).isEqualTo(1);
        assertThat(memory.translationAsks).as("each article asks in its own language").containsExactlyInAnyOrder("en", "uk");
        assertThat(memory.saved).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(CopyKind.TRANSLATION);
            assertThat(r.originalId()).isEqualTo("en");
        });
    }

    @Test
    void anArticleWithoutAFingerprintIsNotComparedButStillMarked() {
        memory.put(original, 1);
        memory.stored.put("b2", new StoredArticle(copy, 2, null, null));
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults());
        assertThat(d.compare(List.of(new Fingerprinted(copy, 2, null)))).isZero();
        assertThat(memory.mark).isEqualTo(2);
    }

    @Test
    void catchUpComparesWhatWasStoredAfterTheMarkFromRestoredFingerprints() {
        memory.put(original, 1);
        memory.put(copy, 2);
        memory.put(other, 3);
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults());
        assertThat(d.catchUp()).isEqualTo(1);
        assertThat(memory.mark).isEqualTo(3);
        assertThat(d.catchUp()).as("nothing left after the mark").isZero();
        assertThat(memory.saved).hasSize(1);
    }

    @Test
    void aCandidateNoLongerAtHandIsLoadedFromTheStore() {
        CopyDetection d = new CopyDetection(memory, memory, CopyParams.defaults().toBuilder().recent(1).build());
        Fingerprinted first = memory.put(original, 1);
        Fingerprinted second = memory.put(other, 2);
        d.compare(List.of(first));
        d.compare(List.of(second));
        assertThat(memory.loaded).isEmpty();
        assertThat(d.compare(List.of(memory.put(copy, 3)))).isEqualTo(1);
        assertThat(memory.loaded).as("the original fell out of the one-article cache").contains("a1");
    }

    /** A store and a candidate index in memory: every earlier article is a candidate. */
    final class Memory implements CopyCandidates, CopyStore {
        final Map<String, StoredArticle> stored = new LinkedHashMap<>();
        final List<CopyRelation> saved = new ArrayList<>();
        final List<List<String>> asked = new ArrayList<>();
        final List<String> loaded = new ArrayList<>();
        /** Asked from several threads at once (CopyDetection asks on all cores). */
        final List<String> translationAsks = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Whether every earlier article is a near-duplicate candidate; when not, only translations are offered. */
        boolean offerAll = true;
        long mark;

        Fingerprinted put(Article a, long seq) {
            stored.put(a.id(), new StoredArticle(a, seq, null, null));
            return new Fingerprinted(a, seq, fp.of(a));
        }

        @Override
        public List<List<String>> nearDuplicates(List<Ask> asks, int k, int exact, int titles, double minJaccard) {
            List<List<String>> out = new ArrayList<>();
            for (Ask a : asks) {
                List<String> ids = new ArrayList<>();
                if (offerAll) for (StoredArticle s : stored.values()) if (s.seq() < a.seq()) ids.add(s.article().id());
                out.add(ids);
            }
            asked.addAll(out);
            return out;
        }

        @Override
        public List<String> sharing(Collection<String> terms, long seq, int k) {
            return List.of();
        }

        @Override
        public List<String> nearest(float[] vector, long seq, int k, double min) {
            return List.of();
        }

        @Override
        public List<String> translations(Collection<String> keys, String language, long seq, int k, int min) {
            translationAsks.add(language);
            List<String> out = new ArrayList<>();
            for (StoredArticle s : stored.values()) {
                CandidateKeys other = fp.of(s.article()).keys();
                if (s.seq() >= seq || language.equals(other.language())) continue;
                if (other.translationKeys().stream().filter(keys::contains).count() >= min && out.size() < k) out.add(s.article().id());
            }
            return out;
        }

        @Override
        public long checkedSeq() {
            return mark;
        }

        @Override
        public Map<String, StoredArticle> byIds(Collection<String> ids) {
            Map<String, StoredArticle> out = new LinkedHashMap<>();
            for (String id : ids) if (stored.containsKey(id)) out.put(id, stored.get(id));
            loaded.addAll(out.keySet());
            return out;
        }

        @Override
        public List<StoredArticle> after(long seq, int limit) {
            return stored.values().stream().filter(s -> s.seq() > seq).limit(limit).toList();
        }

        @Override
        public void save(List<CopyRelation> relations, List<Lookalike> lookalikes, long checkedSeq) {
            saved.addAll(relations);
            mark = checkedSeq;
        }
    }
}
