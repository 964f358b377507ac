package io.factline.cli;

import io.factline.ingest.ArticleBudget;
import picocli.CommandLine.Option;

/** {@code --article-budget SECONDS}: how long one article may take before it is abandoned and reported. */
final class ArticleBudgetOption {
    @Option(names = "--article-budget", paramLabel = "SECONDS",
            description = "Seconds of processor time one article may take for each 10 KB of its text (and at least "
                    + "that) before it is abandoned and reported; the others go on (default: "
                    + (int) ArticleBudget.DEFAULT_SECONDS_PER_10K + ").")
    Double seconds;

    ArticleBudget budget() {
        double s = seconds == null ? ArticleBudget.DEFAULT_SECONDS_PER_10K : seconds;
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new UsageException("--article-budget must be a positive number of seconds, not " + seconds);
        }
        return new ArticleBudget(s);
    }
}
