package org.sitrep.geo;

/** One kind of evidence that chose a place among its namesakes; recorded with each {@link PlaceResolution.Resolved}. */
public enum PlaceEvidence {
    /** The only candidate elsewhere than the pick (its namesakes all lie within the same-place distance). */
    ONLY_CANDIDATE,
    /** Population and kind of place alone (a capital, a country, a big city). */
    POPULATION,
    /** Named as a region ("Kharkiv region", "Cuyahoga County") or as a front ("Kupiansk direction"). */
    ROLE,
    /** Qualified by its region or country right after it: "Paris, Texas", "Dublin, Ohio", "Kupiansk, Ukraine". */
    QUALIFIER,
    /** Its region is named in the article (as "X region", or as a place that resolved to the region): containment. */
    REGION_NAMED,
    /** Its country is named in the article. */
    COUNTRY_NAMED,
    /** Close to another place of the article that was placed with confidence. */
    NEARBY,
    /** In the country of the outlet that published the article. */
    OUTLET_HOME,
    /** Close to a place that other reports of the article's event placed with confidence. */
    EVENT_PLACES
}
