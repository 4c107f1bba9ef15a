package dev.sayline.enrich.model;

/**
 * One reported statement: the reported words, how it was reported ({@code cue}), the span
 * naming the source at the point of report ({@code speakerMention}, may be null) and the
 * canonical speaker it resolves to (may be null).
 */
public record Quote(int start, int end, String text, QuoteKind kind,
                    TextSpan cue, TextSpan speakerMention, String speaker) {

    public Quote withOffsets(int newStart, int newEnd, TextSpan newCue, TextSpan newMention) {
        return new Quote(newStart, newEnd, text, kind, newCue, newMention, speaker);
    }
}
