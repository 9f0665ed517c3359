package org.sitrep.metadata;

import org.sitrep.testkit.StageContractTest;

/**
 * The stage contract, idempotence included: the headline rule removes a known title only where the text repeats it,
 * and the dateline rule reads the first lines of the source whether or not they were removed, so a second run reads
 * what the first read (issue 12, item 5; fixed in issue 19).
 */
class TextMetadataContractTest extends StageContractTest {
    TextMetadataContractTest() {
        super(new TextMetadata());
    }
}
