package org.sitrep.clean;

import org.sitrep.testkit.StageContractTest;

class TextBudgetContractTest extends StageContractTest {
    TextBudgetContractTest() {
        super(new TextBudget());
    }
}
