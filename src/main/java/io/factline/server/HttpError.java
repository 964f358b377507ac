package io.factline.server;

/** A request the server answers with an error status and a one-line message for the client. */
final class HttpError extends RuntimeException {
    final int status;

    private HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    static HttpError methodNotAllowed(String method) {
        return new HttpError(405, "method " + method + " not allowed; use GET");
    }
}
