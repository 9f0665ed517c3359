package org.sitrep.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class CopyParamsTest {
    @Test
    void defaultsAreTheValuesTheBenchmarksWereMeasuredWith() {
        CopyParams p = CopyParams.defaults();
        assertThat(p.near()).isEqualTo(0.5);
        assertThat(p.sentence()).isEqualTo(0.3);
        assertThat(p.rewriteShare()).isEqualTo(0.4);
        assertThat(p.minAligned()).isEqualTo(2);
        assertThat(p.judgeShingle()).isEqualTo(3);
        assertThat(p.contained()).isEqualTo(0.8);
        assertThat(p.minContainedShingles()).isEqualTo(5);
        assertThat(p.bodyNear()).isEqualTo(0.35);
        assertThat(p.bodyMinTokens()).isEqualTo(12);
        assertThat(p.editedTitle()).isEqualTo(1.0);
        assertThat(p.editedTitleMinTokens()).isEqualTo(8);
        assertThat(p.sameTitleBody()).isEqualTo(0.3);
        assertThat(p.minTitleTokens()).isEqualTo(5);
        assertThat(p.leadSpan()).isEqualTo(60);
        assertThat(p.leadGram()).isEqualTo(5);
        assertThat(p.leadWindow()).isEqualTo(8);
        assertThat(p.embedMinWords()).isEqualTo(80);
        assertThat(p.maxCandidates()).isEqualTo(20);
        assertThat(p.exactCandidates()).isEqualTo(3);
        assertThat(p.titleCandidates()).isEqualTo(5);
        assertThat(p.minEstimate()).isEqualTo(0.15);
        assertThat(p.factCandidates()).isEqualTo(8);
        assertThat(p.factMinChars()).isEqualTo(300);
        assertThat(p.neighbours()).isEqualTo(10);
        assertThat(p.minCosine()).isEqualTo(0.6);
        assertThat(p.recent()).isEqualTo(4096);
    }

    @Test
    void fromMapOverridesNamedKnobsAndKeepsTheRest() {
        CopyParams p = CopyParams.fromMap(Map.of("near", "0.55", "neighbours", " 12 "));
        assertThat(p.near()).isEqualTo(0.55);
        assertThat(p.neighbours()).isEqualTo(12);
        assertThat(p).isEqualTo(CopyParams.defaults().toBuilder().near(0.55).neighbours(12).build());
        assertThat(CopyParams.fromMap(Map.of())).isEqualTo(CopyParams.defaults());
    }

    @Test
    void fromMapRejectsAnUnknownKeyNamingTheKnownOnes() {
        assertThatThrownBy(() -> CopyParams.fromMap(Map.of("neighbors", "12"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown copy parameter 'neighbors'").hasMessageContaining("neighbours");
    }

    @Test
    void fromMapRejectsValuesOfTheWrongTypeOrOutOfRange() {
        assertThatThrownBy(() -> CopyParams.fromMap(Map.of("neighbours", "1.5"))).hasMessageContaining("neighbours must be a whole number");
        assertThatThrownBy(() -> CopyParams.fromMap(Map.of("near", "high"))).hasMessageContaining("near must be a number");
        assertThatThrownBy(() -> CopyParams.fromMap(Map.of("near", "1.5"))).hasMessageContaining("near must be in [0, 1]");
        assertThatThrownBy(() -> CopyParams.builder().leadGram(0).build()).hasMessageContaining("leadGram must be at least 1");
    }

    @Test
    void toMapRoundTripsThroughFromMap() {
        CopyParams p = CopyParams.defaults().toBuilder().bodyNear(0.4).recent(100).build();
        assertThat(p.toMap()).containsEntry("bodyNear", "0.4").containsEntry("recent", "100");
        assertThat(CopyParams.fromMap(p.toMap())).isEqualTo(p);
    }

    @Test
    void aJudgeWithOtherParametersDecidesByThem() {
        Article a = CopyJudgeTest.art("a", "Eastwire", CopyJudgeTest.ORIGINAL, null);
        Article b = CopyJudgeTest.art("b", "Danube Times", CopyJudgeTest.ORIGINAL.replace("four assaults", "several assaults")
                .replace("three weeks", "two weeks"), null);
        Fingerprinter fp = Fingerprinter.sketchesOnly();
        assertThat(new CopyJudge().judge(a, fp.of(a), b, fp.of(b), "a")).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(CopyKind.NEAR));
        // A near-duplicate threshold above their Jaccard, and no other rule that could fire: the views made with the
        // defaults are not reused by a judge with other parameters.
        CopyParams strict = CopyParams.defaults().toBuilder().near(0.99).contained(0.99).bodyNear(0.99).minAligned(50).build();
        assertThat(new CopyJudge(strict).judge(a, fp.of(a), b, fp.of(b), "a")).isEmpty();
    }
}
