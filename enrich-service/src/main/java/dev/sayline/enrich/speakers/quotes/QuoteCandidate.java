package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.model.QuoteKind;

/**
 * A quote while it is being found and attributed (mutable, one document only). Offsets are
 * UTF-16; {@code -1} marks an absent cue or mention.
 */
public final class QuoteCandidate {

    public int start;
    public int end;
    public QuoteKind kind;
    public int cueStart = -1;
    public int cueEnd = -1;
    public int mentionStart = -1;
    public int mentionEnd = -1;
    /** Canonical speaker, or a name to resolve; null when unknown. */
    public String speaker;
    /** Set when the speaker is fixed by the structure (forum user, post author) and needs no resolution. */
    public boolean speakerFixed;
    /** True when the quote continues an earlier speaker's words without naming them again. */
    public boolean continuation;
    public boolean block;
    /** A quoted fragment attributed to its sentence's subject (no verb of saying next to it). */
    public boolean fragment;

    public QuoteCandidate(int start, int end, QuoteKind kind) {
        this.start = start;
        this.end = end;
        this.kind = kind;
    }

    public QuoteCandidate cue(int s, int e) {
        cueStart = s;
        cueEnd = e;
        return this;
    }

    public QuoteCandidate mention(int s, int e) {
        mentionStart = s;
        mentionEnd = e;
        return this;
    }

    public boolean hasMention() {
        return mentionStart >= 0;
    }

    public boolean hasCue() {
        return cueStart >= 0;
    }

    public boolean contains(QuoteCandidate other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(QuoteCandidate other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ") speaker=" + speaker;
    }
}
