/**
 * Measuring factline against hand-checked gold: fact extraction scored the way the news corpus README
 * defines it. Pure functions of predictions and gold; the CLI reads the files and presents the figures.
 */
package io.factline.eval;
