package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.Quote;
import dev.sayline.enrich.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules added in version 3 (one test per rule, exact expectations, own sentences). */
class SourceRulesV3Test {

    @Test
    void quotedFragmentWithoutAVerbOfSayingBelongsToTheSentencesNamedSubject() {
        Quote q = Fixture.only("Mayor Orla Brandt has long pushed her plan for “a greener harbour” in every debate.");
        assertEquals("“a greener harbour”", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertNull(q.cue());
        assertEquals("Mayor Orla Brandt", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
    }

    @Test
    void fragmentsOfOneSentenceWithTheSameSubjectAreOneQuote() {
        Quote q = Fixture.only("Dana Halvorsen has long pushed the “paper tigers” and “armchair generals” of the council.");
        assertEquals("“paper tigers” and “armchair generals”", q.text());
        assertEquals("Dana Halvorsen", q.speakerMention().text());
    }

    @Test
    void subjectPhraseStoppedByALowerCaseModifierReachesTheName() {
        Quote q = Fixture.only("Veteran harbour commissioner Orla Brandt pushed her plan for “a greener harbour” on Monday.");
        assertEquals("Veteran harbour commissioner Orla Brandt", q.speakerMention().text());
    }

    @Test
    void noFragmentQuoteForSingleWordsTitlesQuestionsBeliefsOrTheAuthor() {
        assertTrue(Fixture.quotes("Halvorsen keeps talking about “peace” these days.").isEmpty());
        assertTrue(Fixture.quotes("Halvorsen appeared on “The Morning Hour With Dana” yesterday.").isEmpty());
        assertTrue(Fixture.quotes("Does Halvorsen really back the “harbour for all” slogan?").isEmpty());
        assertTrue(Fixture.quotes("Halvorsen believes that any “quick fix” will fail.").isEmpty());
        assertTrue(Fixture.quotes("I’ve long doubted the “harbour for all” slogan.").isEmpty());
        assertTrue(Fixture.quotes("Despite the rain, the “harbour for all” march went ahead.").isEmpty());
        assertTrue(Fixture.quotes("<post id=\"harbour plan 2\"> was filed.").isEmpty());
    }

    @Test
    void coordinatedVerbTakesTheSubjectOfTheSentence() {
        Quote q = Fixture.only("Orla Brandt toured the docks in Kelby on Tuesday and said the harbour would get “a new deal.”");
        assertEquals("said", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
    }

    @Test
    void shortAdverbialBetweenSubjectAndVerbIsSkipped() {
        Quote q = Fixture.only("Orla Brandt at the time said the harbour would get “a new deal.”");
        assertEquals("said", q.cue().text());
        assertEquals("Orla Brandt", q.speakerMention().text());
        Quote r = Fixture.only("Orla Brandt, however, said the harbour would get “a new deal.”");
        assertEquals("Orla Brandt", r.speakerMention().text());
    }

    @Test
    void capitalisedSentenceOpenerThatIsNoNameIsNotASubject() {
        Quote q = Fixture.only("Eight years ago, the mayor backed the plan and said the harbour would get “a new deal.”");
        assertEquals("the mayor", q.speakerMention().text());
    }

    @Test
    void relativePronounBeforeTheCueIsTheMentionAndTheAntecedentTheSpeaker() {
        List<Quote> qs = Fixture.quotes("Voters cheered Orla Brandt, who said that the docks were “falling apart.”");
        assertEquals(1, qs.size());
        assertEquals("who", qs.get(0).speakerMention().text());
        assertEquals("said", qs.get(0).cue().text());
        assertEquals("Orla Brandt", qs.get(0).speaker());
    }

    @Test
    void fragmentsWithANewPredicateBetweenThemAreTwoReports() {
        List<Quote> qs = Fixture.quotes("Mayor Orla Brandt called the merger “a costly mistake” and ranked the board among the “worst in the state.”");
        assertEquals(2, qs.size());
        assertEquals("“a costly mistake”", qs.get(0).text());
        assertEquals("“worst in the state.”", qs.get(1).text());
        assertEquals("Mayor Orla Brandt", qs.get(1).speakerMention().text());
    }

    @Test
    void secondVerbOfSayingInsideAContentClauseStartsASecondReport() {
        List<Quote> qs = Fixture.quotes("Mayor Orla Brandt said that the docks were “falling apart,” and said that the council had “failed the port.”");
        assertEquals(2, qs.size());
        assertEquals("the docks were “falling apart,”", qs.get(0).text());
        assertEquals("the council had “failed the port.”", qs.get(1).text());
        assertEquals("said", qs.get(1).cue().text());
        assertEquals("Mayor Orla Brandt", qs.get(1).speakerMention().text());
    }

    @Test
    void attributionAfterAClauseMustCloseTheSentenceAndNotFollowAPastVerb() {
        Quote q = Fixture.only("Though she called the plan “reckless” last week, Orla Brandt restricted comments about the port to the budget hearing.");
        assertEquals("“reckless”", q.text());
        assertEquals("called", q.cue().text());
        assertEquals("she", q.speakerMention().text());
    }

    @Test
    void newSentenceWhoseVerbIsFollowedByANameIsNotTheSourceOfTheQuoteBefore() {
        List<Quote> qs = Fixture.quotes("Orla Brandt spoke first. “The harbour will stay open for every ship that needs a berth this winter, whatever the council decides.” The agency said Brandt had left the office early.");
        assertEquals(2, qs.size());
        assertEquals("“The harbour will stay open for every ship that needs a berth this winter, whatever the council decides.”", qs.get(0).text());
        assertNull(qs.get(0).speakerMention());
        assertEquals("Brandt had left the office early", qs.get(1).text());
        assertEquals("The agency", qs.get(1).speakerMention().text());
    }

    @Test
    void nameBeforeTwoAppositivesIsTheSourceAndASpeechVerbAfterADeterminerIsANoun() {
        Quote q = Fixture.only("“The rule is an invasion of our domain,” Dana Whitlock, the attorney general of Ohio, one of the states suing the agency, said at an event.");
        assertEquals("said", q.cue().text());
        assertEquals("Dana Whitlock", q.speakerMention().text());
    }

    @Test
    void toldIsNeverFollowedByAnInvertedSubject() {
        Quote q = Fixture.only("“The rule is an invasion of our domain,” Dana Whitlock, the attorney general of Ohio and an early critic of the plan, told The Herald.");
        assertEquals("told", q.cue().text());
        assertEquals("Dana Whitlock", q.speakerMention().text());
    }

    @Test
    void lyAdverbBetweenSubjectAndVerbIsSkipped() {
        Quote q = Fixture.only("When Orla Brandt took office in May, she infamously referred to the harbour board as “a nest of vipers.”");
        assertEquals("referred", q.cue().text());
        assertEquals("she", q.speakerMention().text());
    }

    @Test
    void pronounAfterWhomOrWhichIsTheMentionAndTheSentenceSubjectTheSpeaker() {
        Quote q = Fixture.only("Dana Whitlock backed Orla Brandt, whom she described as “the best mayor in decades.”");
        assertEquals("described", q.cue().text());
        assertEquals("she", q.speakerMention().text());
        assertEquals("Dana Whitlock", q.speaker());
    }

    @Test
    void colonBeforeAQuotationWithItsOwnAttributionEndsTheReportedClause() {
        List<Quote> qs = Fixture.quotes("The statement also referenced the impact it said Brandt would have on the port: “Her fight has opened the door for all of us,” the union wrote.");
        assertEquals(2, qs.size());
        assertEquals("Brandt would have on the port", qs.get(0).text());
        assertEquals("“Her fight has opened the door for all of us,”", qs.get(1).text());
        assertEquals("wrote", qs.get(1).cue().text());
        assertEquals("the union", qs.get(1).speakerMention().text());
    }

    @Test
    void speechVerbFormAfterAPossessiveIsANoun() {
        Quote q = Fixture.only("Dana Moore, an adviser to the campaign, called Mr. Brandt's remarks on Saturday “a true wake-up call” to voters.");
        assertEquals("called", q.cue().text());
        assertEquals("Dana Moore", q.speakerMention().text());
    }

    @Test
    void attributionClosingTheQuoteWinsOverAColonIntroduction() {
        Quote q = Fixture.only("Dana Whitlock scolded him: “The science is against you,” she said.");
        assertEquals("said", q.cue().text());
        assertEquals("she", q.speakerMention().text());
        assertEquals("Dana Whitlock", q.speaker());
    }

    @Test
    void clauseFinalAttributionMayBeFollowedByAParticipleAndALaterQuotation() {
        List<Quote> qs = Fixture.quotes("“You squeezed the workers” to lift the share price, she said, referencing the bank’s push to “cross-sell” accounts.");
        assertEquals(2, qs.size());
        assertEquals("“You squeezed the workers”", qs.get(0).text());
        assertEquals("said", qs.get(0).cue().text());
        assertEquals("she", qs.get(0).speakerMention().text());
        assertEquals("“cross-sell”", qs.get(1).text());
        assertEquals("referencing", qs.get(1).cue().text());
    }

    @Test
    void quotationsWithANewClauseBetweenThemAreNotJoined() {
        List<Quote> qs = Fixture.quotes("Orla Brandt called both plans “dead on arrival,” but she gave the council a compliment: “You never have to guess where you stand with them.”");
        assertEquals(2, qs.size());
        assertEquals("“dead on arrival,”", qs.get(0).text());
        assertEquals("“You never have to guess where you stand with them.”", qs.get(1).text());
        List<Quote> joined = Fixture.quotes("“We will win,” he said on Monday, “and we will win big.”");
        assertEquals(1, joined.size());
        assertEquals("“We will win,” he said on Monday, “and we will win big.”", joined.get(0).text());
    }

    @Test
    void namedOwnerOfAReportNounIsTheSourceWhenNoVerbOfSayingHasASubject() {
        Quote q = Fixture.only("Fact checkers seized on Orla Brandt’s claim that there were “thousands of empty berths” in the port.");
        assertEquals("claim", q.cue().text());
        assertEquals("Orla Brandt’s", q.speakerMention().text());
        assertEquals("Orla Brandt", q.speaker());
        Quote r = Fixture.only("Dana Whitlock denounced Orla Brandt’s remarks as “hurtful and wrong.”");
        assertEquals("denounced", r.cue().text());
        assertEquals("Dana Whitlock", r.speakerMention().text());
    }

    @Test
    void shortFragmentJoinsALongerQuotationOfTheSameSentenceAndSubject() {
        Quote q = Fixture.only("In recent weeks, Dana Whitlock has gone after the mayor as a “captain who will sink the whole harbour” and a “spoiled brat.”");
        assertEquals("“captain who will sink the whole harbour” and a “spoiled brat.”", q.text());
        assertEquals("Dana Whitlock", q.speakerMention().text());
    }

    @Test
    void pollShareIsASource() {
        Quote q = Fixture.only("Asked about the harbour, 63 percent said the mayor was “right to close it” for the winter.");
        assertEquals("63 percent", q.speakerMention().text());
    }

    @Test
    void asXPutItNamesTheSourceBeforeOrAfterTheQuote() {
        Quote a = Fixture.only("The only requirement is a “lawful source of income,” as a harbour board memo put it.");
        assertEquals("put", a.cue().text());
        assertEquals("a harbour board memo", a.speakerMention().text());
        Quote b = Fixture.only("Brandt was, as The Kelby Herald put it in a long profile, “the operator.”");
        assertEquals("The Kelby Herald", b.speakerMention().text());
    }

    @Test
    void pollOpeningTheSentenceIsTheSource() {
        Quote q = Fixture.only("In a Kelby Herald poll released Sunday, 31 percent of voters said they were “extremely worried” about the port.");
        assertEquals("said", q.cue().text());
        assertEquals("a Kelby Herald poll released Sunday", q.speakerMention().text());
        assertNull(q.speaker());
    }

    @Test
    void invertedSubjectMayOpenWithALowerCaseTitle() {
        Quote a = Fixture.only("“The port will reopen in spring,” said pollster Dana Whitlock.");
        assertEquals("said", a.cue().text());
        assertEquals("pollster Dana Whitlock", a.speakerMention().text());
        assertEquals("Dana Whitlock", a.speaker());
        Quote b = Fixture.only("“Thanks for coming,” said master of ceremonies Orla Brandt, a local engineer.");
        assertEquals("master of ceremonies Orla Brandt", b.speakerMention().text());
    }

    @Test
    void shortUnattributedQuotationIsNoQuoteButALongPassageContinuesTheLastSpeaker() {
        List<Quote> shortOne = Fixture.quotes("“We will rebuild the quay,” Orla Brandt said. The council met later. “Nobody will be left behind.”");
        assertEquals(1, shortOne.size());
        List<Quote> longOne = Fixture.quotes("“We will rebuild the quay,” Orla Brandt said. The council met later. “Nobody will be left behind, not the fishermen, not the ferry crews and not the families who depend on them.”");
        assertEquals(2, longOne.size());
        assertEquals("Orla Brandt", longOne.get(1).speaker());
    }

    @Test
    void passiveSubjectIsNoSourceOfAFragment() {
        assertTrue(Fixture.quotes("In the new plan, the harbour is no longer considered a “strategic asset” at all.").isEmpty());
    }

    @Test
    void explainsItBySayingReportsTheParticiplesClause() {
        Quote q = Fixture.only("He usually explains it by saying that big powers always feel insecure.");
        assertEquals("saying", q.cue().text());
        assertEquals("big powers always feel insecure", q.text());
    }

    @Test
    void coordinatedToldThatWithoutAnObjectIsPassive() {
        assertTrue(Fixture.quotes("Orla Brandt was treated like a lost sheep coming home, and told that she would keep her post.").isEmpty());
    }

    @Test
    void relativeClauseWithItsOwnVerbOfSayingIsASecondReportByItsPronoun() {
        List<Quote> qs = Fixture.quotes("Dana Whitlock said she has backed a law that would curb the harbour board, which she called “a cartel for shipping.”");
        assertEquals(2, qs.size());
        assertEquals("she has backed a law that would curb the harbour board", qs.get(0).text());
        assertEquals("Dana Whitlock", qs.get(0).speakerMention().text());
        assertEquals("which she called “a cartel for shipping.”", qs.get(1).text());
        assertEquals("called", qs.get(1).cue().text());
        assertEquals("she", qs.get(1).speakerMention().text());
        assertEquals("Dana Whitlock", qs.get(1).speaker());
    }

    @Test
    void weekdayBeforeTheVerbIsNoSource() {
        Quote q = Fixture.only("Dana Whitlock, who chairs the board, on Friday declared that the harbour was “a threat to the town.”");
        assertEquals("Dana Whitlock", q.speakerMention().text());
    }

    @Test
    void aSourcePhraseCutToItsDeterminerOrQuantifierIsNoAttribution() {
        assertTrue(Fixture.quotes("A number of harbours, declaring their loyalty to the “one coast” idea, stay neutral.").isEmpty());
        assertTrue(Fixture.quotes("Several harbours, declaring their loyalty to the “one coast” idea, stay neutral.").isEmpty());
    }
}
