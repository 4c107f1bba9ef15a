package dev.sayline.kit.messaging;

import org.apache.kafka.common.errors.RecordTooLargeException;

/** Reading a failure the Kafka producer reported, through whatever wraps it on the way. */
public final class KafkaFailures {

    private KafkaFailures() {
    }

    /** The record is over the producer's or the broker's size limit: sending it again cannot help. */
    public static boolean recordTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
