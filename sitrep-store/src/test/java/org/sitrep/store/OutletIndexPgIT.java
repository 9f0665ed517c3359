package org.sitrep.store;

import org.sitrep.testkit.TestPostgres;

/** {@link OutletIndexIT} on PostgreSQL (issue 18): a fresh database each test; skipped without SITREP_TEST_PG, failing in CI. */
class OutletIndexPgIT extends OutletIndexIT {
    @Override
    String database() {
        return TestPostgres.freshDatabase();
    }
}
