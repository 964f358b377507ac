package io.factline.spark;

import io.factline.ingest.ArticleBudget;
import io.factline.ingest.ExtractedArticle;
import io.factline.ingest.Ingester;
import io.factline.ingest.Pipeline;
import io.factline.model.Article;
import io.factline.model.Json;
import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpPipeline;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * One run of the job: WARC files → pages (content extraction, per file) → one article per URL → near-duplicates
 * resolved → NLP and facts (per partition, on the executor's one pipeline) → Parquet datasets and the merged index.
 * Everything a later stage reads twice is persisted, so the NLP runs once per article.
 */
final class WarcJob {
    private final SparkSession spark;
    private final JobSettings settings;

    WarcJob(SparkSession spark, JobSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    JobSummary run() {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        checkInputs(hadoop);
        LongAccumulator files = sc.sc().longAccumulator("WARC files"),
                responses = sc.sc().longAccumulator("response records");

        JavaRDD<Captured> captured = capture(sc, files, responses);
        JavaRDD<Captured> pages = captured.filter(c -> !c.failed());
        // A URL captured twice is one article: the last capture in input order, as ingest replaces it by id.
        JavaPairRDD<String, Captured> byUrl = pages.mapToPair(c -> new Tuple2<>(c.article().id(), c))
                .reduceByKey((a, b) -> Captured.INPUT_ORDER.compare(a, b) >= 0 ? a : b)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, NearDuplicates.Copy> copies = NearDuplicates.copies(byUrl.values())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Set<String> langs = settings.langs();
        JavaPairRDD<String, Captured> wanted = byUrl.subtractByKey(copies)
                .filter(t -> langs.contains(NlpPipeline.languageOf(t._2().article())));
        JavaRDD<Extracted> extracted = analyse(wanted, copies, sc.defaultParallelism());

        index(extracted, hadoop);
        JavaRDD<Extracted> done = extracted.filter(x -> !x.failed());
        JavaRDD<Row> errors = captured.filter(Captured::failed)
                .map(c -> Tables.error(c, null, c.stage(), c.error()))
                .union(extracted.filter(Extracted::failed)
                        .map(x -> Tables.error(x.source(), x.article().url(), "extract", x.error())));
        writeDatasets(done, copies, errors);

        long pageCount = pages.count(), unique = byUrl.count(), copyCount = copies.count();
        JobSummary summary = new JobSummary(files.value(), responses.value(), pageCount, pageCount - unique, copyCount,
                unique - copyCount - wanted.count(), done.count(),
                done.map(x -> (long) x.facts().size()).fold(0L, Long::sum), errors.count(),
                (System.nanoTime() - t0) / 1e9);
        writeSummary(summary, settings.output() + "/summary.json", hadoop);
        for (JavaRDD<?> r : List.<JavaRDD<?>>of(captured, extracted)) r.unpersist(false);
        byUrl.unpersist(false);
        copies.unpersist(false);
        return summary;
    }

    /** The pages of every WARC file of the input, read inside the tasks one record at a time. */
    private JavaRDD<Captured> capture(JavaSparkContext sc, LongAccumulator files, LongAccumulator responses) {
        return sc.binaryFiles(String.join(",", settings.inputs()), sc.defaultParallelism())
                .mapPartitions(partition -> new FlatIterator<>(partition, file -> {
                    if (!WarcInput.isWarc(file._1())) return java.util.Collections.emptyIterator();
                    files.add(1);
                    return new WarcInput(file._1(), () -> file._2().open(), responses::add);
                }))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** NLP and facts of the articles, in partitions by id, each with the URLs of its near-copies. */
    private JavaRDD<Extracted> analyse(JavaPairRDD<String, Captured> wanted,
                                       JavaPairRDD<String, NearDuplicates.Copy> copies, int parallelism) {
        JavaPairRDD<String, Iterable<String>> copyUrls = copies
                .mapToPair(t -> new Tuple2<>(t._2().original().id(), t._2().copy().url())).groupByKey();
        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * parallelism;
        double minConfidence = settings.minConfidence();
        NlpMode mode = settings.mode();
        double budgetSeconds = settings.articleBudget();
        return wanted.leftOuterJoin(copyUrls, new HashPartitioner(partitions))
                .mapPartitions(it -> extract(it, minConfidence, mode, budgetSeconds))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** One index shard per partition, then the shards merged into OUT/index. */
    private void index(JavaRDD<Extracted> extracted, Configuration hadoop) {
        Map<String, String> hadoopEntries = new HashMap<>();
        hadoop.forEach(e -> hadoopEntries.put(e.getKey(), e.getValue()));
        String out = settings.output();
        String shards = out + "/_index-shards";
        extracted.foreachPartition(it -> IndexShards.write(it, shards, hadoopEntries));
        try {
            IndexShards.merge(shards, out + "/index", hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the index shards into " + out + "/index", e);
        }
    }

    private void writeDatasets(JavaRDD<Extracted> done, JavaPairRDD<String, NearDuplicates.Copy> copies,
                               JavaRDD<Row> errors) {
        String out = settings.output();
        writeParquet(done.map(Tables::article), Tables.ARTICLE, out + "/articles", "published_month");
        writeParquet(done.flatMap(x -> x.facts().iterator()).map(Tables::fact), Tables.FACT, out + "/facts",
                "as_of_year", "metric");
        writeParquet(copies.values().map(Tables::duplicate), Tables.DUPLICATE, out + "/duplicates");
        writeParquet(errors, Tables.ERROR, out + "/errors");
        if (settings.jsonl()) {
            writeText(done.map(WarcJob::articleJson), out + "/articles-jsonl");
            writeText(done.flatMap(x -> x.facts().iterator()).map(f -> Json.mapper().writeValueAsString(f)),
                    out + "/facts-jsonl");
        }
    }

    /** Every input must match something: Spark would otherwise fail at the first action with its own trace. */
    private void checkInputs(Configuration hadoop) {
        for (String input : settings.inputs()) {
            try {
                Path p = new Path(input);
                FileStatus[] matched = p.getFileSystem(hadoop).globStatus(p);
                if (matched == null || matched.length == 0) throw new JobInputException("no such input: " + input);
            } catch (IOException | IllegalArgumentException e) {
                throw new JobInputException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
    }

    /** The pipeline over one partition, one article at a time (nothing held but the article in hand). */
    private static Iterator<Extracted> extract(Iterator<Tuple2<String, Tuple2<Captured, Optional<Iterable<String>>>>> in,
                                               double minConfidence, NlpMode mode, double budgetSeconds) {
        Pipeline pipeline = ExecutorPipeline.get(minConfidence, mode);
        ArticleBudget budget = ExecutorPipeline.budget(budgetSeconds);
        String version = pipeline.version();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Extracted next() {
                Tuple2<Captured, Optional<Iterable<String>>> item = in.next()._2();
                Captured source = item._1();
                List<String> copies = new ArrayList<>();
                if (item._2().isPresent()) item._2().get().forEach(copies::add);
                copies.sort(null);
                try {
                    ExtractedArticle x = budget.process(pipeline, source.article());
                    return new Extracted(source, x.article(), x.facts(), List.copyOf(x.entities()), copies, version,
                            null);
                } catch (ArticleBudget.Exceeded e) {
                    return failed(source, copies, version, "abandoned: " + e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    return failed(source, copies, version, Ingester.reason(e));
                }
            }
        };
    }

    private static Extracted failed(Captured source, List<String> copies, String version, String why) {
        return new Extracted(source, source.article(), List.of(), List.of(), copies, version, why);
    }

    /** Rows into Parquet, one file per partition value, rows in a stable order: a rerun writes the same content. */
    private void writeParquet(JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema, String path,
                              String... partitionBy) {
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        String first = schema.fieldNames()[0];
        // Spark writes no file at all for an empty partitioned dataset, which no reader could then open: one empty
        // file carries the schema (the partition columns as ordinary columns).
        if (partitionBy.length == 0 || rows.isEmpty()) {
            df.coalesce(1).sortWithinPartitions(first).write().mode(SaveMode.Overwrite).parquet(path);
            return;
        }
        org.apache.spark.sql.Column[] keys = new org.apache.spark.sql.Column[partitionBy.length];
        for (int i = 0; i < keys.length; i++) keys[i] = col(partitionBy[i]);
        df.repartition(keys).sortWithinPartitions(first).write().mode(SaveMode.Overwrite).partitionBy(partitionBy)
                .parquet(path);
    }

    private void writeText(JavaRDD<String> lines, String path) {
        spark.createDataset(lines.rdd(), Encoders.STRING()).coalesce(1).sortWithinPartitions("value").write()
                .mode(SaveMode.Overwrite).text(path);
    }

    /** An article's JSON: DESIGN.md's fields. */
    private static String articleJson(Extracted x) throws IOException {
        Article a = x.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("lang", a.lang());
        m.put("published", a.published());
        m.put("author", a.author());
        m.put("source", a.source());
        m.put("via", a.via());
        m.put("fetched", a.fetched());
        m.put("content_hash", a.contentHash());
        m.put("entities", x.entities());
        m.put("copies", x.copies());
        return Json.mapper().writeValueAsString(m);
    }

    private static void writeSummary(JobSummary summary, String path, Configuration hadoop) {
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(hadoop);
            try (OutputStream o = fs.create(p, true)) {
                o.write((Json.mapper().writeValueAsString(summary.asMap()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
