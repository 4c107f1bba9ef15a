package dev.sayline.kit.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one reading of a {@code publishedAt} value: an ISO date, an ISO date-time with offset, or a
 * local date-time (news gold sets give creation times without a zone); {@code t} and {@code z}
 * may be lower case (RFC 3339). Used by ingest's and enrich's request validation and by the
 * enrichment pipeline, so all three accept exactly the same values.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The calendar day of an ISO date or date-time; empty when the value is none of the accepted forms. */
    public static Optional<LocalDate> day(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        try {
            LocalDate day;
            if (v.length() <= 10) {
                day = LocalDate.parse(v);
            } else if (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10) {
                day = OffsetDateTime.parse(v).toLocalDate();
            } else {
                day = LocalDateTime.parse(v).toLocalDate();
            }
            // ISO's expanded years ("+99999-12-31") parse, but no calendar arithmetic or index takes them
            return day.getYear() < 1 || day.getYear() > 9999 ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
