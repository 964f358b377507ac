/**
 * The pipeline as an Apache Spark job over WARC archives (CC-NEWS, a crawler's output): the same content, NLP,
 * fact and index classes as the command line, one NLP pipeline per executor JVM. Spark is a provided dependency:
 * nothing outside this package imports it, and the command line never loads it. Entry point: {@link
 * io.factline.spark.SparkJob}.
 */
package io.factline.spark;
