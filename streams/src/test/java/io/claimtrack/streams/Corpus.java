package io.claimtrack.streams;

import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import java.time.Instant;
import java.util.List;

/**
 * Generated articles of fictional outlets and fictional speakers for integration tests and
 * benchmarks: quote {@code k} is carried by several outlets, in the plain {@code “…,” said X.} form
 * every extractor version recognises.
 */
public final class Corpus {
    private static final String[] OUTLETS = {
        "Northport Gazette", "Valley Courier", "Harbour Times", "Riverside Post", "Upland Herald"
    };
    private static final String[] SURNAMES = {
        "Varga", "Brenner", "Lindqvist", "Okafor", "Moreau", "Halloran", "Petrov", "Sandoval"
    };
    private static final String[] WORDS = words();

    private Corpus() {}

    /** A quote of 14 words drawn from a 400-word vocabulary by {@code seed}. */
    public static String quote(long seed) {
        // SplittableRandom: java.util.Random gives correlated first values for nearby seeds.
        java.util.SplittableRandom r =
                new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        StringBuilder sb = new StringBuilder("We");
        for (int i = 0; i < 14; i++) {
            sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.append(" this year").toString();
    }

    static String speaker(long k) {
        return SURNAMES[(int) (k % SURNAMES.length)];
    }

    public static String outlet(int i) {
        return OUTLETS[i % OUTLETS.length];
    }

    /** An article by {@code outlet} carrying the given quotes (quote seed → speaker). */
    public static Article article(String id, String outlet, Instant t, long... quoteSeeds) {
        StringBuilder text = new StringBuilder("Officials of the fictional town met on Monday. ");
        for (long q : quoteSeeds) {
            text.append('“').append(quote(q)).append(",” said ").append(speaker(q)).append(". ");
        }
        String url =
                "https://"
                        + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                        + ".example/"
                        + id;
        return new Article(
                Article.SCHEMA,
                Ids.articleId(url),
                url,
                url,
                "src",
                outlet,
                url,
                "Article " + id,
                text.toString(),
                List.of(),
                t,
                null,
                "en",
                null,
                t,
                200,
                Ids.sha256Hex(text.toString()),
                "test");
    }

    private static String[] words() {
        String[] syll = {
            "ka", "lo", "mi", "ren", "tor", "va", "sel", "dun", "pa", "gri", "no", "shu", "tel",
            "bar", "qui", "zen", "mor", "lis", "fa", "dro"
        };
        String[] out = new String[400];
        for (int i = 0; i < out.length; i++) {
            out[i] = syll[i % 20] + syll[(i / 20) % 20] + "s";
        }
        return out;
    }
}
