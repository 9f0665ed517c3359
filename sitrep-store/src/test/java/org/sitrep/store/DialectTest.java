package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {
    private static final Dialect PG = Dialect.POSTGRES;

    @Test
    void sqliteReadsItsOwnStatementsUnchanged() {
        String s = "INSERT OR REPLACE INTO events (id, created) VALUES (?,?)";
        assertThat(Dialect.SQLITE.sql(s)).isSameAs(s);
        assertThat(Dialect.of(null)).isEqualTo(Dialect.SQLITE);
        assertThat(Dialect.of("postgresql://u:p@h:5432/db")).isEqualTo(Dialect.POSTGRES);
        assertThatThrownBy(() -> Dialect.of("mysql://h/db")).hasMessageContaining("mysql://h/db").hasMessageContaining("postgresql://");
    }

    @Test
    void replaceBecomesAnUpsertOnTheTablesKey() {
        assertThat(PG.sql("INSERT OR REPLACE INTO copies (original_id, copy_id, kind, score) VALUES (?,?,?,?)"))
                .isEqualTo("INSERT INTO copies (original_id, copy_id, kind, score) VALUES (?,?,?,?) ON CONFLICT (original_id, copy_id) "
                        + "DO UPDATE SET kind = excluded.kind, score = excluded.score");
        assertThat(PG.sql("INSERT OR REPLACE INTO event_state (id, state_json) VALUES (?,?)")).endsWith("ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json");
        assertThatThrownBy(() -> PG.sql("INSERT OR REPLACE INTO nowhere (a) VALUES (?)")).hasMessageContaining("nowhere");
        assertThat(PG.sql("INSERT INTO term_df (key, df) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET df = df + excluded.df"))
                .endsWith("DO UPDATE SET df = term_df.df + excluded.df");
    }

    @Test
    void ignoreBecomesDoNothingAndAKnownArticleTakesNoSeq() {
        assertThat(PG.sql("INSERT OR IGNORE INTO outlets (name, first_seen) VALUES (?, ?)"))
                .isEqualTo("INSERT INTO outlets (name, first_seen) VALUES (?, ?) ON CONFLICT DO NOTHING");
        assertThat(PG.sql("INSERT OR IGNORE INTO articles (id, url) VALUES (?,?)"))
                .isEqualTo("INSERT INTO articles (id, url) SELECT ?,? WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = ?1) ON CONFLICT DO NOTHING");
    }

    @Test
    void numberedParametersFillEveryPlaceTheirNumberStands() {
        PgConnection.Numbered n = PgConnection.Numbered.of(PG.sql("INSERT OR IGNORE INTO articles (id, url) VALUES (?,?)"));
        assertThat(n.sql()).doesNotContain("?1");
        assertThat(n.positions()).isEqualTo(List.of(List.of(1, 3), List.of(2)));
        assertThat(PgConnection.Numbered.of("SELECT '?', ?2, ?1, ?").positions()).isEqualTo(List.of(List.of(2), List.of(1), List.of(3)));
    }

    @Test
    void sqliteOnlyWordsAndFunctionsGetPostgresForms() {
        assertThat(PG.sql("SELECT start, end FROM mentions m WHERE m.end > 3 ORDER BY day DESC"))
                .isEqualTo("SELECT start, \"end\" FROM mentions m WHERE m.\"end\" > 3 ORDER BY day DESC NULLS LAST");
        assertThat(PG.sql("SELECT x.event_id FROM json_each(?) j JOIN article_events x ON x.article_id = j.value ORDER BY j.key"))
                .contains("json_array_elements_text(?::json) WITH ORDINALITY j(value, key)");
        assertThat(PG.sql("m.entity_id IN (SELECT value FROM json_each(?))")).contains("value::bigint");
        assertThat(PG.sql("SELECT last_insert_rowid()")).isEqualTo("SELECT lastval()");
        assertThat(PG.sql("CASE WHEN a THEN b ELSE c END")).isEqualTo("CASE WHEN a THEN b ELSE c END");
        assertThatThrownBy(() -> PG.sql("PRAGMA foreign_keys=ON")).hasMessageContaining("pragma");
    }
}
