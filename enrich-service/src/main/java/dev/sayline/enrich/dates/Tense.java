package dev.sayline.enrich.dates;

/** Tense of the clause around an expression, used to pick past or future for underspecified dates. */
enum Tense { PAST, FUTURE, UNKNOWN }
