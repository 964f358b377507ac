/**
 * The {@code factline} command line: parses arguments and presents results. Data goes to standard output
 * (JSON Lines by default for machines, CSV or a readable table on request), messages to standard error.
 * Exit codes: 0 success, 1 failure, 2 usage error.
 */
package io.factline.cli;
