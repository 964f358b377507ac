package io.factline.index;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Marks each run of touching matches once. Chinese is indexed as overlapping bigrams (字节 节跳 跳动), and a query
 * of several words (抖音 日活) matches terms whose offsets touch in 抖音日活; Lucene's default formatter joins only
 * overlapping matches and would mark {@code [抖音][日活]} where a reader expects {@code [抖音日活]}. Words separated
 * by a space stay separate marks.
 */
final class MergingPassageFormatter extends DefaultPassageFormatter {
    MergingPassageFormatter(String preTag, String postTag, String ellipsis, boolean escape) {
        super(preTag, postTag, ellipsis, escape);
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) sb.append(ellipsis);
            pos = passage.getStartOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(starts[i], pos);
                int end = ends[i];
                // Extend over every following match that overlaps or touches this one.
                while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) end = Math.max(end, ends[++i]);
                end = Math.min(end, passage.getEndOffset());
                if (end <= start) continue;
                append(sb, content, pos, start);
                sb.append(preTag);
                append(sb, content, start, end);
                sb.append(postTag);
                pos = end;
            }
            append(sb, content, pos, Math.max(pos, passage.getEndOffset()));
            pos = passage.getEndOffset();
        }
        return sb.toString();
    }
}
