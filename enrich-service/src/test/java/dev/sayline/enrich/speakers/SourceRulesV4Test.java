package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules added in version 4 (one test per rule, exact expectations, own sentences). */
class SourceRulesV4Test {

    @Test
    void accordingToRightAfterAQuotationNamesItsSource() {
        Quote q = Fixture.only("“The harbour fund is empty and the board knew it,” according to the Kelby Courier.");
        assertEquals("according to", q.cue().text());
        assertEquals("the Kelby Courier", q.speakerMention().text());
    }

    @Test
    void accordingToRightAfterAQuotationWinsOverTheSpeakerBeforeIt() {
        List<Quote> quotes = Fixture.quotes(
                "Orla Brandt told the dockers to “stop the strike before the winter comes” according to a union leaflet.");
        Quote q = quotes.get(quotes.size() - 1);
        assertEquals("“stop the strike before the winter comes”", q.text());
        assertEquals("a union leaflet", q.speakerMention().text());
    }

    @Test
    void digestLeadInAfterADashNamesTheAuthorOfTheExcerpt() {
        Quote q = Fixture.only("HARBOUR VOTERS STAY HOME - Orla Brandt: “Turnout in the harbour wards fell for the third time in a row this spring.”");
        assertEquals("Orla Brandt", q.speakerMention().text());
        assertEquals(null, q.cue());
    }

    @Test
    void digestLeadInWithFromNamesTheSource() {
        Quote q = Fixture.only("The figures are clear. More from the survey: “Nine in ten harbour workers want the strike to end before the winter.”");
        assertEquals("the survey", q.speakerMention().text());
    }

    @Test
    void anAllCapsHeadlineBeforeTheColonIsNoSource() {
        List<Quote> quotes = Fixture.quotes("Harbour news - KELBY VOTES NO: “Turnout in the harbour wards fell for the third time in a row this spring.”");
        quotes.forEach(q -> assertEquals(false, q.speakerMention() != null && q.speakerMention().text().equals("KELBY VOTES NO")));
    }

    @Test
    void twoWordVerbsOfSayingAfterAQuotationAreCues() {
        List<Quote> quotes = Fixture.quotes("“The harbour will stay open,” Orla Brandt says.\n\n"
                + "“The dockers know it and the board knows it,” she points out.\n\n"
                + "“Nobody wants a winter strike,” Dana Halvorsen went on.");
        assertEquals(3, quotes.size());
        assertEquals("points", quotes.get(1).cue().text());
        assertEquals("she", quotes.get(1).speakerMention().text());
        assertEquals("Orla Brandt", quotes.get(1).speaker());
        assertEquals("went", quotes.get(2).cue().text());
        assertEquals("Dana Halvorsen", quotes.get(2).speakerMention().text());
    }

    @Test
    void pointedOutBeforeAQuotationIsACue() {
        Quote q = Fixture.only("As the Kelby Courier pointed out, “the harbour fund has been empty since the spring.”");
        assertEquals("pointed", q.cue().text());
        assertEquals("the Kelby Courier", q.speakerMention().text());
    }

    @Test
    void invertedSourceEndsAtItsNounBeforeAParticiple() {
        Quote q = Fixture.only("“It is a way to help without paying the board,” says a source involved in the fund’s creation.");
        assertEquals("says", q.cue().text());
        assertEquals("a source", q.speakerMention().text());
        assertEquals(null, q.speaker());
    }
}
