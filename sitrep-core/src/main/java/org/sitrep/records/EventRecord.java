package org.sitrep.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.claims.Side;

/**
 * One record of an event in the manner of ACLED: one kind of event, on one day (or span), at one place. An event
 * whose articles report violence at places far apart yields a record for each place; the first record
 * ({@code index} 0) is the event's own.
 *
 * @param eventId            the event it was made from
 * @param index              0 for the event's main record; 1, 2 … for the other places its articles report
 * @param eventType          ACLED's event type; null when the articles report none of ACLED's events
 * @param subEventType       ACLED's sub-event type; null likewise
 * @param typeConfidence     how sure the type is, 0 to 1 (the members' agreement times the classifier's confidence)
 * @param typeEvidence       what the type was decided from ("2 of 3 sources: Armed clash (0.81, 0.66); 1: none")
 * @param eventDate          the day it happened (the first, for a span); null when nothing dates it
 * @param timePrecision      ACLED's time precision: 1 the day is known, 2 the week, 3 the month; null when undated
 * @param timeBasis          why that date and precision
 * @param location           where; null when no place could be found or resolved
 * @param geoPrecision       ACLED's geo precision: 1 the town itself, 2 near it or part of a region, 3 only the region;
 *                           null when there is no location
 * @param geoBasis           why that place and precision, or why there is none
 * @param actor1             the side that acted (the attacker, the protesters); null when the reports do not say
 * @param actor2             the side acted upon or fought; null likewise
 * @param fatalities         people killed, as reported
 * @param independentSources the independent sources of its articles (copies count as their original)
 * @param articleIds         the articles it rests on
 * @param disputed           whether the claims comparison found a dispute at this place
 * @param disputes           the questions disputed ("who holds Kupiansk")
 */
public record EventRecord(String eventId, int index, EventType eventType, SubEventType subEventType, double typeConfidence,
                          String typeEvidence, LocalDate eventDate, Integer timePrecision, String timeBasis, Location location,
                          Integer geoPrecision, String geoBasis, Actor actor1, Actor actor2, Fatalities fatalities,
                          int independentSources, List<String> articleIds, boolean disputed, List<String> disputes) {
    public EventRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(fatalities, "fatalities");
        articleIds = List.copyOf(articleIds);
        disputes = List.copyOf(disputes);
    }

    /**
     * @param geonameId null for a place the gazetteer does not know
     * @param admin1    the first-order region (oblast, province); null when unknown
     * @param admin2    the second-order region (raion, district); null when unknown (the default gazetteer has none)
     * @param country   ISO 3166 alpha-2; null when unknown
     */
    public record Location(Long geonameId, String name, String admin1, String admin2, String country, Double latitude, Double longitude) {
        public Location {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * @param name      in ACLED's manner: "Military Forces of Russia (2000-)", "Civilians (Ukraine)"
     * @param side      the side it belongs to
     * @param basis     what it was read from
     */
    public record Actor(String name, Side side, String basis) {
        public Actor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(side, "side");
        }
    }

    /**
     * People killed: low and high the range reported, best the most conservative credible figure (as ACLED codes
     * it) of the latest day's reports (a toll grows as the dead are counted, and is corrected); all three 0 when no article reports a count of people killed here; low and best 0 when only a side's count
     * of its enemy's dead is reported.
     *
     * @param figures each source's figure
     * @param basis   how best was chosen, or why there are none
     */
    public record Fatalities(int low, int best, int high, List<Figure> figures, String basis) {
        public Fatalities {
            figures = List.copyOf(figures);
            if (low > best || best > high) throw new IllegalArgumentException("fatalities out of order: " + low + "/" + best + "/" + high);
        }

        public static Fatalities none(String basis) {
            return new Fatalities(0, 0, 0, List.of(), basis);
        }
    }

    /**
     * One source's figure of people killed.
     *
     * @param credible   false when the speaker counts the enemy's dead or hedges it (kept in the range; best only when
     *                   nothing better is reported)
     * @param enemyCount whether an official of one side counts the other side's dead (never the best figure)
     * @param day        the day the figure is for (the claim's day, else its report's); null when unknown
     */
    public record Figure(String articleId, String speaker, Side side, int killed, String counted, String text, boolean credible,
                         boolean enemyCount, LocalDate day) {
    }
}
