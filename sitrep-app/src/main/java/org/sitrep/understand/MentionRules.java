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
 * @param oneSense     one sense per article: a run inside an organisation's name, or an organisation's whole name,
 *                     spelt as a place the article resolves confidently elsewhere is that place ("Slidell PD",
 *                     "Allendale" the club), of the same kind ({@link ArticleSenses})
 * @param nestedCounties an "X County" / "X Parish" run inside an organisation's name that the gazetteer holds under
 *                     that full name ("Daviess County Public Schools") is asked as a place inside the name
 * @param insideUnknownPlaces a place-typed name the gazetteer lacks ("Air Zimbabwe", typed LOCATION) is read for
 *                     places inside it as an organisation's name is
 * @param insideUntypedNames a name of two or more words the annotator left untyped and that is no place as a whole
 *                     ("Muscat International Film Festival", "Asian Tribune") is read for places and demonyms inside it
 *                     as an organisation's name is
 */
public record MentionRules(boolean actingPlaces, boolean nestedPlaces, boolean nestedAnywhere, boolean nestedDemonyms,
                           boolean oneSense, boolean nestedCounties, boolean insideUnknownPlaces, boolean insideUntypedNames) {
    private static final MentionRules DEFAULTS = new MentionRules(true, true, true, true, true, true, true, true);

    /** The first seven rules; untyped names are read for places inside them when places inside names are. */
    public MentionRules(boolean actingPlaces, boolean nestedPlaces, boolean nestedAnywhere, boolean nestedDemonyms,
                        boolean oneSense, boolean nestedCounties, boolean insideUnknownPlaces) {
        this(actingPlaces, nestedPlaces, nestedAnywhere, nestedDemonyms, oneSense, nestedCounties, insideUnknownPlaces, nestedPlaces);
    }

    /** Every rule on. */
    public static MentionRules defaults() {
        return DEFAULTS;
    }

    /** Every rule off: the mentions of the annotator (and demonyms) only. */
    public static MentionRules none() {
        return new MentionRules(false, false, false, false, false, false, false, false);
    }

    /** These rules, with one sense per article on or off. */
    public MentionRules withOneSense(boolean on) {
        return new MentionRules(actingPlaces, nestedPlaces, nestedAnywhere, nestedDemonyms, on, nestedCounties, insideUnknownPlaces, insideUntypedNames);
    }

    /** These rules, with counties inside names on or off. */
    public MentionRules withNestedCounties(boolean on) {
        return new MentionRules(actingPlaces, nestedPlaces, nestedAnywhere, nestedDemonyms, oneSense, on, insideUnknownPlaces, insideUntypedNames);
    }

    /** These rules, with places inside place names the gazetteer lacks on or off. */
    public MentionRules withInsideUnknownPlaces(boolean on) {
        return new MentionRules(actingPlaces, nestedPlaces, nestedAnywhere, nestedDemonyms, oneSense, nestedCounties, on, insideUntypedNames);
    }

    /** These rules, with places inside untyped names on or off. */
    public MentionRules withInsideUntypedNames(boolean on) {
        return new MentionRules(actingPlaces, nestedPlaces, nestedAnywhere, nestedDemonyms, oneSense, nestedCounties, insideUnknownPlaces, on);
    }
}
