package io.factline.spark;

import io.factline.facts.FactScorer;
import io.factline.ingest.ArticleBudget;
import io.factline.nlp.Language;
import io.factline.nlp.NlpMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code spark-submit --class io.factline.spark.SparkJob factline-spark.jar --input WARC... --output OUT}: the
 * pipeline over WARC archives on a Spark cluster (see the README). Options are checked before Spark starts; a user
 * error gets one line and exit status 2, a missing input exit status 1.
 */
@Command(name = "factline-spark", mixinStandardHelpOptions = true, version = "factline-spark 0.1.0",
        sortOptions = false, usageHelpWidth = 100,
        description = {"Read WARC files (any Hadoop file system: file, hdfs, s3a), extract articles and facts with the "
                + "same classes as factline ingest, resolve near-duplicates across the whole input, and write:",
                "  OUT/articles     Parquet, partitioned by published_month",
                "  OUT/facts        Parquet, partitioned by as_of_year and metric",
                "  OUT/duplicates   Parquet: each near-copy and the article it copies (indexed once)",
                "  OUT/errors       Parquet: records and pages that failed, with their WARC file and offset",
                "  OUT/index        a factline data directory: factline serve --data OUT/index",
                "  OUT/summary.json what was read, kept and extracted, and how fast"})
public final class SparkJob {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "WARC files (.warc, .warc.gz), directories of them or globs; repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "Output directory (replaced).")
    String output;

    @Option(names = "--lang", defaultValue = "zh,en", split = ",", paramLabel = "LANG",
            description = "Languages to analyse, comma-separated: zh, en (default: both). Articles in the other are "
                    + "counted and left out; a zh-only job never loads CoreNLP.")
    List<String> langs;

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Leave out facts of lower confidence, 0 to 1 (default: the fact scorer's).")
    Double minConfidence;

    @Option(names = "--nlp", defaultValue = "fast", paramLabel = "MODE",
            description = "English analysis: fast (default) or full, as factline ingest --nlp.")
    String nlp;

    @Option(names = "--jsonl", description = "Also write OUT/articles-jsonl and OUT/facts-jsonl: one JSON object per "
            + "line, the facts exactly as factline facts --format jsonl prints them.")
    boolean jsonl;

    @Option(names = "--article-budget", paramLabel = "SECONDS",
            description = "Seconds of processor time one article may take for each 10 KB of its text (and at least "
                    + "that) before it is abandoned and written to OUT/errors; the others go on (default: "
                    + (int) ArticleBudget.DEFAULT_SECONDS_PER_10K + ", as factline ingest).")
    Double articleBudget;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the articles are analysed and indexed in, one index shard each (default: "
                    + "4 × the cluster's default parallelism).")
    Integer partitions;

    private SparkJob() {
    }

    /**
     * Exit status: 0 done, 1 the input is missing or unreadable, 2 a usage error. Success returns normally: on YARN a
     * driver that calls {@code System.exit} is reported failed.
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, null);
        if (status != 0) System.exit(status);
    }

    /**
     * Runs the job on {@code spark}, or, when null, on the session spark-submit configured (stopped at the end).
     *
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, SparkSession spark) {
        SparkJob options = new SparkJob();
        CommandLine cli = new CommandLine(options);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        JobSettings settings;
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.executeHelpRequest(parsed) != null) return 0;
            settings = options.settings();
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            err.println("factline-spark: " + e.getMessage());
            err.println("Try 'factline-spark --help' for more information.");
            return 2;
        }
        SparkSession session = spark != null ? spark : SparkSession.builder().appName("factline").getOrCreate();
        try {
            JobSummary summary = new WarcJob(session, settings).run();
            out.println(summary.text());
            return 0;
        } catch (JobInputException e) {
            err.println("factline-spark: " + e.getMessage());
            return 1;
        } finally {
            if (spark == null) session.stop();
        }
    }

    private JobSettings settings() {
        Set<String> languages = new LinkedHashSet<>();
        for (String l : langs) {
            String lang = l.strip().toLowerCase(Locale.ROOT);
            if (!lang.equals(Language.ZH) && !lang.equals(Language.EN)) {
                throw new IllegalArgumentException("--lang takes zh and en, not '" + l + "'");
            }
            languages.add(lang);
        }
        double confidence;
        if (minConfidence == null) confidence = FactScorer.load().defaultMinConfidence();
        else if (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("--min-confidence must be between 0 and 1, not " + minConfidence);
        } else confidence = minConfidence;
        NlpMode mode = switch (nlp.toLowerCase(Locale.ROOT)) {
            case "fast" -> NlpMode.FAST;
            case "full" -> NlpMode.FULL;
            default -> throw new IllegalArgumentException("--nlp must be fast or full, not '" + nlp + "'");
        };
        if (partitions != null && partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, not " + partitions);
        }
        double budget = articleBudget == null ? ArticleBudget.DEFAULT_SECONDS_PER_10K : articleBudget;
        if (!(budget > 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("--article-budget must be a positive number of seconds, not "
                    + articleBudget);
        }
        return new JobSettings(List.copyOf(inputs), output, languages, confidence, mode, jsonl,
                partitions == null ? 0 : partitions, budget);
    }
}
