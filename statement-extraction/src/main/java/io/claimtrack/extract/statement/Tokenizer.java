package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;

/** Words (with inner apostrophes, hyphens and dots) and single punctuation marks, with offsets. */
final class Tokenizer {

    private Tokenizer() {}

    /** Tokens of {@code [start, end)}; {@code quoteAt[i - start]} is the quote index of char i. */
    static List<Token> tokens(String text, int start, int end, int[] quoteAt) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (inner(d)
                            && i + 1 < end
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            out.add(new Token(s, i, text.substring(s, i), quoteAt[s - start]));
        }
        return out;
    }

    private static boolean inner(char d) {
        return d == '\'' || d == '’' || d == '-' || d == '.' || d == '&';
    }
}
