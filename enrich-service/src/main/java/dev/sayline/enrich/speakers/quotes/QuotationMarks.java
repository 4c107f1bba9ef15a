package dev.sayline.enrich.speakers.quotes;

import dev.sayline.enrich.speakers.text.DocumentLayout;
import dev.sayline.enrich.speakers.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks (curly “…” and straight "…") into spans, including quotes that run over
 * paragraphs the journalistic way: a paragraph left open is continued by a next paragraph that
 * opens with a mark again.
 */
public final class QuotationMarks {

    private QuotationMarks() {
    }

    /** Quoted spans {@code [start, end)}, marks included, in text order. */
    public static List<int[]> spans(DocumentLayout layout) {
        String text = layout.text();
        List<Paragraph> paras = layout.paragraphs();
        List<int[]> out = new ArrayList<>();
        int openAt = -1;
        for (int p = 0; p < paras.size(); p++) {
            Paragraph para = paras.get(p);
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                if (c != '“' && c != '”' && c != '"') {
                    continue;
                }
                boolean opening = c == '“' && !(openAt >= 0 && isReversedClosing(text, i, para))
                        || (c == '"' || c == '”' && openAt < 0) && isOpeningStraight(text, i, para);
                if (openAt < 0) {
                    if (opening) {
                        openAt = i;
                    }
                } else if (!opening) {
                    out.add(new int[]{openAt, i + 1});
                    openAt = -1;
                } else if (text.charAt(openAt) != '“' || c == '“') {
                    // A new opening mark in the same paragraph: the earlier one was never closed.
                    if (layout.paragraphAt(openAt) == p) {
                        openAt = i;
                    } else {
                        // Continuation paragraph: the open quote carries on.
                        continue;
                    }
                }
            }
            if (openAt >= 0) {
                boolean continues = p + 1 < paras.size() && isOpenMark(text.charAt(paras.get(p + 1).start()));
                if (!continues) {
                    // An unclosed quote that opened its paragraph quotes the whole paragraph.
                    int openPara = layout.paragraphAt(openAt);
                    if (paras.get(openPara).start() == openAt && para.end() - openAt > 1) {
                        out.add(new int[]{openAt, para.end()});
                    }
                    openAt = -1;
                }
            }
        }
        return out;
    }

    /**
     * "“Do you want that?“ he asked": an opening mark after the quote's final punctuation and before
     * a space or the paragraph's end closes the open quote (a typing slip of some sites).
     */
    private static boolean isReversedClosing(String text, int i, Paragraph para) {
        if (i == para.start()) {
            return false;
        }
        char prev = text.charAt(i - 1);
        boolean punct = prev == '.' || prev == ',' || prev == '?' || prev == '!';
        return punct && (i + 1 >= para.end() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean isOpenMark(char c) {
        return c == '“' || c == '"';
    }

    private static boolean isOpeningStraight(String text, int i, Paragraph para) {
        boolean prevSpace = i == para.start() || isOpenContext(text.charAt(i - 1));
        boolean nextSpace = i + 1 >= para.end() || Character.isWhitespace(text.charAt(i + 1));
        return prevSpace && !nextSpace;
    }

    private static boolean isOpenContext(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == '/' || c == ':';
    }
}
