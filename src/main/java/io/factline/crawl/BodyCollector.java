package io.factline.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size, and can be stopped from outside: the fetcher aborts it when the server
 * goes silent or the response takes too long, and it aborts itself when the body grows past its cap. Aborting
 * cancels the subscription, which makes the HTTP client drop the connection.
 */
final class BodyCollector implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile long lastProgressNanos = System.nanoTime();

    BodyCollector(long cap) {
        this.cap = cap;
    }

    /** A collector that refuses the body before reading any of it. */
    static BodyCollector refusing(FetchException reason) {
        BodyCollector c = new BodyCollector(0);
        c.abort(reason);
        return c;
    }

    long lastProgressNanos() {
        return lastProgressNanos;
    }

    /** Stops reading; the response fails with {@code reason}. */
    void abort(Exception reason) {
        if (result.completeExceptionally(reason)) {
            Flow.Subscription s = subscription;
            if (s != null) s.cancel();
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        if (buffer.size() > cap) {
            abort(new FetchException("body larger than " + cap + " bytes", false));
            return;
        }
        lastProgressNanos = System.nanoTime();
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
