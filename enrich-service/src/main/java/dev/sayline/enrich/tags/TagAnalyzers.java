package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The one analyzer rules and documents share. English stemming (Porter) and stop words let a
 * rule say {@code sanction} and match "sanctions", "sanctioned"; phrases keep their word
 * order, and dropped stop words keep their positions ("coalition of the willing").
 */
final class TagAnalyzers {

    /** The field sentences are indexed under; the default field of rule queries. */
    static final String TEXT_FIELD = "text";
    /** The document title, when there is one; rules may target it as {@code title:word}. */
    static final String TITLE_FIELD = "title";

    private TagAnalyzers() {
    }

    static Analyzer english() {
        return new EnglishAnalyzer();
    }
}
