package org.sitrep.records;

/**
 * Which records to show: of one event type or sub-event type (null: any) and, optionally, only disputed ones. Shared
 * by the CLI and the API.
 */
public record RecordFilter(EventType type, SubEventType subType, boolean disputedOnly) {
    public static final RecordFilter ALL = new RecordFilter(null, null, false);

    /**
     * A filter from a user's words: {@code type} in ACLED's words or as a code, an event type ("Battles") or a
     * sub-event type ("Air/drone strike", "ARMED_CLASH"); null or blank for any.
     *
     * @throws IllegalArgumentException naming the known types when {@code type} is neither
     */
    public static RecordFilter of(String type, boolean disputedOnly) {
        if (type == null || type.isBlank()) return new RecordFilter(null, null, disputedOnly);
        try {
            return new RecordFilter(EventType.parse(type), null, disputedOnly);
        } catch (IllegalArgumentException notAnEventType) {
            try {
                return new RecordFilter(null, SubEventType.parse(type), disputedOnly);
            } catch (IllegalArgumentException neither) {
                StringBuilder known = new StringBuilder("event types: ");
                for (EventType t : EventType.values()) known.append(t.ordinal() == 0 ? "" : ", ").append(t.label());
                known.append("; sub-event types: ");
                for (SubEventType t : SubEventType.values()) known.append(t.ordinal() == 0 ? "" : ", ").append(t.label());
                throw new IllegalArgumentException("unknown type '" + type.strip() + "' (" + known + ")");
            }
        }
    }

    public boolean test(EventRecord r) {
        if (type != null && r.eventType() != type) return false;
        if (subType != null && r.subEventType() != subType) return false;
        return !disputedOnly || r.disputed();
    }
}
