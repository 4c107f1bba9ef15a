package dev.sayline.enrich.tags;

/** A rule that cannot be used: bad name, unparsable query (the parser's message), bad threshold. */
public class InvalidRuleException extends RuntimeException {

    private final String field;

    public InvalidRuleException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The offending rule field ({@code name}, {@code query}, {@code minMatches}). */
    public String field() {
        return field;
    }
}
