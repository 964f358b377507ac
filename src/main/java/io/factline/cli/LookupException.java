package io.factline.cli;

/** A name that matches nothing known (a metric, an entity without facts), with close names to try: exit 1. */
final class LookupException extends RuntimeException {
    LookupException(String message) {
        super(message);
    }
}
