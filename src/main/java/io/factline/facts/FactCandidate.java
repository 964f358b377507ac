package io.factline.facts;

import io.factline.model.Fact;

import java.util.List;

/**
 * A fact the candidate generators propose: one number read as one metric of one entity, with the features the
 * scorer judges it by. The candidates of one number compete; at most one of them becomes a fact.
 *
 * @param fact     the fact as it would be written (its {@code confidence} not yet set)
 * @param features named binary features ({@link CandidateFeatures})
 * @param group    the number it reads, unique within the article: candidates of one group compete
 * @param parent   for a comparison value ("from $142m a year earlier"): the index, among the article's
 *                 candidates, of the candidate it compares with, which must be chosen for it to be; else -1
 * @param sentence index of the sentence
 * @param start    offset of the number in the article text
 * @param end      offset after the number
 * @param rule     the candidate the hand-written rules alone would have produced
 */
public record FactCandidate(Fact fact, List<String> features, int group, int parent, int sentence, int start, int end,
                            boolean rule) {
    public FactCandidate {
        features = List.copyOf(new java.util.LinkedHashSet<>(features));
    }
}
