package io.factline.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends each request to its route and turns what goes wrong into a JSON error: {@link HttpError}s with their
 * status, a query the index cannot parse with 400, anything else with 500 and a generic message (the stack trace
 * goes to the server's log, never to the client). A client that hangs up mid-response is not an error.
 */
final class Router implements HttpHandler {
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
        try (exchange) {
            try {
                dispatch(exchange, reply);
            } catch (HttpError e) {
                fail(reply, e.status, e.getMessage());
            } catch (IllegalArgumentException e) {
                fail(reply, 400, e.getMessage());
            } catch (IOException e) {
                // the client went away; nothing to tell it
            } catch (RuntimeException e) {
                log.println("factline serve: internal error on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI() + ": " + e);
                e.printStackTrace(log);
                fail(reply, 500, "internal error");
            }
        }
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
