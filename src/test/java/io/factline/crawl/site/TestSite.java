package io.factline.crawl.site;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (an ephemeral port: each site is its own host for the crawler) that routes paths
 * to named handlers, one per scenario, and logs every request it receives with its arrival time.
 */
public final class TestSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<String, HttpHandler> exact = new ConcurrentHashMap<>();
    private final Map<String, HttpHandler> prefixes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    /** One request as the server received it. */
    public record Hit(String path, long nanos, Headers headers) {
    }

    private TestSite(String address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static TestSite start() {
        return start("127.0.0.1", 0);
    }

    /** A site on another loopback address (127.0.0.2, …) or a given port (0: any free one). */
    public static TestSite start(String address, int port) {
        try {
            return new TestSite(address, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Routes a path to a handler; a path ending in "/" takes everything under it. */
    public TestSite route(String path, HttpHandler handler) {
        (path.endsWith("/") && path.length() > 1 ? prefixes : exact).put(path, handler);
        return this;
    }

    public String url(String path) {
        return origin() + path;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received, in order. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The requests for one path, in order. */
    public List<Hit> hits(String path) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) if (h.path().equals(path)) out.add(h);
        return out;
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        hits.add(new Hit(path, System.nanoTime(), ex.getRequestHeaders()));
        HttpHandler h = exact.get(ex.getRequestURI().getRawPath());
        if (h == null) {
            String best = null;
            for (String p : prefixes.keySet()) {
                if (path.startsWith(p) && (best == null || p.length() > best.length())) best = p;
            }
            h = best == null ? new NotFoundRoute() : prefixes.get(best);
        }
        try {
            h.handle(ex);
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
