package dev.sayline.ingest.observability;

import java.util.List;

/** The bounded set of {@code reason} tag values of {@code sayline_ingest_documents_rejected_total}. */
public final class RejectionReasons {

    public static final String INVALID = "invalid";
    public static final String MALFORMED = "malformed";
    public static final String TOO_LARGE = "too_large";
    public static final String BROKER_UNAVAILABLE = "broker_unavailable";
    public static final String OTHER = "other";
    public static final List<String> ALL = List.of(INVALID, MALFORMED, TOO_LARGE, BROKER_UNAVAILABLE, OTHER);

    private RejectionReasons() {
    }

    /** Maps an error answer of {@code /documents} to a reason: by status, and by whether a field was named. */
    public static String of(int status, String field, String detail) {
        if (status == 413) {
            return TOO_LARGE;
        }
        if (status == 503) {
            return BROKER_UNAVAILABLE;
        }
        if (status == 400 || status == 415 || status == 422) {
            boolean malformed = field == null && detail != null && detail.toLowerCase().contains("malformed");
            return malformed ? MALFORMED : INVALID;
        }
        return OTHER;
    }
}
