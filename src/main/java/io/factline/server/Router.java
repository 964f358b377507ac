package io.factline.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.factline.index.BadQueryException;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends each request to its route and turns what goes wrong into a JSON error: {@link HttpError}s with their
 * status, a query the index cannot run with 400, anything else (a bug) with 500, a generic message and an id that
 * finds the stack trace in the server's log; nothing internal reaches the client. A client that hangs up
 * mid-response is not an error. A failure after the status went out (a facts export) is logged the same way and
 * the connection is dropped without ending the body, so the client sees a broken response, not a short one.
 */
final class Router implements HttpHandler {
    private static final java.util.random.RandomGenerator ERROR_IDS = new java.security.SecureRandom();

    private final Map<String, Route> exact = new LinkedHashMap<>();
    private final Map<String, Route> prefixes = new LinkedHashMap<>();
    private final StaticFiles files;
    private final PrintStream log;

    Router(StaticFiles files, PrintStream log) {
        this.files = files;
        this.log = log;
    }

    Router route(String path, Route route) {
        if (path.endsWith("/")) prefixes.put(path, route);
        else exact.put(path, route);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply = new Reply(exchange);
        try {
            dispatch(exchange, reply);
        } catch (HttpError e) {
            fail(reply, e.status, e.getMessage());
        } catch (BadQueryException e) {
            fail(reply, 400, e.getMessage());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        } catch (RuntimeException | StackOverflowError e) {
            String id = String.format("%08x", ERROR_IDS.nextInt());
            synchronized (log) {
                log.println("factline serve: internal error " + id + " on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI() + (reply.sent() ? " (response cut short)" : "") + ": " + e);
                e.printStackTrace(log);
            }
            if (reply.sent()) {
                // Not closing the exchange: the server then drops the connection without the body's last chunk.
                throw new IOException("internal error " + id + " while streaming the response", e);
            }
            try {
                reply.internalError(id);
            } catch (IOException gone) {
                // the client went away
            }
        }
        exchange.close();
    }

    private void dispatch(HttpExchange exchange, Reply reply) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            throw HttpError.methodNotAllowed(method);
        }
        String path = exchange.getRequestURI().getPath();
        Route route = exact.get(path);
        String tail = "";
        if (route == null) {
            for (Map.Entry<String, Route> e : prefixes.entrySet()) {
                if (path.startsWith(e.getKey())) {
                    route = e.getValue();
                    tail = path.substring(e.getKey().length());
                    break;
                }
            }
        }
        if (route != null) {
            route.answer(tail, Params.parse(exchange.getRequestURI().getRawQuery(), route.parameters()), reply);
        } else if (!files.serve(path, reply)) {
            throw HttpError.notFound("no such page or endpoint: " + path);
        }
    }

    private static void fail(Reply reply, int status, String message) {
        if (reply.sent()) return; // mid-stream: the connection is closed, the client sees a truncated body
        try {
            reply.error(status, message);
        } catch (IOException e) {
            // the client went away
        }
    }
}
