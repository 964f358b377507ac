package io.factline.spark;

import io.factline.model.Article;
import io.factline.model.Fact;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job's datasets as Spark rows: articles and facts with DESIGN.md's fields (snake case, as in the JSON), plus the
 * partition columns, the errors and the near-duplicates.
 */
final class Tables {
    /** Partition value of a fact without {@code as_of}, or an article without a publication date. */
    static final String UNKNOWN = "unknown";
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?");

    private Tables() {
    }

    static final StructType ARTICLE = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("via", DataTypes.StringType)
            .add("fetched", DataTypes.StringType)
            .add("content_hash", DataTypes.StringType)
            .add("entities", DataTypes.createArrayType(DataTypes.StringType))
            .add("facts", DataTypes.IntegerType)
            .add("copies", DataTypes.createArrayType(DataTypes.StringType))
            .add("warc_file", DataTypes.StringType)
            .add("warc_offset", DataTypes.LongType)
            .add("published_month", DataTypes.StringType);

    private static final StructType EVIDENCE = new StructType()
            .add("sentence", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    static final StructType FACT = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType)
            .add("entity", DataTypes.StringType)
            .add("entity_mention", DataTypes.StringType)
            .add("metric", DataTypes.StringType)
            .add("value", DataTypes.DoubleType)
            .add("value_high", DataTypes.DoubleType)
            .add("unit", DataTypes.StringType)
            .add("qualifier", DataTypes.StringType)
            .add("yoy", DataTypes.DoubleType)
            .add("as_of", DataTypes.StringType)
            .add("claim", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType)
            .add("speaker", DataTypes.StringType)
            .add("sentence", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("alt_sentences", DataTypes.createArrayType(EVIDENCE))
            .add("lang", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("as_of_year", DataTypes.StringType);

    static final StructType ERROR = new StructType()
            .add("warc_file", DataTypes.StringType)
            .add("warc_offset", DataTypes.LongType)
            .add("url", DataTypes.StringType)
            .add("stage", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    static final StructType DUPLICATE = new StructType()
            .add("copy_id", DataTypes.StringType)
            .add("copy_url", DataTypes.StringType)
            .add("copy_warc_file", DataTypes.StringType)
            .add("copy_warc_offset", DataTypes.LongType)
            .add("original_id", DataTypes.StringType)
            .add("original_url", DataTypes.StringType)
            .add("distance", DataTypes.IntegerType);

    static Row article(Extracted x) {
        Article a = x.article();
        return RowFactory.create(a.id(), a.url(), a.title(), a.text(), a.lang(), a.published(), a.author(), a.source(),
                a.via(), a.fetched(), a.contentHash(), seq(x.entities()), x.facts().size(), seq(x.copies()), x.source().file(),
                x.source().offset(), yearMonth(a.published()));
    }

    static Row fact(Fact f) {
        List<Row> alt = f.altSentences().stream()
                .map(e -> RowFactory.create(e.sentence(), e.start(), e.end())).toList();
        return RowFactory.create(f.id(), f.doc(), f.entity(), f.entityMention(), f.metric(), f.value(), f.valueHigh(),
                f.unit(), f.qualifier(), f.yoy(), f.asOf(), f.claim(), f.confidence(), f.speaker(), f.sentence(),
                f.start(), f.end(), seq(alt), f.lang(), f.url(), f.title(), f.published(), f.source(), year(f.asOf()));
    }

    static Row error(Captured c, String url, String stage, String error) {
        return RowFactory.create(c.file(), c.offset(), url, stage, error);
    }

    static Row duplicate(NearDuplicates.Copy c) {
        return RowFactory.create(c.copy().id(), c.copy().url(), c.copy().file(), c.copy().offset(), c.original().id(),
                c.original().url(), c.distance());
    }

    /** A list as Spark's rows take an array: a Scala sequence. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    /** {@code YYYY-MM} of an ISO date, {@code YYYY} alone when only the year is known, else {@value #UNKNOWN}. */
    static String yearMonth(String iso) {
        Matcher m = iso == null ? null : YEAR_MONTH.matcher(iso);
        if (m == null || !m.find()) return UNKNOWN;
        return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
    }

    /** The year an {@code as_of} starts in ({@code 2019-Q3} → 2019, {@code 2018/2019} → 2018), else unknown. */
    static String year(String asOf) {
        Matcher m = asOf == null ? null : YEAR_MONTH.matcher(asOf);
        return m == null || !m.find() ? UNKNOWN : m.group(1);
    }
}
