/**
 * Index stage: articles and facts in a Lucene index on disk. One document per article (text analysed per
 * language: English with Lucene's EnglishAnalyzer, Chinese as overlapping character bigrams, the same analyzer
 * at index and query time) and one per fact (every field; values and dates as point fields for range queries).
 * Writing an article again replaces it and its facts. Never loads an NLP model: search starts in a second.
 */
package io.factline.index;
