/**
 * Timelines: the facts of one entity and metric ordered by the period they refer to, the same value reported
 * by several articles shown once with all its sources, and periods whose sources disagree flagged as
 * conflicts. Reads the index only; loads no NLP model.
 */
package io.factline.timeline;
