package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;

import java.time.LocalDate;
import java.util.List;

/** Runs the enricher on a test sentence (written for the tests, not cut from any corpus). */
final class Fixture {

    private Fixture() {
    }

    static Annotations enrich(SpeakerEnricher enricher, String text) {
        Annotations a = new Annotations(LocalDate.of(2025, 12, 1));
        enricher.enrich(SourceDocument.ofText(text, LocalDate.of(2025, 12, 1)), a);
        return a;
    }

    static Annotations enrich(String text) {
        return enrich(new SpeakerEnricher(SpeakerRegistry.defaults(), false), text);
    }

    static List<Quote> quotes(String text) {
        return enrich(text).quotes();
    }

    static Quote only(String text) {
        List<Quote> q = quotes(text);
        if (q.size() != 1) {
            throw new AssertionError("expected one quote, got " + q);
        }
        return q.get(0);
    }
}
