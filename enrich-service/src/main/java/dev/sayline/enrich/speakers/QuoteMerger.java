package dev.sayline.enrich.speakers;

import dev.sayline.enrich.model.QuoteKind;
import dev.sayline.enrich.speakers.quotes.QuoteCandidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reconciles what the finders report about the same words:
 * a clause with a quoted fragment is one indirect quote (the fragment goes), reported speech
 * inside a direct quote is dropped, a bulleted item gives way to the reports found inside it,
 * and a direct quote that is the same text as a layout quote (a block or a post) is dropped.
 * Quotes inside comments, posts, turns and blocks are kept: they are nested attributions.
 */
final class QuoteMerger {

    List<QuoteCandidate> merge(List<QuoteCandidate> structural, List<QuoteCandidate> direct, List<QuoteCandidate> indirect) {
        List<QuoteCandidate> directs = new ArrayList<>(direct);
        List<QuoteCandidate> indirects = new ArrayList<>();
        for (QuoteCandidate i : indirect) {
            boolean drop = false;
            for (QuoteCandidate d : directs) {
                // A "clause" that opens with a full quotation is that quotation plus its attribution.
                if (d.overlaps(i) && (!i.contains(d) || d.start == i.start)) {
                    drop = true;
                    break;
                }
            }
            if (!drop) {
                indirects.add(i);
            }
        }
        // Mixed quotes: the clause wins, keeping the fragment's mention if it had none.
        directs.removeIf(d -> {
            for (QuoteCandidate i : indirects) {
                if (i.contains(d)) {
                    if (!i.hasMention() && d.hasMention()) {
                        i.mention(d.mentionStart, d.mentionEnd);
                    }
                    return true;
                }
            }
            return false;
        });
        List<QuoteCandidate> layout = new ArrayList<>();
        for (QuoteCandidate s : structural) {
            if (s.kind == QuoteKind.INDIRECT && s.continuation) {
                List<QuoteCandidate> inside = indirects.stream().filter(s::overlaps).toList();
                if (!inside.isEmpty()) {
                    continue;
                }
            }
            boolean duplicate = layout.stream().anyMatch(o -> nearlySame(o, s));
            if (!duplicate) {
                layout.add(s);
            }
        }
        directs.removeIf(d -> layout.stream().anyMatch(s -> s.kind != QuoteKind.COMMENT && nearlySame(s, d)));
        indirects.removeIf(i -> layout.stream().anyMatch(s -> s.kind != QuoteKind.COMMENT && nearlySame(s, i)));
        List<QuoteCandidate> out = new ArrayList<>(layout);
        out.addAll(directs);
        out.addAll(indirects);
        out.sort(Comparator.comparingInt((QuoteCandidate q) -> q.start).thenComparingInt(q -> -q.end));
        return out;
    }

    /** Overlap of at least 80% of the shorter span. */
    private static boolean nearlySame(QuoteCandidate a, QuoteCandidate b) {
        int ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
        int shorter = Math.min(a.end - a.start, b.end - b.start);
        return ov > 0 && ov >= 0.8 * shorter;
    }
}
