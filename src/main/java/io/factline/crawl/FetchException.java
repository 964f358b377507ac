package io.factline.crawl;

/** A fetch that gave no usable response; {@link #retryable} when trying again later may succeed. */
final class FetchException extends Exception {
    final boolean retryable;

    FetchException(String message, boolean retryable) {
        super(message, null, false, false);
        this.retryable = retryable;
    }
}
