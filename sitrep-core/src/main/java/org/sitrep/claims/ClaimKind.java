package org.sitrep.claims;

import java.util.Locale;

/** What a claim asserts: a small closed vocabulary for conflict reporting. {@link #wire()} is the word JSON shows. */
public enum ClaimKind {
    /** Who holds a place: captured, liberated, in control of, withdrew from. */
    CONTROL("control of a place"),
    /** Attacks made or repelled, shelling, strikes, fighting. */
    ATTACK("attacks"),
    KILLED("people killed"),
    WOUNDED("people wounded"),
    CAPTURED("people captured"),
    /** Drones, missiles, rockets, shells launched or fired. */
    LAUNCHED("drones or missiles launched"),
    /** Drones, missiles, aircraft shot down or intercepted. */
    SHOT_DOWN("drones or missiles shot down"),
    /** Buildings, infrastructure, equipment damaged or destroyed. */
    DAMAGE("damage"),
    EVACUATION("evacuation"),
    /** A denial of another's claim ("is not true", "denied", "fake"); {@link Claim#denies()} says of what. */
    DENIAL("denial"),
    /** Anything else a speaker asserts about the conflict. */
    OTHER("other");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    /** Words for people: "people killed". */
    public String label() {
        return label;
    }

    /** The word the JSON and CLI use: {@code control}, {@code shot_down}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a wire word or a name in any case; throws for an unknown word, naming the known ones. */
    public static ClaimKind parse(String s) {
        for (ClaimKind k : values()) if (k.wire().equalsIgnoreCase(s.strip().replace('-', '_'))) return k;
        throw new IllegalArgumentException("unknown claim kind '" + s + "' (known: " + known() + ")");
    }

    private static String known() {
        StringBuilder b = new StringBuilder();
        for (ClaimKind k : values()) b.append(b.isEmpty() ? "" : ", ").append(k.wire());
        return b.toString();
    }

    /** Whether claims of this kind are counts that two sides can give differently. */
    public boolean counts() {
        return this != CONTROL && this != DENIAL && this != OTHER;
    }
}
