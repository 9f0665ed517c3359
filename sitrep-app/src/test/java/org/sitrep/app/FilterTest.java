package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {
    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void parsesEveryParameterByItsApiName() {
        Filter f = Filter.parse(params("from", "2024-01-01", "to", "2024-12-31", "date", "event", "place", " Kupiansk ", "exact_place", "true",
                "entity", "Zelensky", "outlet", "Kyiv Post", "language", "UK", "type", "Battles", "disputed", "false", "q", "drone strike",
                "sort", "newest"));
        assertThat(f).isEqualTo(new Filter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Filter.DateField.EVENT, "Kupiansk", true,
                "Zelensky", "Kyiv Post", "uk", "Battles", false, "drone strike", Filter.Sort.NEWEST));
    }

    @Test
    void cliOptionNamesAreTheSameParameters() {
        Filter cli = Filter.parse(params("--from", "2024-01-01", "--exact-place", "true", "--place", "Kupiansk", "--disputed", "true"));
        Filter api = Filter.parse(params("from", "2024-01-01", "exact_place", "true", "place", "Kupiansk", "disputed", "true"));
        assertThat(cli).isEqualTo(api);
    }

    @Test
    void blankOrAbsentIsNoFilterWithPublishedDatesAndNoSort() {
        Filter f = Filter.parse(params("place", "  ", "q", ""));
        assertThat(f).isEqualTo(Filter.NONE);
        assertThat(f.isEmpty()).isTrue();
        assertThat(f.date()).isEqualTo(Filter.DateField.PUBLISHED);
        assertThat(f.sortOr(Filter.Sort.LARGEST)).isEqualTo(Filter.Sort.LARGEST);
        assertThat(f.toQueryString()).isEmpty();
    }

    @Test
    void roundTripsThroughAQueryString() {
        Filter f = Filter.parse(params("from", "2024-01-01", "to", "2024-12-31", "date", "event", "place", "Kharkiv oblast", "entity", "1234",
                "outlet", "Kyiv Post & Co", "language", "uk", "type", "Air/drone strike", "disputed", "true", "q", "\"Kupiansk\" AND drone=1",
                "sort", "relevance"));
        String qs = f.toQueryString();
        assertThat(qs).startsWith("from=2024-01-01&to=2024-12-31&date=event&place=Kharkiv%20oblast&entity=1234&outlet=Kyiv%20Post%20%26%20Co");
        assertThat(Filter.parseQueryString(qs)).isEqualTo(f);
        assertThat(Filter.parseQueryString("?" + qs)).isEqualTo(f);
        assertThat(Filter.parse(f.toParams())).isEqualTo(f);
    }

    @Test
    void aFlagWithoutValueInAQueryStringIsTrue() {
        assertThat(Filter.parseQueryString("place=Kupiansk&exact_place&disputed").exactPlace()).isTrue();
    }

    @Test
    void badValuesNameTheParameterAndTheReason() {
        assertThatThrownBy(() -> Filter.parse(params("from", "2024-13-01"))).isInstanceOf(Filter.Invalid.class)
                .hasMessage("from: not a date (YYYY-MM-DD): 2024-13-01").satisfies(e -> assertThat(((Filter.Invalid) e).parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> Filter.parse(params("from", "2024-02-01", "to", "2024-01-01"))).hasMessage("to: before from (2024-02-01): 2024-01-01");
        assertThatThrownBy(() -> Filter.parse(params("date", "fetched"))).hasMessage("date: not one of published|event: fetched");
        assertThatThrownBy(() -> Filter.parse(params("sort", "best"))).hasMessage("sort: not one of relevance|newest|oldest|largest: best");
        assertThatThrownBy(() -> Filter.parse(params("sort", "relevance"))).hasMessage("sort: relevance needs free text (q)");
        assertThatThrownBy(() -> Filter.parse(params("disputed", "maybe"))).hasMessage("disputed: not true or false: maybe");
        assertThatThrownBy(() -> Filter.parse(params("exact_place", "true"))).hasMessage("exact_place: needs a place");
        assertThatThrownBy(() -> Filter.parse(params("language", "english"))).hasMessageStartingWith("language: not a language code");
        assertThatThrownBy(() -> Filter.parse(params("type", "Picnic"))).hasMessageStartingWith("type: unknown type 'Picnic'");
        assertThatThrownBy(() -> Filter.parse(params("limit", "5"))).isInstanceOf(Filter.Invalid.class).hasMessageStartingWith("limit: not a filter parameter");
        assertThatThrownBy(() -> Filter.parseQueryString("place=a&place=b")).hasMessage("place: given twice");
    }

    @Test
    void namesAreTheDocumentedOnes() {
        assertThat(Filter.NAMES).containsExactly("from", "to", "date", "place", "exact_place", "entity", "outlet", "language", "type", "disputed", "q",
                "sort");
        assertThat(Filter.canonicalName("--exact-place")).isEqualTo("exact_place");
    }
}
