package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One period of a timeline: its first day (or month), the count, and the top speakers when split. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineBucket(String date, long count, List<Bucket> speakers) {
}
