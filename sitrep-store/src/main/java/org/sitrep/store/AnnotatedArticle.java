package org.sitrep.store;

import java.util.List;
import org.sitrep.nlp.Annotations;

/**
 * What the annotation pass stores for one article, every decision taken: its status, the annotator's output, each
 * name with the entity it was linked to, and the entity of each quote's speaker (aligned with
 * {@code annotations.quotes()}; null where none).
 *
 * @param status "annotated", or "skipped" with {@code reason} (then {@code annotations} is null)
 */
public record AnnotatedArticle(String articleId, long seq, String status, String reason, Annotations annotations,
                               String placesNote, List<LinkedMention> mentions, List<Long> quoteSpeakers) {
    public AnnotatedArticle {
        mentions = List.copyOf(mentions);
        quoteSpeakers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(quoteSpeakers));
    }

    /**
     * One classified name with its entity (null for none) and the spelling it adds to that entity.
     *
     * @param kind            PERSON, ORGANIZATION or PLACE
     * @param placeConfidence the resolver's confidence in a resolved place, in [0, 1]; null otherwise
     * @param placeEvidence   the kinds of evidence that chose it, comma separated; null otherwise
     */
    public record LinkedMention(int start, int end, String text, String nerType, String kind, int sentence, Long entityId,
                                String placeStatus, String placeDetail, String spelling, String spellingKey,
                                Double placeConfidence, String placeEvidence) {
        /** A mention without a resolver's confidence. */
        public LinkedMention(int start, int end, String text, String nerType, String kind, int sentence, Long entityId,
                             String placeStatus, String placeDetail, String spelling, String spellingKey) {
            this(start, end, text, nerType, kind, sentence, entityId, placeStatus, placeDetail, spelling, spellingKey, null, null);
        }
    }
}
