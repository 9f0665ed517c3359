package org.sitrep.clean;

import org.sitrep.testkit.StageContractTest;

/** The stage contract, idempotence included: a word mended once is in one script and is not mended again. */
class MixedScriptContractTest extends StageContractTest {
    MixedScriptContractTest() {
        super(new MixedScript());
    }
}
