package io.factline.ingest;

/** Input the user gave that factline cannot read: a missing file, an unsupported format, malformed JSON. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
