package org.sitrep.chain;

import org.sitrep.clean.BoilerplateStripper;
import org.sitrep.clean.ControlCharacters;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.MixedScript;
import org.sitrep.clean.TextBudget;
import org.sitrep.language.LanguageIdentifier;
import org.sitrep.id.ContentId;
import org.sitrep.metadata.FutureDates;
import org.sitrep.metadata.TextMetadata;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageContext;

/** The standard assemblies of stages. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * Extract → control characters out → metadata from text → no date after the fetch → boilerplate → the text's
     * bound → words mixing Latin and Cyrillic mended → language → id: from a raw document to a storable article.
     */
    public static Pipeline standard(StageContext context) {
        return Pipeline.builder()
                .context(context)
                .extractor(new HtmlExtractor())
                .add(new ControlCharacters())
                .add(new TextMetadata())
                .add(new FutureDates())
                .add(new BoilerplateStripper())
                .add(new TextBudget())
                .add(new MixedScript())
                .add(new LanguageIdentifier())
                .add(new ContentId())
                .require(Facet.ID, Facet.CLEAN_TEXT, Facet.LANGUAGE, Facet.METADATA)
                .build();
    }
}
