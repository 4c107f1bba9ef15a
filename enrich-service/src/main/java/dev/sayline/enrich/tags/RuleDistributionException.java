package dev.sayline.enrich.tags;

/** A rule change could not be written to, or read back from, the rules topic (the service's fault, not the client's). */
public class RuleDistributionException extends RuntimeException {

    public RuleDistributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
