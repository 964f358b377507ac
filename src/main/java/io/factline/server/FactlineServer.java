package io.factline.server;

import com.sun.net.httpserver.HttpServer;
import io.factline.registry.NameLookup;
import io.factline.registry.Registries;
import io.factline.index.IndexReaderSession;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP API and web page over the index of a data directory. What an ingest commits to that index while the
 * server runs is answered from within a second ({@link IndexReaderSession#refreshEvery}).
 *
 * <p>Served by the JDK's own {@code com.sun.net.httpserver}: the API is a handful of GET routes with JSON
 * bodies, which that server handles in a few hundred lines of ours, with no dependency to keep up to date and
 * nothing to start but a thread pool. Jetty or Javalin would bring servlets, HTTP/2 and a release train this
 * needs none of. What we add ourselves is small: routing, gzip and headers ({@link Router}, {@link Reply}).
 */
public final class FactlineServer implements Closeable {
    /** How long a client may take to send its request line and headers. */
    static final long MAX_REQUEST_SECONDS = 10;

    static {
        // Small JSON responses must not wait for a delayed ACK (Nagle): that alone costs 40 ms per request.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // A client that starts a request and then stalls is cut off after this many seconds (the JDK server's own
        // timer; read once, by the first server of the process).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(MAX_REQUEST_SECONDS));
        }
    }

    /**
     * The JDK server reads a request's line and headers on the worker thread, so a client that sends a byte and
     * waits holds a worker until cut off: with a few workers, four such clients stopped everyone else. Workers are
     * therefore many (idle ones end after 30 s) and cheap while they wait; requests beyond them queue.
     */
    private static final int THREADS = 256;

    private final HttpServer http;
    private final ExecutorService executor;
    private final IndexReaderSession index;

    private FactlineServer(HttpServer http, ExecutorService executor, IndexReaderSession index) {
        this.http = http;
        this.executor = executor;
        this.index = index;
    }

    /**
     * Opens the index of {@code dataDir} and listens on {@code bind}:{@code port} (port 0: any free port).
     *
     * @param minConfidence the confidence floor of facts when a request names none ({@code min_confidence})
     * @param log           where internal errors are written (the client only gets an id to find them by)
     * @throws io.factline.index.IndexException when there is no readable index
     * @throws ServerException                  when the address cannot be listened on
     */
    public static FactlineServer start(Path dataDir, String bind, int port, double minConfidence, PrintStream log) {
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new ServerException("cannot listen on " + bind + ": unknown host", e);
        }
        // Snippets for a web page: HTML-escaped text with matches in <mark>, nothing else.
        Registries registries = Registries.load();
        IndexReaderSession index = IndexReaderSession.open(dataDir, "<mark>", "</mark>", true, registries);
        index.refreshEvery(Duration.ofSeconds(1), m -> log.println("factline serve: " + m));
        try {
            NameLookup names = new NameLookup(registries);
            Lookups lookups = new Lookups(names, minConfidence);
            Router router = new Router(new StaticFiles(), log)
                    .route("/api/search", new SearchRoute(index, lookups))
                    .route("/api/facts", new FactsRoute(index, lookups))
                    .route("/api/timeline", new TimelineRoute(index, lookups))
                    .route("/api/timelines", new TimelinesRoute(index, lookups))
                    .route("/api/articles/", new ArticleRoute(index))
                    .route("/api/entities", new EntitiesRoute(registries.entities()))
                    .route("/api/metrics", new MetricsRoute(names, registries.metrics()));
            HttpServer http = HttpServer.create(address, 64);
            http.createContext("/", router);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads());
            executor.allowCoreThreadTimeOut(true);
            http.setExecutor(executor);
            http.start();
            return new FactlineServer(http, executor, index);
        } catch (IOException e) {
            index.close();
            throw new ServerException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "factline-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The port listened on (the one chosen when started with port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the web page, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** Stops accepting requests, lets those in progress finish (a second at most), closes the index. */
    @Override
    public void close() {
        http.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
