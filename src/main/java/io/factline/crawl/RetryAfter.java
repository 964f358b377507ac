package io.factline.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
final class RetryAfter {
    /** A server asking for longer than this is treated as asking for this: the crawl should not stall for a day. */
    static final Duration MAX = Duration.ofMinutes(10);

    private RetryAfter() {
    }

    /** The pause asked for, zero when there is no usable header. */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) return Duration.ZERO;
        String v = value.strip();
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e2) {
                return Duration.ZERO;
            }
        }
        if (d.isNegative()) return Duration.ZERO;
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
