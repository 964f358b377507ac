package io.factline.index;

/**
 * A search query the index cannot run, with a message for the person who typed it (never the query parser's own
 * text). A user error: the command line prints it and exits 1, the server answers 400 with it.
 */
public final class BadQueryException extends RuntimeException {
    BadQueryException(String message) {
        super(message);
    }

    BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
