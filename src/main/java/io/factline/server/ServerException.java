package io.factline.server;

/** The server cannot start: the address is taken, unknown, or not allowed. A user error, with a one-line message. */
public final class ServerException extends RuntimeException {
    ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
