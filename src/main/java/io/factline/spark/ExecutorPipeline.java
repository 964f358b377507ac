package io.factline.spark;

import io.factline.ingest.ArticleBudget;
import io.factline.ingest.Pipeline;
import io.factline.nlp.NlpMode;
import io.factline.registry.Registries;

/**
 * The one NLP pipeline of an executor JVM: loaded by the first task that needs it and reused by every later task
 * on the same executor (CoreNLP's and HanLP's models take seconds and gigabytes to load).
 */
final class ExecutorPipeline {
    private static Pipeline pipeline;
    private static ArticleBudget budget;
    private static double budgetSeconds;
    private static String settings;

    private ExecutorPipeline() {
    }

    /** The pipeline with these settings; one made with other settings is replaced (tests run several jobs). */
    static synchronized Pipeline get(double minConfidence, NlpMode mode) {
        String wanted = minConfidence + "/" + mode;
        if (pipeline == null || !wanted.equals(settings)) {
            pipeline = new Pipeline(Registries.load(), minConfidence, mode);
            settings = wanted;
        }
        return pipeline;
    }

    /** The time budget of one article: {@code secondsPer10k} of processor time per 10,000 characters. */
    static synchronized ArticleBudget budget(double secondsPer10k) {
        if (budget == null || budgetSeconds != secondsPer10k) {
            budget = new ArticleBudget(secondsPer10k);
            budgetSeconds = secondsPer10k;
        }
        return budget;
    }
}
