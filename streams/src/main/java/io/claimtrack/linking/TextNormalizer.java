package io.claimtrack.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns quote text into comparable tokens: Unicode-folded, lower-cased, typographic quotes, dashes
 * and punctuation removed, so "Karabakh is Azerbaijan!" and “karabakh is azerbaijan” compare equal.
 */
public final class TextNormalizer {
    private static final Set<String> STOPWORDS =
            Set.of(
                    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but",
                    "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "with",
                    "as", "from", "has", "have", "had", "will", "would", "s");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {}

    /** Lower-cased word tokens with diacritics and punctuation removed. */
    public static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        // "Armenia's" and "Armenias" must meet: drop the possessive before splitting.
        lower = POSSESSIVE.matcher(lower).replaceAll("").replace("'", "");
        List<String> out = new ArrayList<>();
        for (String t : SEPARATORS.split(lower)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tokens without the most frequent function words: what carries a statement's content. */
    public static List<String> contentTokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (!STOPWORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The normalised text as one space-separated string (for keys and alias lookups). */
    public static String key(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * Word shingles of the content tokens: bigrams, plus the unigrams when the text is too short to
     * have more than two bigrams.
     */
    public static Set<String> shingles(String text) {
        List<String> t = contentTokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            out.add(t.get(i) + ' ' + t.get(i + 1));
        }
        if (out.size() <= 2) {
            out.addAll(t);
        }
        return out;
    }
}
