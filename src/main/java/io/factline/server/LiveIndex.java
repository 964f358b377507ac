package io.factline.server;

import io.factline.index.IndexException;
import io.factline.index.IndexReaderSession;

import java.io.Closeable;
import java.io.PrintStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The index a running server answers from. An ingest or a crawl with {@code --ingest} may commit to the same data
 * directory while the server runs; at most once a second a request looks for a newer commit and, when there is
 * one, later requests read it. A request keeps the session it started with until it ends (a long facts export is
 * not cut off by a reopen), and the old session is closed when its last request is done.
 */
final class LiveIndex implements Closeable {
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final ReentrantLock reopening = new ReentrantLock();
    private final PrintStream log;
    private volatile IndexReaderSession current;
    private volatile long lastCheck;

    LiveIndex(IndexReaderSession first, PrintStream log) {
        this.current = first;
        this.log = log;
        this.lastCheck = System.nanoTime();
    }

    /** The newest session, held open until the lease is closed. */
    Lease lease() {
        maybeReopen();
        while (true) {
            IndexReaderSession s = current;
            // Fails only when a reopen closed s after we read it; current is then already the newer one.
            if (s.tryAcquire()) return new Lease(s);
        }
    }

    private void maybeReopen() {
        if (System.nanoTime() - lastCheck < CHECK_EVERY_NANOS || !reopening.tryLock()) return;
        try {
            lastCheck = System.nanoTime();
            IndexReaderSession fresh = current.reopenIfChanged();
            if (fresh != null) {
                IndexReaderSession old = current;
                current = fresh;
                old.close();
            }
        } catch (IndexException e) {
            // A commit in progress or a damaged newer commit: keep answering from the session we have.
            log.println("factline serve: still on the previous index: " + e.getMessage());
        } finally {
            reopening.unlock();
        }
    }

    @Override
    public void close() {
        current.close();
    }

    /** One request's hold on a session. */
    static final class Lease implements AutoCloseable {
        private final IndexReaderSession session;

        private Lease(IndexReaderSession session) {
            this.session = session;
        }

        IndexReaderSession index() {
            return session;
        }

        @Override
        public void close() {
            session.release();
        }
    }
}
