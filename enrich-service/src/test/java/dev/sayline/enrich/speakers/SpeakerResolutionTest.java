package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.EntityCount;
import dev.sayline.enrich.model.EntityType;
import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.SpeakerSummary;
import dev.sayline.enrich.pipeline.Annotations;
import dev.sayline.enrich.speakers.registry.SpeakerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per resolution rule: mention → canonical speaker, within and across documents. */
class SpeakerResolutionTest {

    @Test
    void surnameResolvesToTheFullNameTheDocumentGives() {
        String text = "Russian Foreign Minister Sergey Lavrov met his counterpart. Later, Lavrov said the talks were frank.";
        Quote q = Fixture.only(text);
        assertEquals("Lavrov", q.speakerMention().text());
        assertEquals("Sergey Lavrov", q.speaker());
    }

    @Test
    void registryGivesOneIdentityWhenTheDocumentOnlyHasTheSurname() {
        assertEquals("Sergey Lavrov", Fixture.only("Lavrov said the West had lost its way.").speaker());
        assertEquals("Sergey Lavrov", Fixture.only("Sergei Lavrov said the West had lost its way.").speaker());
    }

    @Test
    void honorificsAndTitlesAreRemoved() {
        assertEquals("Donald Trump", Fixture.only("Mr Trump said the deal was close.").speaker());
        assertEquals("Jane Marlow", Fixture.only("Senator Jane Marlow said the vote would fail.").speaker());
    }

    @Test
    void pronounResolvesToTheLastSpeaker() {
        String text = "Peskov said the Kremlin was ready to talk. Moscow hopes for an answer soon, he added.";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(2, q.size());
        assertEquals("he", q.get(1).speakerMention().text());
        assertEquals("Dmitry Peskov", q.get(1).speaker());
    }

    @Test
    void pronounWithoutEarlierSpeakerResolvesToTheLastPersonNamed() {
        String text = "Marco Rubio arrived in Geneva on Sunday. He said the text needed more work.";
        Quote q = Fixture.only(text);
        assertEquals("He", q.speakerMention().text());
        assertEquals("Marco Rubio", q.speaker());
    }

    @Test
    void descriptionResolvesThroughTheRegistryRoles() {
        assertEquals("Dmitry Peskov", Fixture.only("The Kremlin spokesman said no date had been set.").speaker());
    }

    @Test
    void descriptionResolvesToThePersonTheDocumentGaveTheRole() {
        String text = "The book is by Canadian historian Hal Brennick. The historian said the archives changed everything.";
        Quote q = Fixture.only(text);
        assertEquals("The historian", q.speakerMention().text());
        assertEquals("Hal Brennick", q.speaker());
    }

    @Test
    void organisationsAndOutletsAreSpeakers() {
        Quote q = Fixture.only("The Financial Times reports that the plan has 20 points.");
        assertEquals("The Financial Times", q.speakerMention().text());
        assertEquals("Financial Times", q.speaker());
    }

    @Test
    void vagueSourcesKeepTheirMentionButHaveNoSpeaker() {
        Quote q = Fixture.only("Some say the envoy was chosen for his contacts in Washington.");
        assertEquals("Some", q.speakerMention().text());
        assertNull(q.speaker());
    }

    @Test
    void relativeClauseSourceTakesTheNameInItsParenthesis() {
        Quote q = Fixture.only("Recall the words of an old general (said to be Tomas Rellik) who said the war would end by winter.");
        assertEquals("Tomas Rellik", q.speakerMention().text());
        assertEquals("Tomas Rellik", q.speaker());
    }

    @Test
    void secondContentClauseContinuesTheReport() {
        List<Quote> q = Fixture.quotes("Peskov said that the talks were over for now. And that a new round could start in spring.");
        assertEquals(2, q.size());
        assertEquals("a new round could start in spring", q.get(1).text());
        assertNull(q.get(1).speakerMention());
        assertEquals("Dmitry Peskov", q.get(1).speaker());
    }

    @Test
    void pronounAfterWhatStandsForTheSentenceSubject() {
        Quote q = Fixture.only("Secretary General Ban Ki-moon condemned what he called a “brazen breach” of the rules.");
        assertEquals("Secretary General Ban Ki-moon", q.speakerMention().text());
        assertEquals("Ban Ki-moon", q.speaker());
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        Quote q = Fixture.only("Marlow laughed and said, “Nobody here believes that story any more.”");
        assertEquals("Marlow", q.speakerMention().text());
    }

    @Test
    void verbalActBeforeAColonIntroducesAQuote() {
        Quote q = Fixture.only("Senator Jane Marlow scolded him: “The evidence is against you on every count.”");
        assertEquals("scolded", q.cue().text());
        assertEquals("Jane Marlow", q.speaker());
    }

    @Test
    void continuationQuoteKeepsTheSpeaker() {
        String text = "“We are ready,” Zelensky said.\n\n“But we will not give up our land, not now and not ever.”";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(1, q.size(), "a continuation paragraph joins the quote it continues");
        assertEquals("Volodymyr Zelensky", q.get(0).speaker());
    }

    @Test
    void aliasesAreLearntFromFullNamesAcrossDocuments() {
        SpeakerEnricher enricher = new SpeakerEnricher(SpeakerRegistry.defaults(), true);
        Fixture.enrich(enricher, "Economist Orla Vantreight said growth would slow next year.");
        Quote later = Fixture.enrich(enricher, "Vantreight said the central bank was right.").quotes().get(0);
        assertEquals("Orla Vantreight", later.speaker());
    }

    @Test
    void registryIsExtendedByConfiguredFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.tsv"), "Ilse Dorrwald\tPERSON\tDorrwald|I. Dorrwald\tbundestag speaker\n");
        SpeakerRegistry registry = SpeakerRegistry.load(List.of(dir));
        SpeakerEnricher enricher = new SpeakerEnricher(registry, false);
        assertEquals("Ilse Dorrwald", Fixture.enrich(enricher, "Dorrwald said the session was over.").quotes().get(0).speaker());
        assertEquals("Ilse Dorrwald", Fixture.enrich(enricher, "The Bundestag speaker said the session was over.").quotes().get(0).speaker());
    }

    @Test
    void speakersAndEntitiesAreSummarised() {
        String text = "Sergey Lavrov spoke in Moscow. “NATO keeps expanding,” Lavrov said. "
                + "He said that the Anchorage summit had changed little. The New START treaty expires soon.";
        Annotations a = Fixture.enrich(text);
        SpeakerSummary lavrov = a.speakers().get(0);
        assertEquals("Sergey Lavrov", lavrov.name());
        assertEquals(2, lavrov.quoteCount());
        assertTrue(lavrov.mentions().containsAll(List.of("Lavrov", "He", "Sergey Lavrov")), lavrov.mentions().toString());
        assertTrue(a.entities().contains(new EntityCount("Sergey Lavrov", EntityType.PERSON, 2)), a.entities().toString());
        assertTrue(a.entities().contains(new EntityCount("NATO", EntityType.ORG, 1)));
        assertTrue(a.entities().contains(new EntityCount("Moscow", EntityType.PLACE, 1)));
        assertTrue(a.entities().contains(new EntityCount("Anchorage summit", EntityType.EVENT, 1)));
        assertTrue(a.entities().contains(new EntityCount("New START", EntityType.EVENT, 1)));
    }
}
