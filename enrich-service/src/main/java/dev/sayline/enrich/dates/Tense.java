package dev.sayline.enrich.dates;

/** Tense of the clause around an expression, used to pick past or future for underspecified dates. */
enum Tense {
    PAST, FUTURE, UNKNOWN,
    /** A plan told in the past ("was planning to … on Thursday"): the day nearest the publication date. */
    PLANNED_IN_THE_PAST
}
