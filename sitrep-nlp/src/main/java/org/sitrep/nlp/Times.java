package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes {@link TimeMention}s of SUTime's DATE and TIME mentions: normalized value and range, relative or not, the
 * article's own date or a reported one. Stateless and thread-safe.
 */
final class Times {
    private Times() {
    }

    /** A sentence told in the past tense with no modal ("will", "could"): what it dates has happened. */
    private static boolean pastTense(Doc doc, int sentence) {
        boolean past = false;
        for (int i = doc.sentenceFirst(sentence); i < doc.sentenceEnd(sentence); i++) {
            String tag = doc.tokens().get(i).tag();
            if (tag.equals("MD")) return false;
            if (tag.equals("VBD")) past = true;
        }
        return past;
    }

    static List<TimeMention> find(Doc doc, LocalDate reference, boolean referenceIsFetchTime) {
        List<TimeMention> out = new ArrayList<>();
        String text = doc.text();
        for (Span s : doc.spans()) {
            if (!s.type().equals("DATE") && !s.type().equals("TIME")) continue;
            String words = text.substring(s.start(), s.end());
            if (s.timex() == null || Timexes.anchoredElsewhere(words)) continue;
            boolean relative = !Timexes.hasExplicitYear(words);
            String value = relative ? Timexes.nearestYear(s.timex(), words, reference) : s.timex();
            if (relative && pastTense(doc, s.sentence())) value = Timexes.notInFuture(value, words, reference);
            int end = s.end();
            boolean own = OwnDates.isOwn(text, s.start(), s.end());
            if (own && value.length() == 10) {
                int[] clock = OwnDates.clockAfter(text, s.end());
                if (clock != null) {
                    value = value + String.format("T%02d:%02d", clock[0], clock[1]);
                    end = clock[2];
                }
            }
            Timexes.Range r = Timexes.range(value);
            if (r == null) continue;
            out.add(new TimeMention(text.substring(s.start(), end), s.start(), end, r.value(), r.precision(), r.begin(), r.until(),
                    relative, relative && referenceIsFetchTime, own, s.sentence()));
        }
        return out;
    }
}
