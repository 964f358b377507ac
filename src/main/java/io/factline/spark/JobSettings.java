package io.factline.spark;

import io.factline.nlp.NlpMode;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a job does, as its options said.
 *
 * @param inputs        WARC files, directories or globs on any Hadoop file system
 * @param output        where the datasets and the index go (replaced)
 * @param langs         the languages analysed ({@code zh}, {@code en}); articles in others are counted and left out
 * @param minConfidence facts below it are left out
 * @param mode          how English text is analysed
 * @param jsonl         also write the articles and facts as JSON Lines
 * @param partitions    how many partitions the articles are analysed and indexed in (one index shard each)
 * @param articleBudget seconds of processor time an article may take per 10,000 characters before it is abandoned
 */
record JobSettings(List<String> inputs, String output, Set<String> langs, double minConfidence, NlpMode mode,
                   boolean jsonl, int partitions, double articleBudget) implements Serializable {
}
