package org.sitrep.understand;

/**
 * Which of the rules that find place mentions the annotator missed {@link ArticleAnalysis} applies; every one is on
 * by default ({@link #defaults()}). For measuring what each adds (GeoWebNewsPipelineIT's ablation rows) and for
 * switching one off. Immutable.
 *
 * @param actingPlaces a name typed as an organisation or person that is exactly a country, region or big city
 *                     ("Russia said", "Tamil Nadu will appeal") is asked of the resolver as a place
 * @param nestedPlaces a place named inside the name of an organisation ("New York" in "New York Times") is a place
 *                     mention of its own, beside the organisation's ({@link ArticleAnalysis#NESTED})
 * @param nestedAnywhere such a place may stand anywhere in the name, not only first or after "of" (on by default:
 *                     measured better on GeoWebNews' tuning half)
 *                     ({@link org.sitrep.geo.NestedPlaceNames#find(String, String, java.util.function.Predicate, boolean)})
 * @param nestedDemonyms a demonym inside an organisation's name ("Russian Defence Ministry") is a mention of its
 *                     country of the same kind
 */
public record MentionRules(boolean actingPlaces, boolean nestedPlaces, boolean nestedAnywhere, boolean nestedDemonyms) {
    private static final MentionRules DEFAULTS = new MentionRules(true, true, true, true);

    /** Every rule on. */
    public static MentionRules defaults() {
        return DEFAULTS;
    }

    /** Every rule off: the mentions of the annotator (and demonyms) only. */
    public static MentionRules none() {
        return new MentionRules(false, false, false, false);
    }
}
