/**
 * Training of the fact scorer ({@link io.factline.facts.FactScorer}) from the silver annotations' train split:
 * candidates labelled against the annotations, a logistic regression fitted, its scores calibrated on
 * document-level cross-validation, and the model file written to {@code models/}. Entry point:
 * {@link io.factline.train.FactTrainer}.
 */
package io.factline.train;
