package io.factline.spark;

import io.factline.TestData;
import io.factline.cli.Cli;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.SyndicatedCopyRoute;
import io.factline.crawl.site.TestSite;
import io.factline.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode ({@code local[2]}) on WARC files of the sample corpus and of a crawl of the test site:
 * the articles, facts and index it builds are those {@code factline ingest} builds from the same files; damaged
 * records are reported with their file and offset; near-copies across files are indexed once and linked; a rerun
 * writes the same output.
 */
class SparkJobTest {
    /** The tests' confidence floor, below the default, so that more facts are compared. */
    private static final String MIN_CONFIDENCE = String.valueOf(TestData.EXPLORING);

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path warcs, crawled, ingested, out;
    static long damagedRecordOffset;
    static TestSite news, aggregator;

    @BeforeAll
    static void buildInputsRunTheJobAndIngest() throws Exception {
        TestData.pipeline();
        spark = SparkSession.builder().master("local[2]").appName("factline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.local.dir", dir.resolve("spark-tmp").toString())
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();

        crawled = dir.resolve("crawl");
        crawlTheTestSite(crawled);
        warcs = Files.createDirectories(dir.resolve("warcs"));
        List<TestWarcs.Page> pages = new ArrayList<>();
        pages.addAll(TestWarcs.pagesOf(TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl"),
                "https://news.example.com"));
        pages.addAll(TestWarcs.pagesOf(TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl"),
                "https://finance.example.cn"));
        String seed = Files.readString(TestData.corpora().resolve("seed/douyin-dau-600m.en.txt"));
        pages.add(new TestWarcs.Page("https://it.example.com/douyin-dau.html",
                TestWarcs.html("Douyin daily active users", "2020-09-16", seed, "")));
        TestWarcs.write(warcs.resolve("news-1.warc.gz"), pages.subList(0, 12));
        TestWarcs.write(warcs.resolve("news-2.warc.gz"), pages.subList(12, pages.size()));
        // Two good records, then one whose header no reader can get past.
        Path damaged = TestWarcs.write(warcs.resolve("damaged.warc"), List.of(
                new TestWarcs.Page("https://blog.example.com/a.html", TestWarcs.html("Notes", null,
                        "A short note about the weather in the hills this week.", "")),
                new TestWarcs.Page("https://blog.example.com/b.html", TestWarcs.html("More notes", null,
                        "Another note, about a walk along the river.", ""))));
        damagedRecordOffset = Files.size(damaged);
        Files.write(damaged, TestWarcs.damagedRecord("https://blog.example.com/c.html"), StandardOpenOption.APPEND);

        ingested = dir.resolve("ingested");
        Cli ingest = Cli.run("ingest", "--data", ingested.toString(), "--min-confidence", MIN_CONFIDENCE,
                crawled.resolve("warc").toString(), warcs.toString());
        // ingest says that one input could not be read whole, and indexes the rest.
        assertEquals(1, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("damaged.warc: damaged WARC record after 2 responses"), ingest.err());

        out = dir.resolve("out");
        Cli job = job("--input", crawled.resolve("warc").toString(), "--input", warcs.toString(),
                "--output", out.toString(), "--min-confidence", MIN_CONFIDENCE, "--jsonl");
        assertEquals(0, job.exit(), job.err());
    }

    private static void crawlTheTestSite(Path data) throws IOException {
        news = TestSite.start();
        aggregator = TestSite.start();
        Path corpus = TestData.corpora().resolve("pages");
        news.route("/", PageRoute.html("News", "<a href=\"/a/longfor.html\">1</a> <a href=\"/a/disney.html\">2</a>"));
        news.route("/a/longfor.html", new PageRoute(Files.readAllBytes(corpus.resolve("163-longfor.html")), "text/html"));
        news.route("/a/disney.html", new PageRoute(Files.readAllBytes(corpus.resolve("latimes-disney-plus.html.gz")),
                "text/html", "gzip"));
        aggregator.route("/", PageRoute.html("Aggregator", "<a href=\"/copy/1.html\">Longfor</a>"));
        aggregator.route("/copy/1.html", new SyndicatedCopyRoute(Files.readAllBytes(corpus.resolve("163-longfor.html")),
                "网易"));
        for (TestSite site : List.of(news, aggregator)) {
            Cli r = Cli.run("crawl", "--data", data.toString(), "--allow-private", "--delay-ms", "0", "--max-depth", "1",
                    site.url("/"));
            assertEquals(0, r.exit(), r.err());
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
        if (news != null) news.close();
        if (aggregator != null) aggregator.close();
    }

    /** The Spark job on the test's session, as {@link Cli} runs a command: exit status and what it printed. */
    static Cli job(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = SparkJob.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), spark);
        return new Cli(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static List<Row> rows(Path parquet) {
        return spark.read().parquet(parquet.toString()).collectAsList();
    }

    static Set<String> column(Path parquet, String name) {
        return rows(parquet).stream().map(r -> r.<String>getAs(name)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theJobIndexesTheArticlesAndFactsThatIngestIndexes() throws IOException {
        Set<String> ids = TestData.articleIds(ingested);
        assertTrue(ids.size() >= 25, "the corpus pages, the crawl's pages, the damaged file's first records: " + ids);
        assertEquals(ids, TestData.articleIds(out.resolve("index")), "the merged index");
        assertEquals(ids, column(out.resolve("articles"), "id"), "the articles dataset");

        List<String> facts = Cli.allFacts(ingested);
        assertTrue(facts.size() >= 10, "facts to compare: " + facts);
        assertEquals(facts, Cli.allFacts(out.resolve("index")), "the merged index's facts");
        try (var files = Files.list(out.resolve("facts-jsonl"))) {
            List<String> lines = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(p));
            }
            assertEquals(facts, lines.stream().sorted().toList(), "the JSON Lines facts are factline facts' lines");
        }
        assertEquals(facts.size(), rows(out.resolve("facts")).size(), "the Parquet facts");
    }

    @Test
    void theMergedIndexAnswersSearchesAsIngestsIndexDoes() {
        for (List<String> query : List.of(List.of("search", "抖音"), List.of("search", "\"daily active users\" OR DAU"),
                List.of("search", "--lang", "zh", "融资"), List.of("search", "eBay profit"),
                List.of("timeline", "--min-confidence", MIN_CONFIDENCE, "--entity", "抖音", "--metric", "DAU"))) {
            List<String> answers = new ArrayList<>();
            for (Path data : List.of(ingested, out.resolve("index"))) {
                List<String> args = new ArrayList<>(query);
                args.addAll(1, List.of("--data", data.toString()));
                Cli r = Cli.run(args.toArray(String[]::new));
                assertEquals(0, r.exit(), r.err());
                answers.add(r.out());
            }
            assertFalse(answers.get(0).isBlank(), query + " finds something");
            assertEquals(answers.get(0), answers.get(1), String.join(" ", query));
        }
    }

    @Test
    void factsArePartitionedByYearAndMetricAndArticlesByMonth() throws IOException {
        List<Row> facts = rows(out.resolve("facts"));
        for (Row f : facts) {
            String asOf = f.getAs("as_of");
            assertEquals(asOf == null ? "unknown" : asOf.substring(0, 4), f.<String>getAs("as_of_year"));
        }
        assertTrue(Files.isDirectory(out.resolve("facts").resolve("as_of_year=2020").resolve("metric=DAU")),
                "the seed article's 2020 DAU under its partition");
        assertTrue(Files.isDirectory(out.resolve("articles").resolve("published_month=2020-09")),
                "the seed article, published September 2020");
    }

    @Test
    void damagedRecordsAreReportedWithTheirFileAndOffsetAndTheRestIsRead() {
        List<Row> errors = rows(out.resolve("errors"));
        assertEquals(1, errors.size(), errors.toString());
        Row e = errors.get(0);
        assertTrue(e.<String>getAs("warc_file").endsWith("damaged.warc"), e.toString());
        assertEquals("read", e.getAs("stage"));
        assertTrue(e.<String>getAs("error").contains("damaged WARC record"), e.toString());
        long offset = e.getAs("warc_offset");
        assertTrue(offset > 0 && offset < damagedRecordOffset, "the last good record, before the damage: " + offset);
        assertTrue(column(out.resolve("articles"), "url").contains("https://blog.example.com/b.html"),
                "the record before the damage is read");
    }

    @Test
    void theCrawlersNearDuplicateIsLeftOutAndTheSummaryCountsWhatWasDone() throws IOException {
        Set<String> urls = column(out.resolve("articles"), "url");
        assertTrue(urls.contains(news.url("/a/longfor.html")));
        assertFalse(urls.contains(aggregator.url("/copy/1.html")), "marked a copy by the crawl");
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"articles\":" + urls.size() + ","), summary);
        assertTrue(summary.contains("\"errors\":1,"), summary);
    }

    @Test
    void nearCopiesAcrossFilesAreIndexedOnceLinkedToTheFirstAndARerunWritesTheSame() throws Exception {
        Path in = Files.createDirectories(dir.resolve("copies"));
        List<TestWarcs.Page> pages = TestWarcs.pagesOf(TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl"),
                "https://wire.example.com");
        TestWarcs.Page original = pages.get(0), other = pages.get(1);
        String text = Article.builder().text(org.jsoup.Jsoup.parse(original.html()).select("article p").eachText()
                .stream().collect(Collectors.joining("\n"))).build().text();
        TestWarcs.Page copy = new TestWarcs.Page("https://aggregator.example.org/story/1",
                TestWarcs.html("Aggregated: " + org.jsoup.Jsoup.parse(original.html()).title(), null, text,
                        "<p class=\"credit\">via Wire</p><aside>Most read: markets, tech, sport</aside>"));
        String updated = org.jsoup.Jsoup.parse(other.html()).select("article p").eachText().stream()
                .collect(Collectors.joining("\n")) + "\nThis article was updated with the company's comment.";
        TestWarcs.Page recaptured = new TestWarcs.Page(other.url(), TestWarcs.html("Updated", null, updated, ""));
        TestWarcs.write(in.resolve("a.warc.gz"), List.of(original, other));
        TestWarcs.write(in.resolve("b.warc.gz"), List.of(copy, recaptured));

        List<List<String>> runs = new ArrayList<>();
        for (String name : List.of("copies-1", "copies-2")) {
            Path o = dir.resolve(name);
            Cli r = job("--input", in.toString(), "--output", o.toString(), "--min-confidence", MIN_CONFIDENCE);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("1 recaptures and 1 near-duplicates left out"), r.out());
            List<Row> articles = rows(o.resolve("articles"));
            assertEquals(Set.of(original.url(), other.url()), column(o.resolve("articles"), "url"));
            for (Row a : articles) {
                List<String> copies = a.getList(a.fieldIndex("copies"));
                if (a.getAs("url").equals(original.url())) assertEquals(List.of(copy.url()), copies);
                else {
                    assertTrue(copies.isEmpty());
                    assertTrue(a.<String>getAs("text").contains("updated with the company's comment"),
                            "the last capture of a URL is kept");
                }
            }
            List<Row> duplicates = rows(o.resolve("duplicates"));
            assertEquals(1, duplicates.size());
            assertEquals(copy.url(), duplicates.get(0).getAs("copy_url"));
            assertEquals(original.url(), duplicates.get(0).getAs("original_url"));
            List<String> all = new ArrayList<>();
            for (String dataset : List.of("articles", "facts", "duplicates", "errors")) {
                rows(o.resolve(dataset)).stream().map(Row::toString).sorted().forEach(all::add);
            }
            all.addAll(Cli.allFacts(o.resolve("index")));
            runs.add(all);
        }
        assertEquals(runs.get(0), runs.get(1), "a rerun over the same input writes the same output");
    }

    @Test
    void anArticleOverItsTimeBudgetIsWrittenToTheErrorsAndTheJobGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("budget"));
        List<TestWarcs.Page> pages = new ArrayList<>(TestWarcs.pagesOf(
                TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl"), "https://slow.example.com"));
        // A digest of every story, twice: some 40,000 characters, far longer to analyse than the 50 ms before the
        // budget's first look (an article done before it is kept, whatever its budget).
        String digest = pages.stream().map(p -> org.jsoup.Jsoup.parse(p.html()).select("article p").eachText())
                .flatMap(List::stream).collect(Collectors.joining("\n")).repeat(2);
        TestWarcs.Page slow = new TestWarcs.Page("https://slow.example.com/digest.html",
                TestWarcs.html("The week in technology", null, digest, ""));
        pages.add(slow);
        TestWarcs.write(in.resolve("slow.warc.gz"), pages);
        Path o = dir.resolve("budget-out");
        // A millionth of a second per 10 KB: any article still running at the budget's first look is abandoned.
        Cli r = job("--input", in.toString(), "--output", o.toString(), "--article-budget", "0.000001");
        assertEquals(0, r.exit(), r.err());
        List<Row> errors = rows(o.resolve("errors"));
        assertTrue(errors.stream().anyMatch(e -> slow.url().equals(e.getAs("url"))), "the digest is abandoned: " + errors);
        for (Row e : errors) {
            assertEquals("extract", e.getAs("stage"));
            assertTrue(e.<String>getAs("error").startsWith("abandoned: over its time budget"), e.toString());
            assertTrue(e.<String>getAs("warc_file").endsWith("slow.warc.gz"), e.toString());
            assertTrue(pages.stream().anyMatch(p -> p.url().equals(e.getAs("url"))), e.toString());
        }
        assertEquals(pages.size(), errors.size() + rows(o.resolve("articles")).size(), "each page indexed or reported");
    }

    @Test
    void articlesInALanguageNotAskedForAreCountedAndEmptyDatasetsStillOpen() throws IOException {
        Path in = Files.createDirectories(dir.resolve("english-only"));
        List<TestWarcs.Page> pages = TestWarcs.pagesOf(TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl"),
                "https://uk.example.com");
        TestWarcs.write(in.resolve("en.warc.gz"), pages);
        Path o = dir.resolve("zh-only");
        Cli r = job("--input", in.toString(), "--output", o.toString(), "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(pages.size() + " in other languages; 0 articles indexed with 0 facts"), r.out());
        for (String dataset : List.of("articles", "facts", "duplicates", "errors")) {
            assertEquals(List.of(), rows(o.resolve(dataset)), dataset + " opens, empty");
        }
        assertTrue(TestData.articleIds(o.resolve("index")).isEmpty());
    }

    @Test
    void aMissingInputOrABadOptionIsOneLineAndANonZeroExit() {
        Cli missing = job("--input", dir.resolve("no-such-dir").toString(), "--output", dir.resolve("x").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().startsWith("factline-spark: no such input: "), missing.err());
        Cli lang = job("--input", warcs.toString(), "--output", dir.resolve("x").toString(), "--lang", "fr");
        assertEquals(2, lang.exit());
        assertTrue(lang.err().contains("--lang takes zh and en, not 'fr'"), lang.err());
        Cli noOutput = job("--input", warcs.toString());
        assertEquals(2, noOutput.exit());
        assertTrue(noOutput.err().contains("Missing required option: '--output=OUT'"), noOutput.err());
    }
}
