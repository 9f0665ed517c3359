package org.sitrep.store;

import org.sitrep.testkit.TestPostgres;

/** {@link PlaceConfidenceStoreIT} on PostgreSQL (issue 18): a fresh database each test; skipped without SITREP_TEST_PG, failing in CI. */
class PlaceConfidenceStorePgIT extends PlaceConfidenceStoreIT {
    @Override
    String database() {
        return TestPostgres.freshDatabase();
    }
}
