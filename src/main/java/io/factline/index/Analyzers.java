package io.factline.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/**
 * The analyzers of each text field, used both when indexing and when parsing queries: English text with
 * {@link EnglishAnalyzer} (stemming, stop words); Chinese with {@link CJKAnalyzer} (overlapping character bigrams:
 * a query becomes a phrase of bigrams, so 日活跃用户 finds exactly that string, with no segmentation on either side
 * to disagree). Word segmentation at index time cost as much as the rest of the index (a second segmenter over
 * every text) and still needed bigrams to match what it cut differently.
 */
final class Analyzers {
    static final Analyzer ENGLISH = new EnglishAnalyzer();
    static final Analyzer CHINESE = new CJKAnalyzer();

    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            Fields.TEXT_EN, ENGLISH, Fields.TITLE_EN, ENGLISH,
            Fields.TEXT_ZH, CHINESE, Fields.TITLE_ZH, CHINESE));

    private Analyzers() {
    }
}
