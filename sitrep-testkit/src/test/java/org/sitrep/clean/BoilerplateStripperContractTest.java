package org.sitrep.clean;

import org.sitrep.testkit.StageContractTest;

class BoilerplateStripperContractTest extends StageContractTest {
    BoilerplateStripperContractTest() {
        super(new BoilerplateStripper());
    }
}
