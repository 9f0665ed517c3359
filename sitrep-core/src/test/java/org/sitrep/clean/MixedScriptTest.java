package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixedScriptTest {
    private final List<String> mended = new ArrayList<>();
    private final List<String> left = new ArrayList<>();

    @Test
    void aLatinLookAlikeInsideACyrillicWordIsWrittenInCyrillic() {
        // "Купянська" ending in a Latin a, and "Харкiв" with a Latin i (the Ukrainian і looks the same).
        String received = "Бої під Купянськ\u0061 та Харк\u0069в.";
        String s = MixedScript.mend(received, mended, left);
        assertThat(s).isEqualTo("Бої під Купянськ\u0430 та Харк\u0456в.");
        assertThat(s).hasSameSizeAs(received);
        assertThat(mended).containsExactly("Купянськ\u0061", "Харк\u0069в");
        assertThat(left).isEmpty();
    }

    @Test
    void aCyrillicLookAlikeInsideALatinWordIsWrittenInLatin() {
        assertThat(MixedScript.mend("Kupi\u0430nsk", mended, left)).isEqualTo("Kupiansk");
        assertThat(mended).hasSize(1);
    }

    @Test
    void aMixThatNoLookAlikeExplainsIsLeftAndFlagged() {
        // Latin "g" has no Cyrillic look-alike: we cannot tell what was meant.
        String s = MixedScript.mend("місто Kupjansьk і Купgянськ", mended, left);
        assertThat(s).isEqualTo("місто Kupjansьk і Купgянськ");
        assertThat(left).containsExactly("Kupjansьk", "Купgянськ");
        assertThat(MixedScript.describe(mended, left)).contains("2 words mixing Latin and Cyrillic left as written: Kupjansьk, Купgянськ");
    }

    @Test
    void wordsInOneScriptAreUntouched() {
        String s = "Сили оборони (ЗСУ) and NATO said T-72 tanks were hit; Купʼянськ, Kupiańsk.";
        assertThat(MixedScript.mend(s, mended, left)).isSameAs(s);
        assertThat(mended).isEmpty();
        assertThat(left).isEmpty();
    }

    @Test
    void theProblemListsTheFirstWordsAndCountsTheRest() {
        List<String> many = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertThat(MixedScript.describe(many, List.of())).endsWith("a1, a2, a3, a4, a5 and 2 more").startsWith("7 words");
    }
}
