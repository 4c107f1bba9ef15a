package dev.sayline.enrich.dates;

import java.util.Set;

/**
 * Programme and company names that contain a time word: "Fox News Sunday", "Breitbart News Daily",
 * "Saturday Night Live", "CBS This Morning", "The Tonight Show", "Russia Today", "Real News Right
 * Now", "21st Century Fox". A match inside one is dropped. Kept apart from the rules because it
 * judges a rule's finished match by the capitalised words around it, whatever rule found it.
 */
final class NamesNotTimes extends TokenReader {

    private static final Set<String> TITLE_TIME_WORDS = Set.of("this", "today", "tonight", "now", "daily", "weekly");
    private static final Set<String> HEADLINE_FUNCTION_WORDS = Set.of("is", "are", "was", "were", "at", "for", "of",
            "to", "in", "on", "by", "and", "but", "the", "from", "until", "as", "be", "been");

    NamesNotTimes(Reading reading) {
        super(reading);
    }

    boolean partOfAName(RuleMatch m) {
        Token first = t[m.start()];
        if (m.start() > 0 && t[m.start() - 1].is("news") && t[m.start() - 1].capitalized() && first.capitalized()
                && t[m.end() - 1].capitalized()) {
            return true;  // "Fox News Sunday", "Real News Right Now"; not "on Fox News Tuesday night"
        }
        if (first.is("tonight") && first.capitalized() && is(m.end(), "show") && t[m.end()].capitalized()
                || first.is("today") && first.capitalized() && m.end() == m.start() + 1 && is(m.end(), "show")) {
            return true;  // "The Tonight Show", "NBC's Today show"
        }
        // a capitalised "Today" inside a sentence, after a name; not in a title-case headline
        // ("Trump Is Now Being …", "But For Today, …", "Obama To Visit Cuba This Week"), nor an all-caps one
        if (TITLE_TIME_WORDS.contains(first.lower) && first.capitalized() && !first.text.equals(first.text.toUpperCase())
                && m.start() > 0 && t[m.start() - 1].isWord() && t[m.start() - 1].capitalized()
                && !t[m.start() - 1].newlineBefore && !HEADLINE_FUNCTION_WORDS.contains(t[m.start() - 1].lower)
                && !(is(m.end(), "'") && is(m.end() + 1, "s")) && !reading.titleCaseLine(m.start())) {
            return true;
        }
        // a programme in quotation marks (a comma or period may close inside them) or after "the":
        // ''Today'', ''Today,'' “Today” anchor, the Today show (not the possessive of a quotation's first
        // word: “Today’s speech …”)
        int close = (is(m.end(), ".") || is(m.end(), ",")) && reading.isQuoteMark(m.end() + 1) ? m.end() + 1 : m.end();
        int open = m.start() - 1;
        while (open > 0 && reading.isQuoteMark(open - 1)) {
            open--;
        }
        // with its punctuation inside, only inside a sentence ("a job on ''Today.''"; not "“Today,” she said")
        boolean named = close == m.end() || open > 0 && t[open - 1].isWord();
        boolean quoted = reading.isQuoteMark(m.start() - 1) && reading.isQuoteMark(close) && !is(close + 1, "s")
                && named;
        if (TITLE_TIME_WORDS.contains(first.lower) && first.capitalized() && m.end() == m.start() + 1
                && (quoted || is(m.start() - 1, "the"))) {
            return true;
        }
        // "Saturday Night Live", "Monday Night Football", "Sunday Morning Futures" (found with or without
        // the part of the day)
        int part = m.end() - 1 > m.start() && (t[m.end() - 1].is("night") || t[m.end() - 1].is("morning"))
                ? m.end() - 1 : m.end();
        if (Lexicon.WEEKDAYS.containsKey(first.lower) && part + 1 < t.length
                && (t[part].is("night") || t[part].is("morning")) && t[part].capitalized()
                && t[part + 1].isWord() && t[part + 1].capitalized()) {
            return true;
        }
        // "21st Century Fox", "the Twentieth Century Fund"
        Token last = t[m.end() - 1];
        return last.is("century") && last.capitalized() && m.end() < t.length && t[m.end()].isWord()
                && t[m.end()].capitalized();
    }
}
