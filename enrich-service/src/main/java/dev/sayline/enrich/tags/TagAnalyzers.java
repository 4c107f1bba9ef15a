package dev.sayline.enrich.tags;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer rules and documents share: Unicode word tokens, possessives dropped, lower
 * case, English (Porter) stemming, so a rule saying {@code sanction} matches "sanctions" and
 * "sanctioned". Stop words are kept, so phrases match word for word ("coalition of the
 * willing"). Sentences are values of one field, {@link #SENTENCE_GAP} positions apart.
 */
final class TagAnalyzers {

    /** The field sentences are indexed under; the default field of rule queries. */
    static final String TEXT_FIELD = "text";
    /** The document title, when there is one; rules may target it as {@code title:word}. */
    static final String TITLE_FIELD = "title";

    /**
     * Position gap between sentences: a match position divided by it is the sentence index. Large
     * enough for any document the service accepts (1 MB, well under 2^20 tokens in all) and small
     * enough that {@link #MAX_SENTENCES} of them fit in an int.
     */
    static final int SENTENCE_GAP = 1 << 20;
    static final int MAX_SENTENCES = 2_000;

    private TagAnalyzers() {
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return SENTENCE_GAP;
            }
        };
    }
}
