package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules added in version 5 (one test per rule, exact expectations, own sentences). */
class SourceRulesV5Test {

    @Test
    void aPlaceSetOffByCommasBeforeTheVerbIsNoSubject() {
        Quote q = Fixture.only("Senator Orla Brandt, speaking at a diner in Keene, New Hampshire, said the harbour bill was “a disgrace to the state.”");
        assertEquals("said", q.cue().text());
        assertEquals("Senator Orla Brandt", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
    }

    @Test
    void aPlaceAfterAnAgeLeadsBackToTheName() {
        Quote q = Fixture.only("Dana Halvorsen, 31, of Dayton, Ohio, said she had not decided whether to vote at all.");
        assertEquals("she had not decided whether to vote at all", q.text());
        assertEquals("Dana Halvorsen", q.speakerMention().text());
    }

    @Test
    void aPlaceAfterOfWithoutACommaBeforeIt() {
        Quote q = Fixture.only("Tom Kelby of Boise, Idaho, slammed the council for its “reckless spending habits” on Monday.");
        assertEquals("Tom Kelby", q.speakerMention().text());
    }

    @Test
    void aPronounAfterTheVerbThatGoesOnOpensTheReportedClause() {
        List<Quote> quotes = Fixture.quotes("Dana Halvorsen, 31, of Dayton, Ohio, said she had not decided whether to vote at all.");
        quotes.forEach(q -> assertEquals("Dana Halvorsen", q.speakerMention().text()));
    }

    @Test
    void aDayAfterTheVerbIsNoInvertedSubject() {
        List<Quote> quotes = Fixture.quotes("The harbour board said Wednesday, “We have no plans to reopen the east dock this year.”");
        assertEquals(1, quotes.size());
        assertEquals("The harbour board", quotes.get(0).speakerMention().text());
    }

    @Test
    void aFragmentInsideAWhoClauseIsReportedByWho() {
        Quote q = Fixture.only("Orla Brandt, who has long described the harbour project as “a bridge to nowhere,” voted against it.");
        assertEquals("who", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
    }

    @Test
    void aWhoClauseClosedBeforeTheFragmentLeavesTheSubject() {
        Quote q = Fixture.only("Orla Brandt, who chairs the board, called the harbour project “a bridge to nowhere” on Monday.");
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void aDashOpensARelativeClauseBeforeAVerbOfSaying() {
        List<Quote> quotes = Fixture.quotes("Governor Dana Halvorsen - who previously said she would “never sign a tax hike” - signed the bill.");
        assertEquals("who", quotes.get(0).speakerMention().text());
        assertEquals("Dana Halvorsen", quotes.get(0).speaker());
    }

    @Test
    void aNoBreakSpaceBetweenNameAndVerbIsASpace() {
        Quote q = Fixture.only("“The harbour will stay open all winter,” Orla\u00a0Brandt\u00a0said.");
        assertEquals("said", q.cue().text());
        assertEquals("Orla\u00a0Brandt", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
    }

    @Test
    void aDirectionMarkBeforeAReversedOpeningMarkHidesNothing() {
        Quote q = Fixture.only("\u202a”The dockers are right and the board is wrong,” said Tom Kelby.");
        assertEquals("Tom Kelby", q.speakerMention().text());
    }

    @Test
    void anOpeningMarkAfterFinalPunctuationClosesTheQuote() {
        Quote q = Fixture.only("“Do you want to be seen with the strikers?“ Dana Halvorsen asked.");
        assertEquals("“Do you want to be seen with the strikers?“", q.text());
        assertEquals("Dana Halvorsen", q.speakerMention().text());
    }

    @Test
    void aShortObjectAfterAskedIsTheAddressee() {
        Quote q = Fixture.only("“Did you know the harbour was closed?” Dana Halvorsen asked the mayor.");
        assertEquals("asked", q.cue().text());
        assertEquals("Dana Halvorsen", q.speakerMention().text());
    }

    @Test
    void askedWithAClauseAfterItStaysANewReport() {
        List<Quote> quotes = Fixture.quotes("“Is the harbour closed?” Dana Halvorsen asked the mayor that she would reopen it soon.");
        quotes.forEach(q -> assertEquals(false, q.text().equals("“Is the harbour closed?”") && q.speakerMention() != null));
    }

    @Test
    void questionedAfterAQuotationIsACue() {
        Quote q = Fixture.only("“What was the point of the whole strike?” Orla Brandt questioned.");
        assertEquals("questioned", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void anAttributionLeadingIntoTheNextQuotationIsNotThePreviousQuotesSource() {
        List<Quote> quotes = Fixture.quotes("“The harbour will stay open,” Orla Brandt said at the quay. "
                + "“The dockers know it and the board knows it too.” She added, “Nobody wants a winter strike in this town.”");
        assertEquals(2, quotes.size());
        assertEquals("“The harbour will stay open,” Orla Brandt said at the quay. “The dockers know it and the board knows it too.”",
                quotes.get(0).text());
        assertEquals("Orla Brandt", quotes.get(0).speakerMention().text());
        assertEquals("“Nobody wants a winter strike in this town.”", quotes.get(1).text());
        assertEquals("She", quotes.get(1).speakerMention().text());
    }

    @Test
    void aCommaAfterTheVerbEndsTheAttributionOfAnExclamation() {
        Quote q = Fixture.only("“And I am not being paid for this!” Dana Halvorsen declared, a point she likes to repeat.");
        assertEquals("declared", q.cue().text());
        assertEquals("Dana Halvorsen", q.speakerMention().text());
    }

    @Test
    void aSourceNounWithAPrepositionalPhraseAfterAQuotation() {
        Quote q = Fixture.only("“Will she be the next harbour master?” a union member in the room wondered.");
        assertEquals("wondered", q.cue().text());
        assertEquals("a union member in the room", q.speakerMention().text());
    }

    @Test
    void opinedAndAgreesAfterAQuotationAreCues() {
        List<Quote> quotes = Fixture.quotes("“Boats should stay in the harbour tonight,” opined the Kelby Courier.\n\n"
                + "“Our ideas of success are different now,” agrees Dana Moss, a docker.");
        assertEquals(2, quotes.size());
        assertEquals("the Kelby Courier", quotes.get(0).speakerMention().text());
        assertEquals("agrees", quotes.get(1).cue().text());
        assertEquals("Dana Moss", quotes.get(1).speakerMention().text());
    }

    @Test
    void wentOnToSayAndBeganBySayingTakeTheSubjectOfTheChain() {
        List<Quote> quotes = Fixture.quotes("The email went on to say, “Today we have won the vote for the whole harbour and the dockers.”\n\n"
                + "When she returned, Orla Brandt began by saying, “I do not think the harbour needs another inquiry at all.”");
        assertEquals(2, quotes.size());
        assertEquals("say", quotes.get(0).cue().text());
        assertEquals("The email", quotes.get(0).speakerMention().text());
        assertEquals("saying", quotes.get(1).cue().text());
        assertEquals("Orla Brandt", quotes.get(1).speakerMention().text());
    }

    @Test
    void anotherAloneIsASource() {
        Quote q = Fixture.only("Yet another said, “The strike is the only way the board will listen to us.”");
        assertEquals("another", q.speakerMention().text());
    }

    @Test
    void aPossessivePronounOwningAReportNounIsTheSource() {
        List<Quote> quotes = Fixture.quotes("Orla Brandt spoke at the quay on Monday. "
                + "The dockers cheered her remark that the harbour “will never be sold to a private fund.”");
        Quote q = quotes.get(quotes.size() - 1);
        assertEquals("“will never be sold to a private fund.”", q.text());
        assertEquals("remark", q.cue().text());
        assertEquals("her", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
    }

    @Test
    void anAllCapsHeadlineRightBeforeAnExcerptIsItsSourceButNoSpeaker() {
        List<Quote> quotes = Fixture.quotes("Harbour digest for Monday.\n\n"
                + "HOW THE HARBOUR WAS SOLD TO A FUND “The board met in secret for three months before the vote, minutes show.” [Courier.]");
        assertEquals(1, quotes.size());
        assertEquals("HOW THE HARBOUR WAS SOLD TO A FUND", quotes.get(0).speakerMention().text());
        assertEquals(null, quotes.get(0).cue());
        assertEquals(null, quotes.get(0).speaker());
    }

    @Test
    void aColonLeadInWithoutAVerbOfSayingNamesItsSubject() {
        List<Quote> quotes = Fixture.quotes("The dockers held a rally in the rain. Back at the quay, Orla Brandt returned to her familiar lines:\n\n"
                + "\"The harbour belongs to the town! There will be no sale! The dockers will not be moved from the east dock!\"");
        assertEquals(1, quotes.size());
        assertEquals("Orla Brandt", quotes.get(0).speakerMention().text());
        assertEquals(null, quotes.get(0).cue());
    }

    @Test
    void aColonLeadInByTheAuthorNamesNoSource() {
        List<Quote> quotes = Fixture.quotes("I have read the whole report. Here is the key passage:\n\n"
                + "\"The harbour belongs to the town and the board has no right to sell the east dock to anyone at all.\"");
        quotes.forEach(q -> assertEquals(null, q.speakerMention()));
    }

    @Test
    void aVerbOfSayingAfterButTakesTheSentencesSubject() {
        Quote q = Fixture.only("Orla Brandt declined to comment on the report but said in a statement that "
                + "\"the board did not, at any time, sell the east dock to a private fund without a vote.\"");
        assertEquals("said", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void aBaseFormAfterAndStaysInsideTheReportedClause() {
        Quote q = Fixture.only("Orla Brandt says she would sit the board down and tell them “no more sales of the harbour” before the winter.");
        assertEquals("she would sit the board down and tell them “no more sales of the harbour” before the winter", q.text());
        assertEquals("says", q.cue().text());
    }

    @Test
    void pollSharesAndQuantifiersAreSources() {
        List<Quote> quotes = Fixture.quotes("Nine of ten dockers were worried about the sale; most said they were \"very worried\" about the winter.\n\n"
                + "About four in 10 said they were \"angry\" with the way the harbour board is run.\n\n"
                + "Just shy of half, 49%, say the \"new harbour plan\" is an improvement on the old one.");
        assertEquals(3, quotes.size());
        assertEquals("most", quotes.get(0).speakerMention().text());
        assertEquals("10", quotes.get(1).speakerMention().text());
        assertEquals("49", quotes.get(2).speakerMention().text());
    }

    @Test
    void aSourceNounWithAPostModifierBeforeTheVerb() {
        Quote q = Fixture.only("A source familiar with the board's internal review said the sale showed the fund was seeking \"quick profits\" from the dock.");
        assertEquals("A source familiar with the board's internal review", q.speakerMention().text());
    }

    @Test
    void aFrontRunnerIsASourceDescription() {
        Quote q = Fixture.only("The front-runner said the harbour master \"caused tremendous damage\" to the town.");
        assertEquals("The front-runner", q.speakerMention().text());
    }

    @Test
    void aVerbAfterARelativeClauseTakesItsAntecedent() {
        Quote q = Fixture.only("A harbour official who asked not to be named said Wednesday, \"We have no plans to reopen the east dock this year.\"");
        assertEquals("A harbour official", q.speakerMention().text());
        assertEquals("said", q.cue().text());
    }

    @Test
    void aDayBetweenTheVerbAndAQuotationLeavesADirectQuote() {
        Quote q = Fixture.only("Orla Brandt said Wednesday, \"We have no plans to reopen the east dock this year.\"");
        assertEquals(dev.sayline.enrich.model.QuoteKind.DIRECT, q.kind());
        assertEquals("\"We have no plans to reopen the east dock this year.\"", q.text());
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsBeforeTheMainClausesReport() {
        List<Quote> quotes = Fixture.quotes("After Orla Brandt argued that the dock should not be sold but leased to the town, "
                + "Dana Halvorsen said only that her \"numbers don't add up.\"");
        assertEquals(2, quotes.size());
        assertEquals("the dock should not be sold but leased to the town", quotes.get(0).text());
        assertEquals("Orla Brandt", quotes.get(0).speakerMention().text());
        assertEquals("Dana Halvorsen", quotes.get(1).speakerMention().text());
        assertEquals("said", quotes.get(1).cue().text());
    }

    @Test
    void aStateAfterAnOpeningPlaceIsNotTheSentencesSubject() {
        Quote q = Fixture.only("Speaking at a town hall in Keene, New Hampshire, Orla Brandt went after the board, calling it \"a den of thieves.\"");
        assertEquals("calling", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void aSubheadingBetweenDashesIsNoSignature() {
        List<Quote> quotes = Fixture.quotes("\"The harbour belongs to the dockers and it will stay that way for as long as I am here.\"\n\n"
                + "– Ready to face the board –.\n\nThe vote will be held in May.");
        quotes.forEach(q -> assertEquals(false, q.speakerMention() != null && q.speakerMention().text().startsWith("Ready")));
    }

    @Test
    void aNameAfterOnOrInBeforeAParticipleIsAMediumNotItsSubject() {
        Quote q = Fixture.only("Orla Brandt answered the question on Facebook writing, \"Yes, I will. That was a poor choice of words about the dockers.\"");
        assertEquals("writing", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void theMainVerbAfterARelativeClauseIsASecondReportByTheAntecedent() {
        List<Quote> quotes = Fixture.quotes("Orla Brandt, who says the town should buy the east dock, tweeted that the board's plan \"will not save the harbour.\"");
        assertEquals(2, quotes.size());
        assertEquals("the town should buy the east dock", quotes.get(0).text());
        assertEquals("who", quotes.get(0).speakerMention().text());
        assertEquals("the board's plan \"will not save the harbour.\"", quotes.get(1).text());
        assertEquals("tweeted", quotes.get(1).cue().text());
        assertEquals("Orla Brandt", quotes.get(1).speakerMention().text());
    }

    @Test
    void aWhoClauseWithItsOwnVerbAfterAnAttributionIsASecondReport() {
        List<Quote> quotes = Fixture.quotes("“We think early money sets the terms of the debate,” said Tom Kelby, the union's strategist, "
                + "who added that his group plans to focus on local issues “like folks are running for sheriff.”");
        assertEquals(2, quotes.size());
        assertEquals("“We think early money sets the terms of the debate,”", quotes.get(0).text());
        assertEquals("Tom Kelby", quotes.get(0).speakerMention().text());
        assertEquals("who", quotes.get(1).speakerMention().text());
        assertEquals("added", quotes.get(1).cue().text());
        assertEquals("Tom Kelby", quotes.get(1).speaker());
    }
}
