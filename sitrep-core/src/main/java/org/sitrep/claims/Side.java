package org.sitrep.claims;

import java.util.Locale;

/** The side a speaker (or an actor) speaks for. {@link #wire()} is the word JSON shows. */
public enum Side {
    UKRAINE,
    RUSSIA,
    /** Any other state: its government, officials, military, intelligence. */
    OTHER_STATE,
    /** UN agencies, IAEA, NATO as an alliance, EU institutions, OSCE, ICRC, human-rights NGOs. */
    INTERNATIONAL,
    /** The outlet itself, news agencies, journalists, independent analysts, witnesses. */
    MEDIA,
    UNKNOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side parse(String s) {
        for (Side v : values()) if (v.wire().equalsIgnoreCase(s.strip().replace('-', '_'))) return v;
        throw new IllegalArgumentException("unknown side '" + s + "' (known: ukraine, russia, other_state, international, media, unknown)");
    }

    /** Whether this is one of the two belligerents. */
    public boolean belligerent() {
        return this == UKRAINE || this == RUSSIA;
    }

    /** Whether this side speaks for a state or an international body (a count it gives is an official figure). */
    public boolean official() {
        return this == UKRAINE || this == RUSSIA || this == OTHER_STATE || this == INTERNATIONAL;
    }

    /** The other belligerent, for a belligerent; else {@link #UNKNOWN}. */
    public Side opponent() {
        return this == UKRAINE ? RUSSIA : this == RUSSIA ? UKRAINE : UNKNOWN;
    }
}
