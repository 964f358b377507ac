package io.factline.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a job read, kept and extracted, and how fast.
 *
 * @param files          WARC files read
 * @param responses      HTTP response records in them (HTML or not)
 * @param pages          successful HTML pages read into articles
 * @param recaptures     pages of a URL captured again later in the input (the last capture is kept, as ingest does)
 * @param nearDuplicates articles found to be near-copies of an earlier one (linked to it, not indexed)
 * @param otherLanguage  articles in a language the job was not asked for
 * @param articles       articles extracted and indexed
 * @param facts          their facts
 * @param errors         records and pages that failed (see OUT/errors)
 * @param seconds        wall time of the job, Spark's start excluded
 */
record JobSummary(long files, long responses, long pages, long recaptures, long nearDuplicates, long otherLanguage,
                  long articles, long facts, long errors, double seconds) {

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files);
        m.put("responses", responses);
        m.put("pages", pages);
        m.put("recaptures", recaptures);
        m.put("near_duplicates", nearDuplicates);
        m.put("other_language", otherLanguage);
        m.put("articles", articles);
        m.put("facts", facts);
        m.put("errors", errors);
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.put("records_per_second", Math.round(perSecond(responses) * 10) / 10.0);
        m.put("articles_per_second", Math.round(perSecond(articles) * 10) / 10.0);
        return m;
    }

    String text() {
        return String.format(Locale.ROOT, "factline-spark: %,d WARC files, %,d response records, %,d pages; "
                        + "%,d recaptures and %,d near-duplicates left out, %,d in other languages; %,d articles "
                        + "indexed with %,d facts; %,d errors; %.1f s (%.1f records/s, %.1f articles/s)",
                files, responses, pages, recaptures, nearDuplicates, otherLanguage, articles, facts, errors, seconds,
                perSecond(responses), perSecond(articles));
    }

    private double perSecond(long count) {
        return count / Math.max(seconds, 1e-3);
    }
}
