package dev.sayline.query.deadletters;

import java.time.Instant;

/**
 * One record of a dead-letter topic, with the reason headers the services write
 * ({@code dead-letter-reason}, {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset});
 * {@code value} is cut to {@code dead-letters.max-value-chars} in listings ({@code valueCut}).
 */
public record DeadLetter(int partition, long offset, Instant time, String key, String reason, String cause,
                         String sourceTopic, Integer sourcePartition, Long sourceOffset, String value, boolean valueCut) {
}
