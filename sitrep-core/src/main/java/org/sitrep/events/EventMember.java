package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One member of an event as the clusterer keeps it while the event may still be split: the article's own vectors
 * (as weighted when it joined), its day and the specific places it names, and the copies that came with it.
 *
 * @param embedding null unless the embedding channel has a weight
 * @param copies    the articles placed in the event as copies of this one (they move with it)
 */
public record EventMember(String articleId, String title, LocalDate date, Map<String, Float> terms,
                          Map<String, Float> names, float[] embedding, double termsInformation, double namesInformation,
                          Map<String, Integer> places, List<String> copies, String language) {
    public EventMember {
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        places = places == null ? Map.of() : Map.copyOf(places);
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    /** A member whose language is not known. */
    public EventMember(String articleId, String title, LocalDate date, Map<String, Float> terms, Map<String, Float> names,
                       float[] embedding, double termsInformation, double namesInformation, Map<String, Integer> places,
                       List<String> copies) {
        this(articleId, title, date, terms, names, embedding, termsInformation, namesInformation, places, copies, null);
    }

    /** This member with {@code copies} as its copies. */
    EventMember withCopies(List<String> copies) {
        return new EventMember(articleId, title, date, terms, names, embedding, termsInformation, namesInformation, places,
                copies, language);
    }
}
