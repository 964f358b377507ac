/**
 * The entity and metric registries of {@code models/} and the lookups of names people type (抖音, Shake sound,
 * 日活, daily active users) to the ids the index stores. Used by the fact stage, the index, search, timelines, the
 * server and the command line alike, so that none of them depends on another to name a company or a metric.
 */
package io.factline.registry;
