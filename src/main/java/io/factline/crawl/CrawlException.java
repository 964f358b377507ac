package io.factline.crawl;

/** A crawl that cannot start or go on: bad seeds, an unreadable state directory, a data directory in use. */
public final class CrawlException extends RuntimeException {
    public CrawlException(String message) {
        super(message);
    }

    public CrawlException(String message, Throwable cause) {
        super(message, cause);
    }
}
