package io.factline.index;

/** The index cannot be opened or read: missing, locked by another writer, or damaged. */
public final class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
