package io.factline.cli;

import io.factline.nlp.NlpPipeline;
import io.factline.registry.Registries;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** How evaluation and training run the NLP stage over their documents: workers, and an optional cache. */
final class AnalysisOptions {
    @Option(names = "--nlp-cache", paramLabel = "DIR",
            description = "Keep the NLP analyses here and reuse them on the next run (keyed by text and NLP code).")
    Path nlpCache;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "NLP workers (default: 2).")
    int threads;

    @picocli.CommandLine.Mixin
    NlpModeOption nlp;

    /** The NLP stage these options ask for. */
    NlpPipeline pipeline(Registries registries) {
        return new NlpPipeline(registries.chineseUserWords(), nlp.mode());
    }
}
