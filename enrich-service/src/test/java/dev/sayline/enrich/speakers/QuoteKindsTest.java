package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per quote kind and shape; every expectation is exact (span text, cue, mention, speaker). */
class QuoteKindsTest {

    @Test
    void directQuoteWithSourceAfterIt() {
        Quote q = Fixture.only("“We will not retreat from our position,” Lavrov said on Monday.");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("“We will not retreat from our position,”", q.text());
        assertEquals("said", q.cue().text());
        assertEquals("Lavrov", q.speakerMention().text());
        assertEquals("Sergey Lavrov", q.speaker());
    }

    @Test
    void directQuoteWithInvertedSourceAndAppositive() {
        Quote q = Fixture.only("“The sanctions will stay,” said Jane Marlow, a senior analyst at the institute.");
        assertEquals("“The sanctions will stay,”", q.text());
        assertEquals("Jane Marlow", q.speakerMention().text());
        assertEquals("Jane Marlow", q.speaker());
    }

    @Test
    void directQuoteIntroducedByColon() {
        Quote q = Fixture.only("The US president said: \"This is not about Europe at all.\"");
        assertEquals("\"This is not about Europe at all.\"", q.text());
        assertEquals("The US president", q.speakerMention().text());
        assertEquals("Donald Trump", q.speaker());
    }

    @Test
    void quoteSplitByHeSaidIsOneQuote() {
        String text = "Mr Trump spoke briefly. “I want a ceasefire,” he said, “and I want it soon.”";
        Quote q = Fixture.only(text);
        assertEquals("“I want a ceasefire,” he said, “and I want it soon.”", q.text());
        assertEquals("he", q.speakerMention().text());
        assertEquals("Donald Trump", q.speaker());
    }

    @Test
    void quoteRunningOverParagraphs() {
        String text = "Peskov told reporters: “The talks went well and we expect more.\n\n“The next round will be in Geneva.”";
        Quote q = Fixture.only(text);
        assertEquals("“The talks went well and we expect more.\n\n“The next round will be in Geneva.”", q.text());
        assertEquals("Dmitry Peskov", q.speaker());
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertTrue(Fixture.quotes("The so-called “peace plan” was discussed again in Brussels.").isEmpty());
    }

    @Test
    void partialQuoteInsideAReportedClauseIsOneIndirectQuote() {
        Quote q = Fixture.only("Lavrov said the proposal was “a step in the right direction” for both sides.");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("the proposal was “a step in the right direction” for both sides", q.text());
        assertEquals("Lavrov", q.speakerMention().text());
    }

    @Test
    void indirectSpeechWithThat() {
        Quote q = Fixture.only("Zelensky told reporters on Tuesday that the army would hold the line.");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("the army would hold the line", q.text());
        assertEquals("told", q.cue().text());
        assertEquals("Volodymyr Zelensky", q.speaker());
    }

    @Test
    void indirectSpeechWithAccordingTo() {
        Quote q = Fixture.only("According to the Kremlin, the meeting was useful and constructive.");
        assertEquals("the meeting was useful and constructive", q.text());
        assertEquals("According to", q.cue().text());
        assertEquals("the Kremlin", q.speakerMention().text());
        assertEquals("Kremlin", q.speaker());
    }

    @Test
    void indirectSpeechWithSourceAtTheEnd() {
        Quote q = Fixture.only("The talks in Riyadh were productive, Witkoff added.");
        assertEquals("The talks in Riyadh were productive", q.text());
        assertEquals("added", q.cue().text());
        assertEquals("Steve Witkoff", q.speaker());
    }

    @Test
    void firstPersonAndNegatedReportsAreNotQuotes() {
        assertTrue(Fixture.quotes("I said that the war would last for years. He did not say that it was over.").isEmpty());
    }

    @Test
    void blockQuotationIntroducedByAColon() {
        String text = "Here is what Peskov said:\n\nThe president is open to contacts. Nothing has been scheduled yet.\n\nThat was it.";
        Quote q = Fixture.only(text);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("The president is open to contacts. Nothing has been scheduled yet.", q.text());
        assertEquals("Peskov", q.speakerMention().text());
        assertEquals("Dmitry Peskov", q.speaker());
    }

    @Test
    void hereBlockWithoutSourceHasNoSpeaker() {
        Quote q = Fixture.only("Another report came out today. Here:\n\nTroops moved north overnight in large numbers.");
        assertEquals("Here", q.cue().text());
        assertNull(q.speakerMention());
        assertNull(q.speaker());
    }

    @Test
    void colonTranscriptTurns() {
        List<Quote> q = Fixture.quotes("Vladimir Putin: Good. Thank you all for the work.\n\nAndrei Belousov: We will continue.");
        assertEquals(2, q.size());
        assertEquals(QuoteKind.COLON, q.get(0).kind());
        assertEquals("Good. Thank you all for the work.", q.get(0).text());
        assertEquals("Vladimir Putin", q.get(0).speakerMention().text());
        assertEquals("Vladimir Putin", q.get(0).speaker());
        assertEquals("Andrei Belousov", q.get(1).speaker());
    }

    @Test
    void interviewTurnsWithTheOutletAsquestioner() {
        String text = "Lavrov gave an interview to TASS:\n\nQuestion: Will the talks resume?\n\n"
                + "Sergey Lavrov: They may resume soon.\n\nMuch depends on Washington.\n\nQuestion: And Europe?\n\nSergey Lavrov: Europe is not at the table.";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(4, q.size());
        assertEquals(QuoteKind.INTERVIEW, q.get(0).kind());
        assertEquals("Will the talks resume?", q.get(0).text());
        assertEquals("TASS", q.get(0).speaker());
        assertNull(q.get(0).speakerMention());
        assertEquals("They may resume soon.\n\nMuch depends on Washington.", q.get(1).text());
        assertEquals("Sergey Lavrov", q.get(1).speaker());
        assertEquals("Europe is not at the table.", q.get(3).text());
    }

    @Test
    void forumCommentsWithSignaturesAndReplyHeaders() {
        String text = "Great analysis, thank you.\n\nPosted by: bluebird | Dec 29 2025 18:50 utc | 83\n\n"
                + "Some prose by the blog author.\n\nbluebird | Dec 29 2025 18:50 utc | 83—\n\nThanks, I agree with most of it.\n\n"
                + "Posted by: oakleaf | Dec 29 2025 19:02 utc | 90\n\noakleaf | Dec 29 2025 19:02 utc | 90—\n\nAn unsigned reply here.\n\n/////\n\nThe end.";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(3, q.size());
        assertEquals(QuoteKind.COMMENT, q.get(0).kind());
        assertEquals("Great analysis, thank you.", q.get(0).text());
        assertEquals("Posted by", q.get(0).cue().text());
        assertEquals("bluebird", q.get(0).speaker());
        assertEquals("Thanks, I agree with most of it.", q.get(1).text());
        assertEquals("oakleaf", q.get(1).speaker());
        assertEquals("An unsigned reply here.", q.get(2).text());
        assertEquals("oakleaf", q.get(2).speaker(), "an unsigned reply belongs to whoever signs the replies");
    }

    @Test
    void socialPosts() {
        String text = "Dmitriev answered:\n\nKirill Dmitriev @kadmitriev 8h The dossier was invented and everyone knows it now.\n\n"
                + "-- STORMCROW -- notes - -- @stormcrow Russia sets the terms, not Brussels.";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(2, q.size());
        assertEquals(QuoteKind.POST, q.get(0).kind());
        assertEquals("The dossier was invented and everyone knows it now.", q.get(0).text());
        assertEquals("Kirill Dmitriev", q.get(0).speakerMention().text());
        assertEquals("Kirill Dmitriev", q.get(0).speaker());
        assertEquals("Russia sets the terms, not Brussels.", q.get(1).text());
        assertEquals("STORMCROW", q.get(1).speakerMention().text());
        assertEquals("Stormcrow", q.get(1).speaker());
    }

    @Test
    void bulletedStatementsAfterALeadIn() {
        String text = "But Lavrov continued:\n\nOther statements: 🔜Russia wants lasting peace in the region; 🔜Moscow is open to trade with all partners;";
        List<Quote> q = Fixture.quotes(text);
        assertEquals(2, q.size());
        assertEquals(QuoteKind.INDIRECT, q.get(0).kind());
        assertEquals("Russia wants lasting peace in the region", q.get(0).text());
        assertEquals("Sergey Lavrov", q.get(0).speaker());
        assertEquals("Moscow is open to trade with all partners", q.get(1).text());
    }
}
