package io.factline.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code factline serve --data DIR --port 0} in a JVM of its own, started from the test class path as a user's
 * launcher starts it; its address is read from the line it prints. What else it prints goes to our stderr.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("^factline: serving .* at (http://\\S+) ");

    final Process process;
    final URI url;
    /** From starting the JVM to the server's first line: how long a user waits. */
    final long startMillis;

    private ServeProcess(Process process, URI url, long startMillis) {
        this.process = process;
        this.url = url;
        this.startMillis = startMillis;
    }

    static ServeProcess start(Path data, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.factline.cli.Main",
                "serve", "--data", data.toString(), "--port", "0", "--min-confidence",
                Double.toString(io.factline.TestData.EXPLORING)));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find() && !url.isDone()) url.complete(URI.create(m.group(1)));
                    else System.err.println("[serve] " + line);
                }
            } catch (IOException e) {
                // the process ended
            }
            url.completeExceptionally(new IllegalStateException("serve ended without serving"));
        }, "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            URI u = url.get(60, TimeUnit.SECONDS);
            return new ServeProcess(p, u, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("factline serve did not start: " + e, e);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
