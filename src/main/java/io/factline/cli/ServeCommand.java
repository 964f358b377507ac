package io.factline.cli;

import io.factline.server.FactlineServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/** {@code factline serve}: the HTTP API and the web page over an index, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (/api/search, /api/facts, /api/timeline, /api/articles/ID, "
                + "/api/entities, /api/metrics) and the web page over the index of --data, until stopped (Ctrl-C).",
                "Loads no NLP model: starts in seconds."})
final class ServeCommand implements Runnable {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Override
    public void run() {
        if (port < 0 || port > 65535) throw new UsageException("--port: expected 0 to 65535, not " + port);
        PrintStream err = Streams.err();
        FactlineServer server = FactlineServer.start(data.data, bind, port, confidence.value(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "factline-serve-stop"));
        if (!isLoopback(bind)) {
            err.println("factline: warning: listening on " + bind + ": the API has no authentication; anyone who "
                    + "can reach this address can read the index");
        }
        err.printf("factline: serving %s at %s (Ctrl-C to stop)%n", data.data.toAbsolutePath().normalize(), server.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
