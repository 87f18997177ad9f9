package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Body paragraphs tokenised, joined into one block where a quote runs across paragraphs. */
final class Blocks {

    /** Consecutive paragraphs {@code [first, last]} and their tokens. */
    record Block(List<Layout.Paragraph> all, int first, int last, List<Token> tokens) {

        int paragraphOf(int offset) {
            for (int i = last; i > first; i--) {
                if (all.get(i).start() <= offset) {
                    return i;
                }
            }
            return first;
        }
    }

    private Blocks() {}

    static List<Block> of(
            String text, List<Layout.Paragraph> body, List<QuoteScanner.Quote> quotes) {
        List<Block> out = new ArrayList<>();
        int q = 0;
        int i = 0;
        while (i < body.size()) {
            int last = i;
            // extend while a quote that starts in this block ends in a later paragraph
            while (q < quotes.size() && quotes.get(q).start() < body.get(last).end()) {
                while (last + 1 < body.size() && quotes.get(q).end() > body.get(last).end()) {
                    last++;
                }
                q++;
            }
            int start = body.get(i).start();
            int end = body.get(last).end();
            out.add(new Block(body, i, last, tokens(text, start, end, quotes)));
            i = last + 1;
        }
        return out;
    }

    private static List<Token> tokens(
            String text, int start, int end, List<QuoteScanner.Quote> quotes) {
        int[] quoteAt = new int[end - start];
        Arrays.fill(quoteAt, -1);
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) { // first quote ending after start; quotes are sorted and disjoint
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < quotes.size() && quotes.get(k).start() < end; k++) {
            QuoteScanner.Quote qu = quotes.get(k);
            int s = Math.max(qu.start(), start);
            int e = Math.min(qu.end(), end);
            for (int x = s; x < e; x++) {
                quoteAt[x - start] = k;
            }
        }
        return Tokenizer.tokens(text, start, end, quoteAt);
    }
}
