package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.testkit.TestPostgres;

/** {@link StoreIT} on PostgreSQL (issue 18): a fresh database each test; skipped without SITREP_TEST_PG, failing in CI. */
class StorePgIT extends StoreIT {
    @Override
    String database() {
        return TestPostgres.freshDatabase();
    }

    /** The search index is derived from one database: pointed at another, a data directory's index is rebuilt from it. */
    @Test
    void anIndexFromAnotherDatabaseIsRebuiltNotTrusted() {
        try (SitrepStore s = open(data)) {
            put(s, article("00aa11bb22cc33dd", "Attacks near Kupiansk repelled", "Ukrainian defenders repelled four attacks near Synkivka."));
            s.commit();
            assertThat(s.search("synkivka", 10).total()).isEqualTo(1);
        }
        db = TestPostgres.freshDatabase();
        try (SitrepStore s = open(data)) {
            assertThat(s.countArticles()).isZero();
            assertThat(s.countIndexed()).isZero();
            assertThat(s.search("synkivka", 10).total()).isZero();
        }
    }
}
