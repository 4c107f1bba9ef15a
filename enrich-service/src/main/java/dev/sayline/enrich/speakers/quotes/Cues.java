package dev.sayline.enrich.speakers.quotes;

import java.util.Locale;
import java.util.Set;

/** The words that report speech: verbs of saying and the nouns that head a source. */
public final class Cues {

    /** Verbs of communication (every inflection listed: no stemmer needed, lookups stay O(1)). */
    static final Set<String> SPEECH_VERBS = dev.sayline.enrich.speakers.text.WordSets.of(
            "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
            "stated", "states", "announced", "announces", "announcing", "declared", "declares", "declaring",
            "wrote", "writes", "writing", "explained", "explains", "explaining", "noted", "notes", "noting",
            "insisted", "insists", "insisting", "warned", "warns", "warning", "claimed", "claims", "claiming",
            "argued", "argues", "arguing", "asked", "asks", "replied", "replies", "responded", "responds",
            "answered", "answers", "tweeted", "tweets", "posted", "continued", "continues", "recalled", "recalls",
            "remarked", "remarks", "stressed", "stresses", "stressing", "emphasized", "emphasised", "emphasizes",
            "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "confirmed", "confirms",
            "denied", "denies", "suggested", "suggests", "predicted", "predicts", "promised", "promises",
            "vowed", "vows", "reported", "reports", "revealed", "reveals", "observed", "observes",
            "complained", "complains", "joked", "quipped", "boasted", "asserted", "asserts", "contended",
            "contends", "maintained", "maintains", "repeated", "repeats", "repeating", "reiterated", "reiterates",
            "countered", "concluded", "concludes", "testified", "alleged", "alleges", "charged", "wrote:",
            "announcing", "cautioned", "cautions", "pledged", "pledges", "mentioned", "mentions", "shouted",
            "exclaimed", "recounted", "indicated", "indicates", "disclosed", "informed", "assured", "reminded",
            "explained:", "agreed", "commented", "comments", "commenting", "remarking", "asking", "answering", "replying", "responding",  "read", "reads", "yells", "yelled", "shouts", "screamed", "chanted", "chants", "asserting", "telling", "calling", "tweeting", "writing", "declares", "recalling", "objected", "hinted", "whispered", "proclaimed", "proclaims", "affirmed");

    /**
     * Verbs of verbal acts that quote a fragment rather than a clause ("called the plan “a
     * disaster”", "blasted Clinton as a “disgrace”"): a quoted fragment after one of these, with a
     * subject, is a quote; without such a verb a short quoted term is a scare quote.
     */
    static final Set<String> VERBAL_ACTS = dev.sayline.enrich.speakers.text.WordSets.of(
            "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "dismissed",
            "dismisses", "blasted", "blasts", "praised", "praises", "attacked", "attacks", "likened", "likens",
            "cited", "cites", "citing", "referred", "refers", "hailed", "hails", "labeled", "labelled", "labels",
            "branded", "brands", "accused", "accuses", "condemned", "condemns", "touted", "touts", "urged", "urges",
            "criticized", "criticised", "criticizes", "slammed", "slams", "mocked", "mocks", "defended", "defends",
            "denounced", "denounce", "denounces", "decried", "decries", "lauded", "lauds", "bemoaned", "bemoans",
            "quoted", "quoting", "quotes", "invoked", "invokes", "dubbed", "dubs", "termed", "terms", "characterized",
            "characterised", "characterizes", "portrayed", "portrays", "demanded", "demands", "chanted", "chanting",
            "vowed", "pledged", "scolded", "chided", "ridiculed", "lambasted", "derided", "derides", "praising",
            "calling", "slamming", "blasting", "attacking", "mocking", "accusing", "urging", "promising", "vowing",
            "referencing", "referenced", "mentioned", "compared", "compares", "comparing", "sang", "sings", "typed",
            "used", "uses", "using", "coined", "echoed", "echoes", "echoing", "parroted", "parroting", "lamented",
            "laments", "welcomed", "welcomes", "rejected", "rejects", "warned", "warning", "ruled", "rated",
            "heralded", "promoted", "promotes", "pitched", "framed", "frames", "billed", "bills");

    /** Verbs that take an object before their clause ("told reporters that ..."). */
    static final Set<String> OBJECT_VERBS = dev.sayline.enrich.speakers.text.WordSets.of("told", "tells", "tell", "telling", "informed", "assured",
            "reminded", "warned", "warns", "asked", "asks");

    /** Verbs that only report speech with a following "that" clause (otherwise usually not speech). */
    static final Set<String> NEEDS_THAT = dev.sayline.enrich.speakers.text.WordSets.of("agreed", "indicated", "indicates", "informed", "assured",
            "reminded", "suggested", "suggests", "predicted", "predicts", "promised", "promises", "pledged",
            "pledges", "continued", "continues", "observed", "observes", "charged", "objected", "hinted",
            "mentioned", "mentions", "confirmed", "confirms", "revealed", "reveals", "concluded", "concludes",
            "acknowledged", "acknowledges", "admitted", "admits", "reported", "reports", "warned", "warns", "read", "reads",
            "asked", "asks", "answered", "answers",  "repeated", "repeats", "repeating", "posted", "recalled", "recalls",
            "noting", "stressing", "claiming", "arguing", "insisting", "adding", "warning", "declaring", "explaining",
            "announcing");

    /** Head nouns of a description that can be a source ("the spokesman", "a former CIA director"). */
    static final Set<String> SOURCE_NOUNS = dev.sayline.enrich.speakers.text.WordSets.of(
            "official", "officials", "percent", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
            "secretary", "director", "analyst", "analysts", "expert", "experts", "source", "sources", "report",
            "statement", "newspaper", "paper", "outlet", "agency", "ministry", "government", "administration",
            "campaign", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers",
            "attorney", "senator", "lawmaker", "lawmakers", "governor", "people", "leader", "leaders", "chief",
            "envoy", "ambassador", "diplomat", "diplomats", "commander", "general", "military", "army", "police",
            "researchers", "study", "survey", "poll", "polls", "data", "website", "historian", "professor",
            "economist", "author", "writer", "columnist", "editor", "reporter", "reporters", "journalist",
            "commentator", "candidate", "nominee", "chairman", "chairwoman", "chair", "speaker", "mayor",
            "representative", "congressman", "congresswoman", "member", "members", "critics", "supporters",
            "residents", "witnesses", "officer", "officers", "judge", "prosecutor", "prosecutors", "document",
            "documents", "letter", "memo", "spokespeople", "staff", "team", "group", "committee", "council",
            "kremlin", "ministry", "office", "department", "release", "post", "tweet", "blogger", "host",
            "manager", "strategist", "pollster", "founder", "ceo", "executive", "head", "colonel", "soldier",
            "soldiers", "commentators", "observers", "insiders", "negotiators", "mediators", "everyone", "others",
            "some", "many", "both", "critic", "supporter", "activist", "activists", "voters", "democrats",
            "republicans", "diplomat", "publication", "magazine", "network", "channel", "statement", "paper", "ruling", "article",
            "ad", "narrator", "announcer", "commission", "union", "court", "spot", "story", "book", "filing", "complaint",
            "lawsuit", "editorial", "decision", "order", "opinion", "mother", "father", "wife", "husband", "son",
            "daughter", "woman", "man", "voter", "resident", "owner", "worker", "student", "teacher", "parent", "parents",
            "friend", "neighbor", "veteran", "widow", "victim", "lady", "guy", "official’s", "agent", "agents", "nominee",
            "administration", "campaign", "foundation", "institute", "organization", "association", "coalition", "another",
            "most", "majority", "half", "front-runner", "frontrunner", "challenger", "incumbent", "rival", "rivals",
            "opponent", "opponents", "contender", "hopeful", "hopefuls");

    static final Set<String> PRONOUNS = dev.sayline.enrich.speakers.text.WordSets.of("he", "she", "they", "it", "we", "i", "you");

    private Cues() {
    }

    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }
}
