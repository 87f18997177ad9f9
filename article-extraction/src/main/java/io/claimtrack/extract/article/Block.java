package io.claimtrack.extract.article;

import org.jsoup.nodes.Element;

/**
 * One run of inline text owned by a block-level element, in document order.
 *
 * @param owner the nearest block-level element holding the text
 * @param text whitespace-normalised text
 * @param linkChars characters of {@code text} inside links
 * @param kind what the owner is, which decides how context treats the block
 */
record Block(Element owner, String text, int linkChars, Kind kind) {

    /** The role of a block's owner element. */
    enum Kind {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        QUOTE,
        OTHER
    }

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
