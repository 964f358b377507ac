package io.factline.cli;

import io.factline.crawl.CrawlStats;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * A crawl's progress on standard error: one line rewritten in place every second on a terminal, a plain line
 * every {@value #PLAIN_EVERY_MS} ms otherwise (a log file should not fill with carriage returns).
 */
final class Progress implements AutoCloseable {
    static final long PLAIN_EVERY_MS = 10_000;
    private static final long TERMINAL_EVERY_MS = 1_000;

    private final PrintStream err;
    private final Supplier<CrawlStats.Snapshot> stats;
    private final boolean terminal;
    private final Thread thread;
    private int lastWidth;

    Progress(PrintStream err, Supplier<CrawlStats.Snapshot> stats, boolean terminal) {
        this.err = err;
        this.stats = stats;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "factline-progress");
        thread.setDaemon(true);
        thread.start();
    }

    static String line(CrawlStats.Snapshot s) {
        return String.format("crawl: %d fetched, %d stored, %d queued, %d errors, %.1f pages/s", s.requests(),
                s.stored(), s.queued(), s.errors(), s.pagesPerSecond());
    }

    private void loop() {
        try {
            while (true) {
                Thread.sleep(terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS);
                print();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private synchronized void print() {
        String l = line(stats.get());
        if (terminal) {
            err.print("\r" + l + " ".repeat(Math.max(0, lastWidth - l.length())));
            lastWidth = l.length();
        } else {
            err.println(l);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        thread.interrupt();
        if (terminal && lastWidth > 0) err.print("\r" + " ".repeat(lastWidth) + "\r");
    }
}
