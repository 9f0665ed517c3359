package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void absentOrBlankNumberTakesTheDefault() {
        assertThat(Params.intIn("limit", null, 50, 1, 500)).isEqualTo(50);
        assertThat(Params.intIn("limit", "  ", 50, 1, 500)).isEqualTo(50);
    }

    @Test
    void numberIsStrippedAndKeptWhenInRange() {
        assertThat(Params.intIn("limit", " 7 ", 50, 1, 500)).isEqualTo(7);
        assertThat(Params.intIn("limit", "500", 50, 1, 500)).isEqualTo(500);
    }

    @Test
    void numberOutOfRangeIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> Params.intIn("limit", "501", 50, 1, 500))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("bad-request");
                    assertThat(e.getMessage()).contains("limit", "1", "500", "501");
                });
    }

    @Test
    void nonNumberIsABadRequestThatEchoesAShortenedValue() {
        String huge = "x".repeat(10_000);
        assertThatThrownBy(() -> Params.intIn("offset", huge, 0, 0, 10))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("offset must be a whole number").hasSizeLessThan(100));
        assertThatThrownBy(() -> Params.intIn("offset", "99999999999", 0, 0, Integer.MAX_VALUE)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void requiredBlankValueIsABadRequest() {
        assertThat(Params.required("q", " Kupiansk ")).isEqualTo("Kupiansk");
        assertThatThrownBy(() -> Params.required("q", " \t")).isInstanceOf(BadRequestException.class).hasMessageContaining("q");
        assertThat(Params.optional("")).isNull();
    }
}
