package io.factline.cli;

import io.factline.ingest.Ingester;

import java.io.PrintStream;

/**
 * While an ingest runs, SIGTERM or Ctrl-C lets its workers finish the articles in hand and commits them, so that
 * running the same command again carries on from there instead of starting over.
 */
final class CommitOnSignal implements AutoCloseable {
    private final Thread hook;

    CommitOnSignal(Ingester.Run run, PrintStream err) {
        hook = new Thread(() -> {
            Ingester.Stats s = run.stop();
            if (s != null) {
                err.printf("ingest: stopped: committed %d articles (%d facts); run the same command again to carry on%n",
                        s.indexed(), s.facts());
            }
        }, "factline-ingest-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The ingest ended by itself: a signal from now on needs nothing of it. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it commits and reports
        }
    }
}
