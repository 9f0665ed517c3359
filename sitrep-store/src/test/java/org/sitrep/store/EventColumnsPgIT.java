package org.sitrep.store;

import org.sitrep.testkit.TestPostgres;

/** {@link EventColumnsIT} on PostgreSQL (issue 18): a fresh database each test; skipped without SITREP_TEST_PG, failing in CI. */
class EventColumnsPgIT extends EventColumnsIT {
    @Override
    String database() {
        return TestPostgres.freshDatabase();
    }
}
