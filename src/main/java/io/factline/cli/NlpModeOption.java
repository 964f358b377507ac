package io.factline.cli;

import io.factline.nlp.NlpMode;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --nlp MODE}: how English text is analysed. */
final class NlpModeOption {
    @Option(names = "--nlp", defaultValue = "fast", paramLabel = "MODE",
            description = "English analysis: fast (default: CoreNLP tags and names the sentences that can hold a "
                    + "figure and the one before each, factline reads numbers and dates) or full (CoreNLP over every "
                    + "sentence, with its numeric classifiers and SUTime: the earlier, slower path, for comparisons).")
    String mode;

    NlpMode mode() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "fast" -> NlpMode.FAST;
            case "full" -> NlpMode.FULL;
            default -> throw new UsageException("--nlp must be fast or full, not '" + mode + "'");
        };
    }
}
