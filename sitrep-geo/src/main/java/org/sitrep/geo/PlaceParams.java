package org.sitrep.geo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link PlaceResolver}'s tuning: the weights that score a candidate place and the thresholds that decide whether
 * the best one stands. A candidate's score is its prior (log10 of population plus one, damped for a region, halved
 * when only an alternate name matched), plus a feature score, plus what the article says; the best candidate stands
 * when it has no rival farther than {@link #samePlaceKm()} or leads it by {@link #clearMargin()} ({@link
 * #prominentMargin()} for a country, region, capital or big city). Scores are in log10-population units: 1 is a
 * tenfold population.
 *
 * <p>The defaults ({@link #defaults()}) are the values tuned on the even-numbered GeoWebNews articles (BENCHMARKS.md).
 * Immutable; thread-safe.
 *
 * @param regionPriorDamping  subtracted from a first-level region's prior when the prior exceeds it: a region's
 *                            population is the sum of its towns', and should not outweigh a capital or big city of
 *                            the same name (Washington)
 * @param alternateNamePrior  factor on the prior of a place found only under an alternate (often historic) name
 * @param countryFeature      feature score of a country (PCLI, PCLD, PCLF, PCL, PCLS)
 * @param continentFeature    feature score of a continent
 * @param capitalFeature      feature score of a capital (PPLC)
 * @param regionFeature       feature score of a first-level region (ADM1)
 * @param seatFeature         feature score of a region's seat (PPLA)
 * @param secondSeatFeature   feature score of a second-level seat (PPLA2)
 * @param otherFeature        feature score of a place that is neither populated (class P) nor administrative (A):
 *                            water, terrain…; other populated and administrative places score 0
 * @param regionRoleRegion    added for a region when the mention is named as one ("X region", "X Oblast")
 * @param regionRoleSeat      added for a seat or capital (PPLA…, PPLC) when the mention is named as a region
 * @param regionRoleOther     added for any other place when the mention is named as a region
 * @param directionRoleTown   added for a populated place when the mention is named as a direction ("X direction")
 * @param mainNameBonus       added when the mention matched the place's main or ASCII name
 * @param exactSpellingBonus  added when the matched name is spelt as the mention (letters only, case folded)
 * @param regionInSentence    added when the place's region is named in the mention's sentence
 * @param regionInArticle     added when the place's region is named elsewhere in the article
 * @param countryInArticle    added when the place's country is named in the article (not for the country itself)
 * @param anchorWeight        closeness to the nearest confidently placed other mention adds
 *                            {@code anchorWeight * exp(-km / anchorDecayKm)}
 * @param anchorDecayKm       see {@code anchorWeight}; positive
 * @param anchorMaxKm         no closeness bonus from an anchor this far or farther
 * @param bigCityPopulation   a place this populous counts as a big city: evidence of a place under its main name,
 *                            a spelling that beats a demonym, and prominent
 * @param samePlaceKm         a rival within this distance of the best candidate is the same place in effect
 * @param clearMargin         the lead over the best rival elsewhere that makes a pick stand
 * @param prominentMargin     the smaller lead that suffices for a country, continent, region, capital, seat or big city
 * @param locativeWindow      how many characters before a mention are searched for a locative word ("in", "near",
 *                            "village of"…)
 * @param qualifierWeight     added for a place in the region or country written right after the mention ("Paris,
 *                            Texas", "Dublin, Ohio": {@link PlaceQualifier})
 * @param outletHomeWeight    added for a place (not a country) in the home country of the outlet that published the
 *                            article (its country-code domain, or the country its earlier articles name: {@link
 *                            OutletHomes}), when the home has no region or the place lies outside it
 * @param outletRegionWeight  added as well for a place (not a country) in the outlet's home region ({@link OutletHome}:
 *                            "Dublin" in an Ohio paper), unless the text itself places the name (a qualifier or a
 *                            region named in the article, for any of its candidates): the text outweighs the prior
 * @param confidenceTemperature temperature of the softmax over candidate scores that gives a pick's confidence
 *                            ({@link PlaceConfidence}); positive
 * @param minConfidence       a pick without a clear margin is still made when its confidence is at least this; below,
 *                            the mention is left ambiguous; in [0, 1]
 * @param confidentAt         a pick below this confidence is shown as a guess ({@link
 *                            PlaceResolution.Resolved#lowConfidence}); in [0, 1]
 */
public record PlaceParams(double regionPriorDamping, double alternateNamePrior, double countryFeature,
                          double continentFeature, double capitalFeature, double regionFeature, double seatFeature,
                          double secondSeatFeature, double otherFeature, double regionRoleRegion, double regionRoleSeat,
                          double regionRoleOther, double directionRoleTown, double mainNameBonus,
                          double exactSpellingBonus, double regionInSentence, double regionInArticle,
                          double countryInArticle, double anchorWeight, double anchorDecayKm, double anchorMaxKm,
                          long bigCityPopulation, double samePlaceKm, double clearMargin, double prominentMargin,
                          int locativeWindow, double qualifierWeight, double outletHomeWeight,
                          double outletRegionWeight, double confidenceTemperature, double minConfidence, double confidentAt) {
    private static final PlaceParams DEFAULTS = new PlaceParams(1, 0.5, 7, 7, 4, 3, 2, 1, -1, 6, 4, -3, 1, 1, 1, 8, 5,
            2, 8, 40, 150, 100_000, 25, 1.5, 0.5, 40, 10, 1.5, 6, 1, 0.5, 0.9);

    public PlaceParams {
        double[] all = {regionPriorDamping, alternateNamePrior, countryFeature, continentFeature, capitalFeature,
                regionFeature, seatFeature, secondSeatFeature, otherFeature, regionRoleRegion, regionRoleSeat,
                regionRoleOther, directionRoleTown, mainNameBonus, exactSpellingBonus, regionInSentence,
                regionInArticle, countryInArticle, anchorWeight, anchorDecayKm, anchorMaxKm, samePlaceKm, clearMargin,
                prominentMargin, qualifierWeight, outletHomeWeight, outletRegionWeight, confidenceTemperature, minConfidence,
                confidentAt};
        for (double v : all) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("place parameters must be finite, not " + v);
        }
        if (anchorDecayKm <= 0) {
            throw new IllegalArgumentException("anchorDecayKm must be positive, not " + anchorDecayKm);
        }
        if (confidenceTemperature <= 0) {
            throw new IllegalArgumentException("confidenceTemperature must be positive, not " + confidenceTemperature);
        }
        if (minConfidence < 0 || minConfidence > 1 || confidentAt < 0 || confidentAt > 1) {
            throw new IllegalArgumentException("minConfidence and confidentAt must be in [0, 1]");
        }
        if (anchorMaxKm < 0 || samePlaceKm < 0 || bigCityPopulation < 0 || locativeWindow < 0) {
            throw new IllegalArgumentException("distances, populations and windows must not be negative");
        }
    }

    /** Today's tuned values. */
    public static PlaceParams defaults() {
        return DEFAULTS;
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The defaults with the given parameters replaced, by component name ({@code "clearMargin" -> "2.0"}); for
     * parameter searches and configuration files.
     *
     * @throws IllegalArgumentException naming the key when a key is not a parameter or a value does not parse or
     *                                  is out of range
     */
    public static PlaceParams fromMap(Map<String, String> values) {
        RecordComponent[] components = PlaceParams.class.getRecordComponents();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) index.put(components[i].getName(), i);
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(components[i], DEFAULTS);
        }
        for (var e : values.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                throw new IllegalArgumentException("Unknown place parameter '" + e.getKey() + "'; known: "
                        + String.join(", ", index.keySet()));
            }
            args[i] = parse(e.getKey(), e.getValue(), types[i]);
        }
        try {
            return PlaceParams.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) throw bad;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every parameter by name, in declaration order; {@link #fromMap} of it gives these values back. */
    public Map<String, String> toMap() {
        return Arrays.stream(PlaceParams.class.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName,
                c -> String.valueOf(value(c, this)), (a, b) -> a, LinkedHashMap::new));
    }

    private static Object value(RecordComponent c, PlaceParams p) {
        try {
            return c.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String key, String value, Class<?> type) {
        String v = value == null ? "" : value.strip();
        try {
            if (type == double.class) return Double.parseDouble(v);
            if (type == long.class) return Long.parseLong(v.replace("_", ""));
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Place parameter '" + key + "' must be "
                    + (type == double.class ? "a number" : "a whole number") + ", not '" + value + "'");
        }
    }

    /** Sets parameters one by one, starting from the defaults or from given values. Not thread-safe. */
    public static final class Builder {
        private double regionPriorDamping;
        private double alternateNamePrior;
        private double countryFeature;
        private double continentFeature;
        private double capitalFeature;
        private double regionFeature;
        private double seatFeature;
        private double secondSeatFeature;
        private double otherFeature;
        private double regionRoleRegion;
        private double regionRoleSeat;
        private double regionRoleOther;
        private double directionRoleTown;
        private double mainNameBonus;
        private double exactSpellingBonus;
        private double regionInSentence;
        private double regionInArticle;
        private double countryInArticle;
        private double anchorWeight;
        private double anchorDecayKm;
        private double anchorMaxKm;
        private long bigCityPopulation;
        private double samePlaceKm;
        private double clearMargin;
        private double prominentMargin;
        private int locativeWindow;
        private double qualifierWeight;
        private double outletHomeWeight;
        private double outletRegionWeight;
        private double confidenceTemperature;
        private double minConfidence;
        private double confidentAt;

        /** Starts from {@link #defaults()}. */
        public Builder() {
            this(DEFAULTS);
        }

        private Builder(PlaceParams p) {
            regionPriorDamping = p.regionPriorDamping;
            alternateNamePrior = p.alternateNamePrior;
            countryFeature = p.countryFeature;
            continentFeature = p.continentFeature;
            capitalFeature = p.capitalFeature;
            regionFeature = p.regionFeature;
            seatFeature = p.seatFeature;
            secondSeatFeature = p.secondSeatFeature;
            otherFeature = p.otherFeature;
            regionRoleRegion = p.regionRoleRegion;
            regionRoleSeat = p.regionRoleSeat;
            regionRoleOther = p.regionRoleOther;
            directionRoleTown = p.directionRoleTown;
            mainNameBonus = p.mainNameBonus;
            exactSpellingBonus = p.exactSpellingBonus;
            regionInSentence = p.regionInSentence;
            regionInArticle = p.regionInArticle;
            countryInArticle = p.countryInArticle;
            anchorWeight = p.anchorWeight;
            anchorDecayKm = p.anchorDecayKm;
            anchorMaxKm = p.anchorMaxKm;
            bigCityPopulation = p.bigCityPopulation;
            samePlaceKm = p.samePlaceKm;
            clearMargin = p.clearMargin;
            prominentMargin = p.prominentMargin;
            locativeWindow = p.locativeWindow;
            qualifierWeight = p.qualifierWeight;
            outletHomeWeight = p.outletHomeWeight;
            outletRegionWeight = p.outletRegionWeight;
            confidenceTemperature = p.confidenceTemperature;
            minConfidence = p.minConfidence;
            confidentAt = p.confidentAt;
        }

        public Builder regionPriorDamping(double v) {
            regionPriorDamping = v;
            return this;
        }

        public Builder alternateNamePrior(double v) {
            alternateNamePrior = v;
            return this;
        }

        public Builder countryFeature(double v) {
            countryFeature = v;
            return this;
        }

        public Builder continentFeature(double v) {
            continentFeature = v;
            return this;
        }

        public Builder capitalFeature(double v) {
            capitalFeature = v;
            return this;
        }

        public Builder regionFeature(double v) {
            regionFeature = v;
            return this;
        }

        public Builder seatFeature(double v) {
            seatFeature = v;
            return this;
        }

        public Builder secondSeatFeature(double v) {
            secondSeatFeature = v;
            return this;
        }

        public Builder otherFeature(double v) {
            otherFeature = v;
            return this;
        }

        public Builder regionRoleRegion(double v) {
            regionRoleRegion = v;
            return this;
        }

        public Builder regionRoleSeat(double v) {
            regionRoleSeat = v;
            return this;
        }

        public Builder regionRoleOther(double v) {
            regionRoleOther = v;
            return this;
        }

        public Builder directionRoleTown(double v) {
            directionRoleTown = v;
            return this;
        }

        public Builder mainNameBonus(double v) {
            mainNameBonus = v;
            return this;
        }

        public Builder exactSpellingBonus(double v) {
            exactSpellingBonus = v;
            return this;
        }

        public Builder regionInSentence(double v) {
            regionInSentence = v;
            return this;
        }

        public Builder regionInArticle(double v) {
            regionInArticle = v;
            return this;
        }

        public Builder countryInArticle(double v) {
            countryInArticle = v;
            return this;
        }

        public Builder anchorWeight(double v) {
            anchorWeight = v;
            return this;
        }

        public Builder anchorDecayKm(double v) {
            anchorDecayKm = v;
            return this;
        }

        public Builder anchorMaxKm(double v) {
            anchorMaxKm = v;
            return this;
        }

        public Builder bigCityPopulation(long v) {
            bigCityPopulation = v;
            return this;
        }

        public Builder samePlaceKm(double v) {
            samePlaceKm = v;
            return this;
        }

        public Builder clearMargin(double v) {
            clearMargin = v;
            return this;
        }

        public Builder prominentMargin(double v) {
            prominentMargin = v;
            return this;
        }

        public Builder locativeWindow(int v) {
            locativeWindow = v;
            return this;
        }

        public Builder qualifierWeight(double v) {
            qualifierWeight = v;
            return this;
        }

        public Builder outletHomeWeight(double v) {
            outletHomeWeight = v;
            return this;
        }

        public Builder outletRegionWeight(double v) {
            outletRegionWeight = v;
            return this;
        }

        public Builder confidenceTemperature(double v) {
            confidenceTemperature = v;
            return this;
        }

        public Builder minConfidence(double v) {
            minConfidence = v;
            return this;
        }

        public Builder confidentAt(double v) {
            confidentAt = v;
            return this;
        }

        /** @throws IllegalArgumentException when a value is out of range */
        public PlaceParams build() {
            return new PlaceParams(regionPriorDamping, alternateNamePrior, countryFeature, continentFeature,
                    capitalFeature, regionFeature, seatFeature, secondSeatFeature, otherFeature, regionRoleRegion,
                    regionRoleSeat, regionRoleOther, directionRoleTown, mainNameBonus, exactSpellingBonus,
                    regionInSentence, regionInArticle, countryInArticle, anchorWeight, anchorDecayKm, anchorMaxKm,
                    bigCityPopulation, samePlaceKm, clearMargin, prominentMargin, locativeWindow, qualifierWeight,
                    outletHomeWeight, outletRegionWeight, confidenceTemperature, minConfidence, confidentAt);
        }
    }
}
