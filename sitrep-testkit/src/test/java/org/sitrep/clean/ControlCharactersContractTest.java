package org.sitrep.clean;

import org.sitrep.testkit.StageContractTest;

/** The stage contract, idempotence included: what is stripped once is not there to strip again. */
class ControlCharactersContractTest extends StageContractTest {
    ControlCharactersContractTest() {
        super(new ControlCharacters());
    }
}
