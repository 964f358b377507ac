package io.factline.index;

import io.factline.model.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** ISO dates of articles and facts as the numbers range queries and sorting need. */
final class Dates {
    private Dates() {
    }

    /** Epoch milliseconds of an ISO date or date-time; a date or a local time is taken as UTC. */
    static OptionalLong epochMillis(String iso) {
        if (iso == null || iso.isBlank()) return OptionalLong.empty();
        try {
            if (iso.length() == 10) return OptionalLong.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            try {
                return OptionalLong.of(OffsetDateTime.parse(iso).toInstant().toEpochMilli());
            } catch (DateTimeParseException e) {
                try {
                    return OptionalLong.of(Instant.parse(iso).toEpochMilli());
                } catch (DateTimeParseException e2) {
                    return OptionalLong.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli());
                }
            }
        } catch (DateTimeParseException e) {
            return Period.parse(iso).map(p -> OptionalLong.of(p.first().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()))
                    .orElse(OptionalLong.empty());
        }
    }
}
