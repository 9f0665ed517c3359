package org.sitrep.metadata;

import org.sitrep.testkit.StageContractTest;

/** The stage contract, idempotence included: a date it refused is gone, and a date it kept is kept again. */
class FutureDatesContractTest extends StageContractTest {
    FutureDatesContractTest() {
        super(new FutureDates());
    }
}
