package dev.sayline.enrich.dates;

import dev.sayline.enrich.model.DateMention;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.Enricher;
import dev.sayline.enrich.pipeline.SourceDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * The date enricher: settles the document's publication date (the client's, else a dateline in
 * the text) and adds every temporal expression of the text, normalised against it, to
 * {@code dates}.
 */
@ApplicationScoped
public class DateEnricher implements Enricher {

    /** Bump when rules or word lists change: it re-labels every document enriched afterwards. */
    static final String VERSION = "14";

    private final TimexTagger tagger = new TimexTagger();
    private final PublicationDates publicationDates = new PublicationDates(tagger);

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void enrich(SourceDocument document, Annotations annotations) {
        LocalDate published = annotations.publishedAt();
        if (published == null) {
            published = publicationDates.find(document.text()).orElse(null);
            annotations.publishedAt(published);
        }
        String text = document.text();
        for (Timex t : tagger.tag(text, published)) {
            if (outsideTheCalendar(t.value())) {
                continue;  // "999999999 days ago", "10000 years from now": no TIMEX3 value can say when
            }
            annotations.dates().add(new DateMention(t.start(), t.end(), text.substring(t.start(), t.end()),
                    t.type(), t.value()));
        }
    }

    /** A point before year 0 or after 9999 ({@code -2735882-12-22}, {@code 12025}, {@code +10000-01-01}). */
    static boolean outsideTheCalendar(String value) {
        return value != null && !value.isEmpty()
                && (value.charAt(0) == '-' || value.charAt(0) == '+' || value.matches("\\d{5,}.*"));
    }
}
