package dev.sayline.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import dev.sayline.query.indexing.IndexSourceMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds Elasticsearch queries from {@link Filters}. User text only ever reaches
 * {@code simple_query_string} (which cannot fail on input and allows no raw DSL) or exact
 * {@code term} values; nothing a client sends is parsed as query DSL.
 */
public final class Queries {

    private Queries() {
    }

    /** Full-text query over a document's title and body; match-all when q is absent. */
    public static Query documentText(String q) {
        if (q == null) {
            return Query.of(x -> x.matchAll(m -> m));
        }
        return simple(q, List.of("title^2", "text"));
    }

    /** Full-text query over quote text (inside the {@code quotes} nested scope). */
    public static Query quoteText(String q) {
        return simple(q, List.of("quotes.text"));
    }

    private static Query simple(String q, List<String> fields) {
        return Query.of(x -> x.simpleQueryString(s -> s.query(q).fields(fields).defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                        SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape)));
    }

    /**
     * Document-level filters of {@code /search}: speaker, tag, entity, kind (a document with a
     * quote of that kind), source, publication and mentioned dates, degraded. Not q.
     */
    public static List<Query> documentFilters(Filters f) {
        List<Query> out = new ArrayList<>();
        for (String speaker : f.speakers()) {
            out.add(nested("speakers", speakerEntry(speaker)));
        }
        for (String kind : f.kinds()) {
            out.add(nested("quotes", term("quotes.kind", kind.toLowerCase(Locale.ROOT))));
        }
        out.addAll(metadataFilters(f));
        if (!f.published().isOpen()) {
            out.add(dateRange("publishedAt", f.published(), false));
        }
        return out;
    }

    /** Filters on document metadata that do not involve quotes or speakers. */
    public static List<Query> metadataFilters(Filters f) {
        List<Query> out = new ArrayList<>();
        f.tags().forEach(t -> out.add(term("tags.tag.folded", fold(t))));
        f.entities().forEach(e -> out.add(term("entities.name.folded", fold(e))));
        f.sources().forEach(s -> out.add(term("source", s)));
        if (!f.mentions().isOpen()) {
            out.add(dateRange("mentionedDates", f.mentions(), true));
        }
        if (f.degraded() != null) {
            Query anyDegraded = Query.of(x -> x.exists(e -> e.field("degraded")));
            out.add(f.degraded() ? anyDegraded : Query.of(x -> x.bool(b -> b.mustNot(anyDegraded))));
        }
        return out;
    }

    /**
     * Quote-level filters (to be used inside the {@code quotes} nested scope): speaker by name or
     * alias and kind (any of the values given), and the date of the quote (its document's date).
     */
    public static List<Query> quoteFilters(Filters f) {
        List<Query> out = new ArrayList<>();
        if (!f.speakers().isEmpty()) {
            // One quote has one speaker: several speakers mean quotes by any of them.
            out.add(Query.of(x -> x.bool(b -> b.should(f.speakers().stream().map(Queries::speakerOfQuote).toList())
                    .minimumShouldMatch("1"))));
        }
        if (!f.kinds().isEmpty()) {
            out.add(Query.of(x -> x.terms(t -> t.field("quotes.kind").terms(v -> v.value(
                    f.kinds().stream().map(k -> FieldValue.of(k.toLowerCase(Locale.ROOT))).toList())))));
        }
        if (!f.published().isOpen()) {
            out.add(dateRange("quotes.publishedAt", f.published(), false));
        }
        return out;
    }

    /**
     * A {@code speakers[]} entry (inside its nested scope) by name or alias; a pronoun is never
     * taken for an alias (the enrichment lists the pronouns it resolved among the mentions).
     */
    public static Query speakerEntry(String speaker) {
        if (IndexSourceMapper.isPronoun(speaker)) {
            return term("speakers.name.folded", fold(speaker));
        }
        return Query.of(x -> x.bool(b -> b
                .should(term("speakers.name.folded", fold(speaker)))
                .should(term("speakers.mentions.folded", fold(speaker)))
                .minimumShouldMatch("1")));
    }

    public static Query speakerOfQuote(String speaker) {
        return Query.of(x -> x.bool(b -> b
                .should(term("quotes.speaker.folded", fold(speaker)))
                .should(term("quotes.speakerAliases", fold(speaker)))
                .minimumShouldMatch("1")));
    }

    /** The quote-level query: filters, plus q scoring the quote text when present. */
    public static Query quoteQuery(Filters f) {
        List<Query> filters = quoteFilters(f);
        return Query.of(x -> x.bool(b -> {
            b.filter(filters);
            if (f.q() != null) {
                b.must(quoteText(f.q()));
            }
            return b;
        }));
    }

    public static Query nested(String path, Query inner) {
        return Query.of(x -> x.nested(n -> n.path(path).query(inner).scoreMode(ChildScoreMode.Max)));
    }

    public static Query term(String field, String value) {
        return Query.of(x -> x.term(t -> t.field(field).value(value)));
    }

    /** A day range; on a range field ({@code mentionedDates}) it matches any overlap. */
    public static Query dateRange(String field, DayRange range, boolean intersects) {
        return Query.of(x -> x.range(r -> r.date(d -> {
            d.field(field).format("strict_date");
            if (range.from() != null) {
                d.gte(range.from() + "||/d");
            }
            if (range.to() != null) {
                d.lte(range.to() + "||/d"); // rounds up: the whole last day
            }
            if (intersects) {
                d.relation(RangeRelation.Intersects);
            }
            return d;
        })));
    }

    public static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
