package io.factline.cli;

/** A command was given values it cannot use (an unknown metric, a malformed date). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
