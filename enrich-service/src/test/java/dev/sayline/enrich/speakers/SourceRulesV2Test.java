package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Source-finding rules added in version 2 (one test per rule, exact expectations, own sentences). */
class SourceRulesV2Test {

    @Test
    void invertedDescriptionAfterAQuoteNeedsNoKnownSourceNoun() {
        Quote q = Fixture.only("“How long will the bridge take?” asked the farmer, who had driven for hours.");
        assertEquals("“How long will the bridge take?”", q.text());
        assertEquals("asked", q.cue().text());
        assertEquals("the farmer", q.speakerMention().text());
    }

    @Test
    void questionOrExclamationFollowedByALowerCaseAttributionContinuesTheSentence() {
        Quote q = Fixture.only("“Bring your hammers, we have a wall to take down!” she told the cheering crowd.");
        assertEquals("“Bring your hammers, we have a wall to take down!”", q.text());
        assertEquals("told", q.cue().text());
        assertEquals("she", q.speakerMention().text());
    }

    @Test
    void shortNounPhraseBeforeTheVerbAfterAQuoteIsTheSourceWhateverItsHead() {
        Quote q = Fixture.only("“The permit is valid for ten years,” the tribunal said, citing the statute.");
        assertEquals("said", q.cue().text());
        assertEquals("the tribunal", q.speakerMention().text());
    }

    @Test
    void readAndAssuredAfterAQuoteAreCues() {
        Quote a = Fixture.only("“The meeting will be held in public,” the notice read.");
        assertEquals("read", a.cue().text());
        assertEquals("the notice", a.speakerMention().text());
        Quote b = Fixture.only("“Nobody here is a villain, folks,” Halvorsen assured the audience.");
        assertEquals("assured", b.cue().text());
        assertEquals("Halvorsen", b.speakerMention().text());
    }

    @Test
    void retortShotBackIsACue() {
        Quote q = Fixture.only("“You had your turn already,” Okafor shot back.");
        assertEquals("shot", q.cue().text());
        assertEquals("Okafor", q.speakerMention().text());
    }

    @Test
    void attributionClosingTheSentenceAfterAClauseThatFollowsTheQuote() {
        Quote a = Fixture.only("“Most people would call that a defeat” if the mayor wins by less, said Dana Whitlock, a county analyst.");
        assertEquals("“Most people would call that a defeat”", a.text());
        assertEquals("said", a.cue().text());
        assertEquals("Dana Whitlock", a.speakerMention().text());
        Quote b = Fixture.only("“It would settle the matter” because the lead would grow, he said.");
        assertEquals("he", b.speakerMention().text());
    }

    @Test
    void signatureLineUnderAQuotedParagraph() {
        Quote q = Fixture.only("The economist put it plainly.\n\n\"We will meet the next downturn without any cushion at all.\"\n\n- Orla Brandt, Wage Institute.");
        assertEquals("\"We will meet the next downturn without any cushion at all.\"", q.text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void mannerOfSpeakingVerbsRightAfterAQuote() {
        Quote q = Fixture.only("“If they meant it, they would have voted for the bill,” Hargreave fumed on Tuesday.");
        assertEquals("fumed", q.cue().text());
        assertEquals("Hargreave", q.speakerMention().text());
        assertEquals(0, Fixture.quotes("Hargreave wondered whether the bill would pass.").size(), "not a cue outside that position");
    }

    @Test
    void theOutletAfterAccordingToIsTheSourceOfAReportedQuote() {
        Quote q = Fixture.only("“Members may vote as they please,” Ridley said, according to a radio transcript.");
        assertEquals("said", q.cue().text());
        assertEquals("a radio transcript", q.speakerMention().text());
    }

    @Test
    void anyNounPhraseBeforeAVerbThatIntroducesAQuoteWithAColon() {
        Quote q = Fixture.only("The next morning, her campaign account posted: “Thank you, Ohio, we will be back soon.”");
        assertEquals("posted", q.cue().text());
        assertEquals("her campaign account", q.speakerMention().text());
    }
}
