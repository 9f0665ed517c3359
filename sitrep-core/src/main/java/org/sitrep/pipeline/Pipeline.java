package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/**
 * Runs an {@link Extractor} and then stages in order. It does no processing itself; {@link Builder#build()} checks that every stage's needs are
 * provided by the reader or an earlier stage, so a mis-assembled chain fails at start-up, not mid-run.
 * Thread-safe when its stages are.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final List<Stage> stages;
    private final StageContext context;

    private Pipeline(Extractor extractor, List<Stage> stages, StageContext context) {
        this.extractor = extractor;
        this.stages = List.copyOf(stages);
        this.context = context;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Article process(RawDocument raw) {
        Article a = extractor.extract(raw, context);
        for (Stage s : stages) {
            a = s.apply(a, context);
        }
        return a;
    }

    /** Assembles a pipeline and checks its contract. */
    public static final class Builder {
        private Extractor extractor;
        private final List<Stage> stages = new ArrayList<>();
        private StageContext context = StageContext.DEFAULT;
        private final Set<Facet> required = EnumSet.noneOf(Facet.class);

        /** The step that makes the source text from the raw body; required. */
        public Builder extractor(Extractor e) {
            this.extractor = Objects.requireNonNull(e, "extractor");
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        public Builder context(StageContext c) {
            this.context = Objects.requireNonNull(c, "context");
            return this;
        }

        /** Facets the finished pipeline must provide; checked by {@link #build()}. */
        public Builder require(Facet... facets) {
            required.addAll(List.of(facets));
            return this;
        }

        public Pipeline build() {
            if (extractor == null) throw new IllegalStateException("a pipeline needs an extractor as its first step");
            Set<Facet> have = EnumSet.of(Facet.RAW);
            have.addAll(extractor.provides());
            for (Stage s : stages) {
                Set<Facet> missing = EnumSet.noneOf(Facet.class);
                for (Facet f : s.requires()) if (!have.contains(f)) missing.add(f);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + s.name() + "' needs " + missing + " but the stages before it provide only " + have);
                }
                have.addAll(s.provides());
            }
            Set<Facet> missing = EnumSet.noneOf(Facet.class);
            for (Facet f : required) if (!have.contains(f)) missing.add(f);
            if (!missing.isEmpty()) throw new IllegalStateException("pipeline does not provide " + missing);
            return new Pipeline(extractor, stages, context);
        }
    }
}
