package org.sitrep.nlp.slavic;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Quantity;
import org.sitrep.nlp.Quote;
import org.sitrep.nlp.TimeMention;

/**
 * The {@link Annotator} of Ukrainian, Russian or Polish: sentences from {@link SlavicTokenizer}, names from
 * {@link SlavicNames}, dates normalized against the reference from {@link SlavicTimes}, numbers with what they count
 * (in the English words the rest of Sitrep reads) from {@link SlavicQuantities}, quotes with their speakers from
 * {@link SlavicQuotes}. One per language, built on first use ({@link #shared}); thread-safe.
 */
public final class SlavicAnnotator implements Annotator {
    private static final Map<Lang, SlavicAnnotator> SHARED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final SlavicNames names;

    private SlavicAnnotator(Lang lang) {
        this.lang = lang;
        this.names = new SlavicNames(lang);
    }

    /** The annotator of {@code lang}, built (its dictionary loaded) on first use. */
    public static SlavicAnnotator shared(Lang lang) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(lang, SlavicAnnotator::new);
        }
    }

    /** Its language. */
    public Lang lang() {
        return lang;
    }

    @Override
    public Annotations annotate(String text, Instant reference, boolean referenceIsFetchTime) {
        Objects.requireNonNull(text, "text");
        SlavicTokenizer.Tokenized tokens = SlavicTokenizer.split(text);
        List<Mention> mentions = names.find(tokens);
        String code = lang.code();
        List<TimeMention> times = SlavicTimes.find(text, tokens.sentences(), reference, referenceIsFetchTime, code);
        List<Quantity> quantities = SlavicQuantities.find(text, tokens.sentences(), code, times);
        List<Quote> quotes = SlavicQuotes.find(text, tokens.sentences(), code);
        return new Annotations(tokens.sentences(), mentions, times, quantities, quotes, reference, referenceIsFetchTime);
    }
}
