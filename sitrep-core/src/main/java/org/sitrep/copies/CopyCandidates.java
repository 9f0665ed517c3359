package org.sitrep.copies;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Where copy detection finds the earlier articles worth judging against a new one: queries over a search index that
 * holds each article's {@link CandidateKeys}, sketch and lead embedding. Every method returns only articles stored
 * before the asking one ({@code seq} below its own), so each pair is compared once, from its later article. Must be
 * safe to call from several threads at once: {@link CopyDetection} asks on all cores.
 */
public interface CopyCandidates {
    /** One article asking for near-duplicate candidates: its sketch, its keys and its place in arrival order. */
    record Ask(CopySketch sketch, CandidateKeys keys, long seq) {
    }

    /**
     * For each asker, in order, the ids of earlier articles that share its headline key or half its headline word
     * pairs or two of its lead keys (at most {@code titles} by headline and as many by lead), its exact text (at most
     * {@code exact}), or an LSH band with an estimated Jaccard of at least {@code minJaccard} (the best {@code k}),
     * in that order, without repeats.
     */
    List<List<String>> nearDuplicates(List<Ask> asks, int k, int exact, int titles, double minJaccard) throws IOException;

    /** Up to {@code k} ids of articles stored before {@code seq} sharing the most of these terms, best first. */
    List<String> sharing(Collection<String> terms, long seq, int k) throws IOException;

    /**
     * Up to {@code k} ids of articles stored before {@code seq}, in a language other than {@code language}, that share
     * at least {@code min} of these translation keys ({@link CandidateKeys#translationKeys()}), those sharing the most
     * first: where an article's translations are found.
     */
    List<String> translations(Collection<String> keys, String language, long seq, int k, int min) throws IOException;

    /** Ids of the {@code k} articles stored before {@code seq} whose lead vectors are nearest, with cosine >= {@code min}. */
    List<String> nearest(float[] vector, long seq, int k, double min) throws IOException;
}
