package org.sitrep.claims;

import java.time.Instant;
import java.util.Objects;

/**
 * One statement of one article asserting something about the conflict.
 *
 * @param articleId the article that carries it
 * @param ordinal   its position among the article's claims, from 0
 * @param kind      what it asserts
 * @param speaker   who asserts it
 * @param side      the side the speaker speaks for
 * @param sideBasis why that side: the words or the knowledge it rests on ("text: Moscow-appointed", "known: Zelensky",
 *                  "entity: earlier articles", "the outlet itself", "not said")
 * @param actor     the side said to have done it (for {@link ClaimKind#CONTROL}: the side said to hold the place; for
 *                  people killed, wounded or captured: the side of the people counted, "Russian soldiers"; for a
 *                  {@link ClaimKind#DENIAL}: the side of the denied act); {@link Side#UNKNOWN} when the text does not say
 * @param denies    for a denial, the kind of claim denied ({@link ClaimKind#OTHER} when not said); else null
 * @param place     the place it is about; null when none was found
 * @param otherPlaces the other towns and districts the sentence names (a claim about "Khromove, Andriivka and
 *                  Klishchiivka" is about each); empty when none
 * @param time      when it happened; null only when the article has no reference time
 * @param quantity  the number it states with what it counts; null when none
 * @param start     char offset of the sentence it rests on, in the article's text (in its headline for sentence -1)
 * @param end       char offset after it
 * @param text      that sentence, verbatim
 * @param sentence  index of the sentence; -1 for the headline
 * @param hedged    whether the text hedges it ("allegedly", "reportedly")
 */
public record Claim(String articleId, int ordinal, ClaimKind kind, Speaker speaker, Side side, String sideBasis, Side actor,
                    ClaimKind denies, Place place, java.util.List<Place> otherPlaces, When time, Amount quantity, int start, int end, String text, int sentence,
                    boolean hedged) {
    public Claim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(text, "text");
        otherPlaces = otherPlaces == null ? java.util.List.of() : java.util.List.copyOf(otherPlaces);
        if (kind == ClaimKind.DENIAL && denies == null) denies = ClaimKind.OTHER;
    }

    /** The place and the other places, in that order. */
    public java.util.List<Place> allPlaces() {
        if (place == null) return otherPlaces;
        java.util.List<Place> out = new java.util.ArrayList<>(otherPlaces.size() + 1);
        out.add(place);
        out.addAll(otherPlaces);
        return out;
    }

    /** How the speaker is known. */
    public enum SpeakerKind {
        /** The article asserts it without attribution. */
        OUTLET,
        /** Attributed to someone the text names or describes. */
        NAMED,
        /** Attributed, but the text does not say to whom ("sources said", a quote without speaker). */
        UNKNOWN
    }

    /**
     * @param name     the speaker as the text names it ("Ukraine's General Staff", "Vitaly Ganchev"); "the outlet itself"
     *                 or "unknown" for the other kinds
     * @param entityId the entity it was linked to; null when none
     */
    public record Speaker(String name, Long entityId, SpeakerKind kind) {
        public static final Speaker OUTLET = new Speaker("the outlet itself", null, SpeakerKind.OUTLET);
        public static final Speaker UNKNOWN = new Speaker("unknown", null, SpeakerKind.UNKNOWN);

        public Speaker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * @param name      as written in the article
     * @param entityId  its entity; null when not linked
     * @param geonameId its GeoNames id when resolved; else null
     * @param latitude  null when not resolved
     * @param longitude null when not resolved
     */
    public record Place(String name, Long entityId, Long geonameId, Double latitude, Double longitude) {
        public Place {
            Objects.requireNonNull(name, "name");
        }

        public boolean located() {
            return latitude != null && longitude != null;
        }

        /** Great-circle distance in kilometres between two points (WGS84 degrees). */
        public static double km(double lat1, double lon1, double lat2, double lon2) {
            double la1 = Math.toRadians(lat1), la2 = Math.toRadians(lat2);
            double dLa = la2 - la1, dLo = Math.toRadians(lon2 - lon1);
            double h = Math.sin(dLa / 2) * Math.sin(dLa / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dLo / 2) * Math.sin(dLo / 2);
            return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }

    /**
     * @param value           the normalized value ("2023-11-25", "2022-02")
     * @param precision       DAY, WEEK, MONTH, YEAR… (the annotator's precision names)
     * @param begin           start of the range, UTC
     * @param until           end of the range, exclusive
     * @param fromPublication whether the text gave no date and this is the article's publication day
     */
    public record When(String value, String precision, Instant begin, Instant until, boolean fromPublication) {
        public When {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(precision, "precision");
            Objects.requireNonNull(begin, "begin");
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * @param value   the number
     * @param counted what it counts ("attacks", "drones", "killed"); null when not said
     */
    public record Amount(double value, String counted) {
    }
}
