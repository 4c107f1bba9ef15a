package dev.sayline.query.api;

import dev.sayline.kit.problem.ProblemException;
import dev.sayline.query.QueryConfig;
import dev.sayline.query.search.Filters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Set;

/** The filter parameters {@code /search}, {@code /quotes}, {@code /speakers} and {@code /timeline} share. */
public class FilterParams {

    static final Set<String> KINDS = Set.of("direct", "indirect", "colon", "interview", "comment", "post");
    private static final int MAX_VALUES = 20;
    private static final int MAX_VALUE_LENGTH = 200;

    @QueryParam("q")
    @Parameter(description = "Simple query syntax: words (all required), \"phrases\", -exclusions, a | b, prefix*. "
            + "On /search it matches title and text; on /quotes, /speakers and /timeline?of=quotes the quote text.")
    public String q;

    @QueryParam("speaker")
    @Parameter(description = "Canonical speaker name or any alias the documents use (case-insensitive); repeatable: a document must have every one, a quote be by any")
    public List<String> speaker;

    @QueryParam("tag")
    @Parameter(description = "Tag (case-insensitive); repeatable, all must match")
    public List<String> tag;

    @QueryParam("entity")
    @Parameter(description = "Entity name (case-insensitive); repeatable, all must match")
    public List<String> entity;

    @QueryParam("kind")
    @Parameter(description = "Quote kind: direct, indirect, colon, interview, comment, post; repeatable: a document must have quotes of every kind, a quote be of any")
    public List<String> kind;

    @QueryParam("source")
    @Parameter(description = "Source name, exact; repeatable")
    public List<String> source;

    @QueryParam("publishedFrom")
    @Parameter(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD (start of that period)")
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD (end of that period)")
    public String publishedTo;

    @QueryParam("mentionsFrom")
    @Parameter(description = "The document mentions a date on or after this (YYYY, YYYY-MM or YYYY-MM-DD)")
    public String mentionsFrom;

    @QueryParam("mentionsTo")
    @Parameter(description = "The document mentions a date on or before this (YYYY, YYYY-MM or YYYY-MM-DD)")
    public String mentionsTo;

    @QueryParam("degraded")
    @Parameter(description = "true: only documents an enricher failed on (their `degraded` lists it); "
            + "false: only fully enriched ones")
    public String degraded;

    /** @throws ProblemException 400 naming the parameter that is wrong */
    public Filters toFilters(QueryConfig.Search limits) {
        if (q != null && q.length() > limits.maxQueryLength()) {
            throw ProblemException.badRequest("q is longer than " + limits.maxQueryLength() + " characters", "q");
        }
        check("speaker", speaker);
        check("tag", tag);
        check("entity", entity);
        check("source", source);
        check("kind", kind);
        if (kind != null) {
            for (String k : kind) {
                if (k != null && !KINDS.contains(k.strip().toLowerCase(java.util.Locale.ROOT))) {
                    throw ProblemException.badRequest("kind must be one of " + String.join(", ", KINDS.stream().sorted().toList()), "kind");
                }
            }
        }
        return new Filters(q, speaker, tag, entity, kind, source,
                Params.dayRange(publishedFrom, "publishedFrom", publishedTo, "publishedTo"),
                Params.dayRange(mentionsFrom, "mentionsFrom", mentionsTo, "mentionsTo"),
                degraded == null || degraded.isBlank() ? null : Params.flag(degraded, "degraded"));
    }

    private static void check(String name, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_VALUES) {
            throw ProblemException.badRequest(name + " may be given at most " + MAX_VALUES + " times", name);
        }
        for (String v : values) {
            if (v != null && v.length() > MAX_VALUE_LENGTH) {
                throw ProblemException.badRequest(name + " is longer than " + MAX_VALUE_LENGTH + " characters", name);
            }
        }
    }
}
