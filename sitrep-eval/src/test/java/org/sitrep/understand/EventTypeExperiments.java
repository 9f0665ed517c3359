package org.sitrep.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.sitrep.embed.SentenceEmbedder;
import org.sitrep.records.SubEventType;

/**
 * Development aid for the event-type classifier (not a benchmark): scores variants on the CASE snippets, on the half
 * with odd ids (where variants are chosen) and the half with even ids apart. Run with {@code ./run-tests --main
 * org.sitrep.understand.EventTypeExperiments} (the feature and regularization grid) or with the argument {@code
 * threshold} (the shipped model with a floor on its confidence).
 */
public final class EventTypeExperiments {
    public static void main(String[] args) throws Exception {
        List<EventTypeEvalIT.Snippet> snippets = EventTypeEvalIT.snippets();
        if (args.length > 0 && args[0].equals("threshold")) {
            EventTypeClassifier shipped = EventTypeClassifier.standard();
            List<org.sitrep.records.TypeCall> calls = new ArrayList<>();
            for (var s : snippets) calls.add(shipped.classify(s.text()));
            for (double t : new double[] {0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4}) {
                List<SubEventType> p = new ArrayList<>();
                for (var c : calls) p.add(c.confidence() < t ? null : c.subType());
                report(String.format(Locale.ROOT, "shipped, none under %.2f", t), snippets, p);
            }
            return;
        }
        List<EventTypeClassifier.Example> ours = EventTypeClassifier.shippedExamples();
        SentenceEmbedder emb = SentenceEmbedder.standard();
        List<float[]> train = new ArrayList<>();
        for (var e : ours) train.add(emb.embed(e.text()));
        List<float[]> test = new ArrayList<>();
        for (var s : snippets) test.add(emb.embed(s.text()));
        for (boolean words : new boolean[] {false, true}) {
            for (double l2 : new double[] {0.1, 1, 3}) {
                for (double scale : new double[] {1, 5}) {
                    MaxentModel m = train(ours, train, words, l2, scale);
                    List<SubEventType> p = new ArrayList<>();
                    for (int i = 0; i < snippets.size(); i++) {
                        Event e = event("?", snippets.get(i).text(), test.get(i), words, scale);
                        double[] probs = m.eval(e.getContext(), e.getValues());
                        p.add(SubEventType.ofCode(m.getBestOutcome(probs)));
                    }
                    report(String.format(Locale.ROOT, "QN emb%s l2=%.1f scale=%.0f", words ? "+words" : "", l2, scale), snippets, p);
                }
            }
        }
    }

    static MaxentModel train(List<EventTypeClassifier.Example> ours, List<float[]> vecs, boolean words, double l2, double scale) throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) events.add(event(ours.get(i).label(), ours.get(i).text(), vecs.get(i), words, scale));
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        p.put("L2Cost", l2);
        p.put("L1Cost", 0.0);
        p.put(TrainingParameters.THREADS_PARAM, 2);
        EventTrainer t = TrainerFactory.getEventTrainer(p, null);
        return t.train(ObjectStreamUtils.createObjectStream(events));
    }

    static Event event(String label, String text, float[] v, boolean words, double scale) {
        List<String> ctx = new ArrayList<>();
        List<Float> val = new ArrayList<>();
        for (int d = 0; d < v.length; d++) {
            ctx.add("e" + d);
            val.add((float) (v[d] * scale));
        }
        if (words) {
            for (String w : new java.util.LinkedHashSet<>(List.of(EventTypeClassifier.tokens(text)))) {
                ctx.add("w=" + w);
                val.add(1f);
            }
        }
        float[] fv = new float[val.size()];
        for (int i = 0; i < fv.length; i++) fv[i] = val.get(i);
        return new Event(label, ctx.toArray(String[]::new), fv);
    }

    static void report(String name, List<EventTypeEvalIT.Snippet> snippets, List<SubEventType> p) {
        List<EventTypeEvalIT.Snippet> odd = new ArrayList<>(), even = new ArrayList<>();
        List<SubEventType> po = new ArrayList<>(), pe = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            boolean isOdd = Integer.parseInt(snippets.get(i).id()) % 2 == 1;
            (isOdd ? odd : even).add(snippets.get(i));
            (isOdd ? po : pe).add(p.get(i));
        }
        var a = EventTypeEvalIT.score(snippets, p);
        System.out.printf(Locale.ROOT, "%-36s odd wF1 %.3f | even wF1 %.3f | all wF1 %.3f accAll %.3f%n", name,
                EventTypeEvalIT.score(odd, po).weightedF1(), EventTypeEvalIT.score(even, pe).weightedF1(), a.weightedF1(), a.accuracyAll());
    }
}
