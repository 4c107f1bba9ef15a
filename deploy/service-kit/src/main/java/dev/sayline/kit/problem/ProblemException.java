package dev.sayline.kit.problem;

import jakarta.ws.rs.core.Response;

/** Thrown for bad client input; rendered as problem+json by {@link CommonProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Response.StatusType status, String detail, String field) {
        super(detail);
        this.problem = Problem.of(status, detail, field);
    }

    public static ProblemException badRequest(String detail, String field) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail, field);
    }

    public Problem problem() {
        return problem;
    }
}
