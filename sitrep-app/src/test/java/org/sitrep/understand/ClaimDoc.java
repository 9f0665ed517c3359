package org.sitrep.understand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.claims.Claim;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.TimeMention;
import org.sitrep.nlp.TimePrecision;
import org.sitrep.store.EntityReads.StoredAnnotations;
import org.sitrep.store.EntityReads.StoredMention;
import org.sitrep.store.EntityReads.StoredQuote;

/**
 * Hand-made annotations of a short text written for a test, as the annotation pass would store them: one sentence per
 * ". "-ended piece; places, people and organisations found by their text.
 */
final class ClaimDoc {
    static final ClaimFinder FINDER = new ClaimFinder(SideLexicon.standard());
    static final Instant PUBLISHED = Instant.parse("2024-11-14T10:00:00Z");

    final String text;
    final List<int[]> sentences = new ArrayList<>();
    final List<StoredMention> mentions = new ArrayList<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<StoredQuote> quotes = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    boolean fetchTime;

    ClaimDoc(String text) {
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((text.charAt(i) == '.' || text.charAt(i) == '"') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && (text.charAt(i) == '.' || i > 0 && text.charAt(i - 1) == '.')) {
                sentences.add(new int[] {start, i + 1});
                start = i + 2;
            }
        }
        if (start < text.length()) sentences.add(new int[] {start, text.length()});
    }

    private int sentenceOf(int offset) {
        for (int i = 0; i < sentences.size(); i++) if (offset >= sentences.get(i)[0] && offset < sentences.get(i)[1]) return i;
        throw new IllegalArgumentException("offset " + offset + " in no sentence");
    }

    ClaimDoc place(String name, long entity, Long geonameId, double lat, double lon, String featureCode) {
        int from = 0, at;
        while ((at = text.indexOf(name, from)) >= 0) {
            mentions.add(new StoredMention(at, at + name.length(), name, "CITY", "PLACE", sentenceOf(at), entity, "resolved", null,
                    geonameId, lat, lon, featureCode));
            from = at + name.length();
        }
        return this;
    }

    ClaimDoc named(String name, String kind, long entity) {
        int from = 0, at;
        while ((at = text.indexOf(name, from)) >= 0) {
            mentions.add(new StoredMention(at, at + name.length(), name, kind, kind, sentenceOf(at), entity, null, null, null, null, null, null));
            from = at + name.length();
        }
        return this;
    }

    ClaimDoc number(String written, double value, String counted) {
        int at = text.indexOf(written);
        quantities.add(new Quantity(value, written, counted, at, at + written.length(), sentenceOf(at)));
        return this;
    }

    ClaimDoc quote(String words, String speaker) {
        int at = text.indexOf(words);
        quotes.add(new StoredQuote(new Quote(words, speaker, at, at + words.length(), sentenceOf(at)), null));
        return this;
    }

    ClaimDoc date(String written, String value) {
        int at = text.indexOf(written);
        Instant b = Instant.parse(value + "T00:00:00Z");
        times.add(new TimeMention(written, at, at + written.length(), value, TimePrecision.DAY, b, b.plusSeconds(86_400), true, fetchTime,
                false, sentenceOf(at)));
        return this;
    }

    List<Claim> claims() {
        return FINDER.find("art", text, annotations(), id -> null);
    }

    /** The claims as the finder reads them in a language, with a headline (null: none). */
    List<Claim> claims(String lang, String title) {
        return claims("art", lang, title);
    }

    /** The claims of this text as article {@code id}. */
    List<Claim> claims(String id, String lang, String title) {
        return FINDER.find(id, lang, title, text, annotations(), e -> null);
    }

    StoredAnnotations annotations() {
        return new StoredAnnotations("art", "annotated", null, PUBLISHED, fetchTime, 100, null, sentences, mentions, times, quantities, quotes);
    }
}
