/**
 * The records that pipeline stages exchange: {@link io.factline.model.Article}, {@link io.factline.model.Mention},
 * {@link io.factline.model.Fact}. Depends on nothing else in factline; the fact JSON built from
 * {@link io.factline.model.Fact} is a contract with other tools (see DESIGN.md).
 */
package io.factline.model;
