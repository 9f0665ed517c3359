package org.sitrep.understand;

/**
 * Which of the rules that find place mentions the annotator missed {@link ArticleAnalysis} applies; every one is on
 * by default ({@link #defaults()}). For measuring what each adds (GeoWebNewsPipelineIT's ablation rows) and for
 * switching one off. Immutable.
 *
 * @param actingPlaces a name typed as an organisation or person that is exactly a country, region or big city
 *                     ("Russia said", "Tamil Nadu will appeal") is asked of the resolver as a place
 */
public record MentionRules(boolean actingPlaces) {
    private static final MentionRules DEFAULTS = new MentionRules(true);

    /** Every rule on. */
    public static MentionRules defaults() {
        return DEFAULTS;
    }

    /** Every rule off: the mentions of the annotator (and demonyms) only. */
    public static MentionRules none() {
        return new MentionRules(false);
    }
}
