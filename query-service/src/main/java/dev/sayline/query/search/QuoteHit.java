package dev.sayline.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One quote: the reported words, who said them (canonical speaker and the mention in the
 * text), how (kind and cue), where (document, offsets in code points) and the sentence around it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteHit(String text, String speaker, String speakerMention, String kind, String cue,
                       String sentence, String documentId, String title, String publishedAt, String source,
                       Integer start, Integer end, Double score) {
}
