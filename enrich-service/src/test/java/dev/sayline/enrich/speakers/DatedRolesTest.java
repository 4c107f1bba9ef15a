package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.pipeline.SourceDocument;
import dev.sayline.enrich.speakers.registry.RegistryEntry;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Roles held in a term ("us president@2017-01-20..2021-01-20") resolve by the document's date. */
class DatedRolesTest {

    private static final SpeakerRegistry REGISTRY = SpeakerRegistry.defaults();

    private static String holder(String role, LocalDate date) {
        return REGISTRY.byRole(role, date).map(RegistryEntry::canonical).orElse(null);
    }

    @Test
    void usPresidentByDate() {
        assertEquals("Barack Obama", holder("the US president", LocalDate.of(2016, 5, 3)));
        assertEquals("Donald Trump", holder("the US president", LocalDate.of(2017, 1, 20)), "the day of the inauguration is the successor's");
        assertEquals("Joe Biden", holder("us president", LocalDate.of(2023, 6, 1)));
        assertEquals("Donald Trump", holder("US president", LocalDate.of(2025, 11, 1)));
    }

    @Test
    void withoutADateTheCurrentHolder() {
        assertEquals("Donald Trump", holder("the US president", null));
        assertEquals("Marco Rubio", holder("secretary of state", null));
    }

    @Test
    void secretaryOfStateAndVicePresidentByDate() {
        assertEquals("John Kerry", holder("secretary of state", LocalDate.of(2016, 2, 1)));
        assertEquals("Joe Biden", holder("the US vice president", LocalDate.of(2015, 3, 1)));
        assertEquals(Optional.empty(), REGISTRY.byRole("us vice president", LocalDate.of(1990, 1, 1)), "no curated holder then");
    }

    @Test
    void aDocumentsDateChoosesTheSpeaker() {
        String text = "The US president said: “We will not send troops.”";
        SpeakerEnricher enricher = new SpeakerEnricher(REGISTRY, false);
        Annotations a = new Annotations(LocalDate.of(2016, 4, 1));
        enricher.enrich(SourceDocument.ofText(text, LocalDate.of(2016, 4, 1)), a);
        Quote q = a.quotes().get(0);
        assertEquals("The US president", q.speakerMention().text());
        assertEquals("Barack Obama", q.speaker());
        assertEquals("Donald Trump", Fixture.only(text).speaker(), "the fixture's documents are of December 2025");
    }
}
