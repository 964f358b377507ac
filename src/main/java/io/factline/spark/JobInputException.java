package io.factline.spark;

/** The job's input is missing or cannot be listed: a user's error, reported in one line. */
final class JobInputException extends RuntimeException {
    JobInputException(String message, Throwable cause) {
        super(message, cause);
    }

    JobInputException(String message) {
        super(message);
    }
}
