package io.claimtrack.extract.statement;

/**
 * A word or punctuation token {@code [start, end)}; {@code quote} is the index of the quote that
 * contains it, or -1 outside quotes.
 */
record Token(int start, int end, String text, int quote) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isUpper() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean inQuote() {
        return quote >= 0;
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    String lower() {
        return Lexicon.lower(text);
    }
}
