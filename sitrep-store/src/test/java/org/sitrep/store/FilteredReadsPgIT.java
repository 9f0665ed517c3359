package org.sitrep.store;

import org.junit.jupiter.api.BeforeAll;
import org.sitrep.testkit.TestPostgres;

/** {@link FilteredReadsIT} on PostgreSQL (issue 18): the same fixture in a fresh database; skipped without SITREP_TEST_PG. */
class FilteredReadsPgIT extends FilteredReadsIT {
    @BeforeAll
    static void fill() throws Exception {
        db = TestPostgres.freshDatabase();
        fill(data, db);
    }
}
