package org.sitrep.id;

import org.sitrep.testkit.StageContractTest;

class ContentIdContractTest extends StageContractTest {
    ContentIdContractTest() {
        super(new ContentId());
    }
}
