package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An event as the clusterer keeps it, for a store to persist and give back: sums of its members' vectors (each
 * channel cut to the largest weights), how many members fed each channel, its dates and its story.
 *
 * @param created     creation order, from 1
 * @param titleScore  the similarity with which the article that gives the title joined (0 for a founder)
 * @param storyNames  what this event added to its story's names (to take back when it changes)
 * @param places      per specific place: how many members name it, and how prominently in all
 * @param lastJoin    the placement number of the last article that joined (recency for the window)
 * @param namesInformation the sum of its name members' information (0: not known, from an older store)
 * @param serial      founded by a serial page (a numbered live page, a daily digest): nothing joins it but copies
 * @param members     its members' own vectors, oldest first, while it is small enough to be split; null when not kept
 * @param languages   how many of its members (articles whose words it sums) are in each known language (empty: none
 *                    known, or an older store)
 */
public record EventState(String id, long created, String storyId, String title, String titleArticle, double titleScore,
                         LocalDate first, LocalDate last, int articles, Map<String, Float> terms, int termMembers,
                         Map<String, Float> names, int nameMembers, float[] embedding, int embeddedMembers,
                         Map<String, Float> storyNames, Map<String, int[]> places, long lastJoin,
                         double namesInformation, boolean serial, List<EventMember> members, Map<String, Integer> languages) {
    public EventState {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    /** An event whose articles' languages are not known (an older store). */
    public EventState(String id, long created, String storyId, String title, String titleArticle, double titleScore,
                      LocalDate first, LocalDate last, int articles, Map<String, Float> terms, int termMembers,
                      Map<String, Float> names, int nameMembers, float[] embedding, int embeddedMembers,
                      Map<String, Float> storyNames, Map<String, int[]> places, long lastJoin,
                      double namesInformation, boolean serial, List<EventMember> members) {
        this(id, created, storyId, title, titleArticle, titleScore, first, last, articles, terms, termMembers, names, nameMembers,
                embedding, embeddedMembers, storyNames, places, lastJoin, namesInformation, serial, members, Map.of());
    }
}
