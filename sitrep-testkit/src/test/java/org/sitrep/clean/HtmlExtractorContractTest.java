package org.sitrep.clean;

import org.sitrep.testkit.StageContractTest;

class HtmlExtractorContractTest extends StageContractTest {
    HtmlExtractorContractTest() {
        super(new HtmlExtractor());
    }
}
