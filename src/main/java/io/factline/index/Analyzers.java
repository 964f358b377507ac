package io.factline.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/**
 * The analyzers of each text field, used both when indexing and when parsing queries: English text with
 * {@link EnglishAnalyzer} (stemming, stop words); Chinese twice, with {@link SmartChineseAnalyzer} (words, for
 * ranking and highlighting) and with {@link CJKAnalyzer} (overlapping character bigrams, for matching: a query
 * becomes a phrase of bigrams, so 日活跃用户 finds exactly that string however either side is segmented).
 */
final class Analyzers {
    static final Analyzer ENGLISH = new EnglishAnalyzer();
    static final Analyzer CHINESE = new SmartChineseAnalyzer();
    static final Analyzer BIGRAMS = new CJKAnalyzer();

    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            Fields.TEXT_EN, ENGLISH, Fields.TITLE_EN, ENGLISH,
            Fields.TEXT_ZH, CHINESE, Fields.TITLE_ZH, CHINESE,
            Fields.TEXT_ZH_BIGRAMS, BIGRAMS, Fields.TITLE_ZH_BIGRAMS, BIGRAMS));

    private Analyzers() {
    }
}
