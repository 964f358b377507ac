package io.factline.cli;

import io.factline.nlp.NlpMode;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --nlp MODE}: how English text is analysed. */
final class NlpModeOption {
    @Option(names = "--nlp", defaultValue = "fast", paramLabel = "MODE",
            description = "English analysis: fast (default: CoreNLP tags and names, factline reads numbers and dates) "
                    + "or full (CoreNLP's numeric classifiers and SUTime too: the earlier, slower path, for comparisons).")
    String mode;

    NlpMode mode() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "fast" -> NlpMode.FAST;
            case "full" -> NlpMode.FULL;
            default -> throw new UsageException("--nlp must be fast or full, not '" + mode + "'");
        };
    }
}
