package org.sitrep.language;

import org.sitrep.testkit.StageContractTest;

class LanguageIdentifierContractTest extends StageContractTest {
    LanguageIdentifierContractTest() {
        super(new LanguageIdentifier());
    }
}
