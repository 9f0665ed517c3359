package org.sitrep.records;

import java.util.Locale;

/** ACLED's six event types, in its wording ({@link #label()}). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** ACLED's words: "Explosions/Remote violence". */
    public String label() {
        return label;
    }

    /** The type for ACLED's words or a constant name, in any case; throws naming the known ones. */
    public static EventType parse(String s) {
        String t = s.strip();
        for (EventType e : values()) if (e.label.equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t.replace(' ', '_'))) return e;
        StringBuilder known = new StringBuilder();
        for (EventType e : values()) known.append(known.isEmpty() ? "" : ", ").append(e.label);
        throw new IllegalArgumentException("unknown event type '" + s + "' (known: " + known + ")");
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
