package org.sitrep.clean;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.ingest.FileReading;
import org.sitrep.metadata.TextMetadata;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.Pipeline;

/**
 * HTML files through {@link org.sitrep.ingest.Readers} (meta charset, truncation check) and then the whole
 * extraction a page goes through in the pipeline: {@link HtmlExtractor}, {@link TextMetadata} and
 * {@link BoilerplateStripper}.
 */
class HtmlFuzzTest {
    private static final Pipeline EXTRACTION = Pipeline.builder()
            .extractor(new HtmlExtractor())
            .add(new TextMetadata())
            .add(new BoilerplateStripper())
            .build();

    @FuzzTest(maxDuration = "8s")
    void extractsAnyHtmlPage(byte[] data) {
        for (RawDocument doc : FileReading.read("page.html", data)) EXTRACTION.process(doc);
    }
}
