package io.factline.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Politeness: hands each worker a host (origin) whose turn has come, never the same host to two workers at once,
 * so there is one connection per host at a time and a pause between its requests, while many hosts are fetched in
 * parallel. Only hosts are in memory; their URLs stay in the store.
 */
final class Hosts {
    private final Map<String, Host> hosts = new HashMap<>();
    private final PriorityQueue<Host> waiting = new PriorityQueue<>((a, b) -> Long.compare(a.nextAt, b.nextAt));
    private int busy;
    private boolean stopped;

    /** One origin's politeness state. */
    static final class Host {
        final String origin;
        long nextAt;
        boolean busy, inQueue, capped;
        int queued, fetched;

        Host(String origin) {
            this.origin = origin;
        }
    }

    /** Sets what the store knows at start: queued and already-fetched URL counts per origin. */
    synchronized void load(Map<String, Integer> queued, Map<String, Integer> fetched) {
        fetched.forEach((origin, n) -> host(origin).fetched = n);
        queued.forEach((origin, n) -> {
            Host h = host(origin);
            h.queued = n;
            offer(h);
        });
    }

    /** One more URL queued for {@code origin}. */
    synchronized void queued(String origin) {
        Host h = host(origin);
        h.queued++;
        offer(h);
    }

    /** One queued URL of a held host was dealt with. */
    synchronized void dequeued(Host h) {
        h.queued = Math.max(0, h.queued - 1);
    }

    /** A held host has no URL ready before {@code nextAt}, or none at all ({@code empty}). */
    synchronized void nothingReady(Host h, boolean empty) {
        if (empty) h.queued = 0;
    }

    /**
     * The next host whose turn has come, waiting for it; null when there is nothing left to fetch (no host has
     * queued URLs and no worker holds a host that could queue more) or the crawl was stopped.
     */
    synchronized Host take() throws InterruptedException {
        while (true) {
            if (stopped) return null;
            Host head = waiting.peek();
            if (head == null) {
                if (busy == 0) {
                    notifyAll();
                    return null;
                }
                wait();
                continue;
            }
            long delay = head.nextAt - System.currentTimeMillis();
            if (delay > 0) {
                wait(delay);
                continue;
            }
            waiting.poll();
            head.inQueue = false;
            head.busy = true;
            busy++;
            return head;
        }
    }

    /** Gives a host back; its next request may start at {@code nextAt} (epoch ms). */
    synchronized void release(Host h, long nextAt) {
        h.busy = false;
        busy--;
        h.nextAt = Math.max(h.nextAt, nextAt);
        offer(h);
        notifyAll();
    }

    /** Ends the crawl: workers get no more hosts. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    synchronized int hostCount() {
        return hosts.size();
    }

    private Host host(String origin) {
        return hosts.computeIfAbsent(origin, Host::new);
    }

    private void offer(Host h) {
        if (h.busy || h.inQueue || h.capped || h.queued <= 0) return;
        h.inQueue = true;
        waiting.add(h);
        notifyAll();
    }
}
