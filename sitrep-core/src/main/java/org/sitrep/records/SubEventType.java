package org.sitrep.records;

/**
 * ACLED's 25 sub-event types, each with ACLED's wording ({@link #label()}), its event type and the code the CASE 2021
 * shared task gives it ({@link #code()}, the labels of our training data).
 */
public enum SubEventType {
    ARMED_CLASH("Armed clash", EventType.BATTLES, "ARMED_CLASH"),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES, "GOV_REGAINS_TERIT"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES, "NON_STATE_ACTOR_OVERTAKES_TER"),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "CHEM_WEAP"),
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "AIR_STRIKE"),
    SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "SUIC_BOMB"),
    SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "ART_MISS_ATTACK"),
    REMOTE_EXPLOSIVE_LANDMINE_IED("Remote explosive/landmine/IED", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "REM_EXPLOS"),
    GRENADE("Grenade", EventType.EXPLOSIONS_REMOTE_VIOLENCE, "GRENADE"),
    SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS, "SEX_VIOL"),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS, "ATTACK"),
    ABDUCTION_FORCED_DISAPPEARANCE("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS, "ABDUCT_DISSAP"),
    PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS, "PEACE_PROTEST"),
    PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS, "PROTEST_WITH_INTER"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", EventType.PROTESTS, "FORCE_AGAINST_PROTEST"),
    VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS, "VIOL_DEMONSTR"),
    MOB_VIOLENCE("Mob violence", EventType.RIOTS, "MOB_VIOL"),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS, "AGREEMENT"),
    ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS, "ARREST"),
    CHANGE_TO_GROUP_ACTIVITY("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS, "CHANGE_TO_GROUP_ACT"),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS, "DISR_WEAP"),
    HEADQUARTERS_OR_BASE_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS, "HQ_ESTABLISHED"),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS, "PROPERTY_DISTRUCT"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS, "NON_VIOL_TERRIT_TRANSFER"),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS, "OTHER");

    private final String label;
    private final EventType type;
    private final String code;

    SubEventType(String label, EventType type, String code) {
        this.label = label;
        this.type = type;
        this.code = code;
    }

    /** ACLED's words: "Shelling/artillery/missile attack". */
    public String label() {
        return label;
    }

    public EventType type() {
        return type;
    }

    /** The CASE 2021 code: "ART_MISS_ATTACK". */
    public String code() {
        return code;
    }

    /** The sub-event type for a CASE code; null for a code that names none of ACLED's (NATURAL_DISASTER, NONE …). */
    public static SubEventType ofCode(String code) {
        for (SubEventType s : values()) if (s.code.equals(code.strip())) return s;
        return null;
    }

    /** The sub-event type for ACLED's words, a CASE code or a constant name, in any case; throws naming the known ones. */
    public static SubEventType parse(String s) {
        String t = s.strip();
        for (SubEventType e : values()) {
            if (e.label.equalsIgnoreCase(t) || e.code.equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t.replace(' ', '_'))) return e;
        }
        StringBuilder known = new StringBuilder();
        for (SubEventType e : values()) known.append(known.isEmpty() ? "" : ", ").append(e.label);
        throw new IllegalArgumentException("unknown sub-event type '" + s + "' (known: " + known + ")");
    }
}
