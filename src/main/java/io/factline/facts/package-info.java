/**
 * Fact stage: an {@link io.factline.nlp.AnnotatedArticle} in, metric {@link io.factline.model.Fact}s out. Pairs
 * each quantity with the metric word it measures and the entity it belongs to, and reads qualifier, period,
 * claim type and speaker from the sentence. All linguistic knowledge comes from the registries and lexicons
 * in {@code models/} ({@link io.factline.facts.Lexicons}). Entry point: {@link io.factline.facts.FactExtractor}.
 * Pure functions: no I/O, no index, no HTTP.
 */
package io.factline.facts;
