package io.factline.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The highlighted passages of the articles of one page of hits. The highlighter takes the articles' text from the
 * documents the search has already read for the page, instead of reading (and decompressing) them a second time.
 */
final class Highlights {
    static final String[] FIELDS = {Fields.TEXT_EN, Fields.TEXT_ZH};
    private static final int MAX_LENGTH = 200_000;

    private Highlights() {
    }

    /** Passages per field, one entry per hit of {@code page} (null where the field has none). */
    static Map<String, String[]> of(IndexSearcher searcher, Query query, TopDocs page, Map<Integer, Document> docs,
                                    String preTag, String postTag, boolean escapeHtml) throws IOException {
        if (page.scoreDocs.length == 0) return Map.of();
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, Analyzers.PER_FIELD)
                .withFormatter(new MergingPassageFormatter(preTag, postTag, "… ", escapeHtml))
                .withMaxLength(MAX_LENGTH)
                // Passages are sentences within a paragraph (a line of the text), at least ~80 characters.
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
                        new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n'), 80, 0.5f));
        return new Preloaded(b, docs).highlightFields(FIELDS, query, page, new int[]{2, 2});
    }

    /** A highlighter that reads field values from documents already loaded. */
    private static final class Preloaded extends UnifiedHighlighter {
        private final Map<Integer, Document> docs;

        Preloaded(Builder builder, Map<Integer, Document> docs) {
            super(builder);
            this.docs = docs;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document d = docs.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String v = d == null ? null : d.get(fields[i]);
                    values[i] = v == null ? "" : v.length() > getMaxLength() ? v.substring(0, getMaxLength()) : v;
                }
                out.add(values);
            }
            return out;
        }
    }
}
