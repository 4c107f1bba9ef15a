package dev.sayline.enrich.pipeline;

/**
 * Maps Java string (UTF-16) offsets to Unicode code point offsets, as the contract requires:
 * the seeds hold emoji outside the BMP, after which the two differ.
 */
final class CodePointOffsets {

    private final int[] codePointAt;

    CodePointOffsets(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            // The low surrogate of a pair belongs to the same code point as its high surrogate.
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                codePointAt[i] = cp - 1;
            }
        }
        codePointAt[text.length()] = cp;
    }

    int toCodePoint(int utf16Offset) {
        return codePointAt[utf16Offset];
    }
}
