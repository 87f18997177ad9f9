package io.claimtrack.extract.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-checks the DOM choice with structured hints: the JSON-LD {@code articleBody} (when it
 * agrees with the DOM, blocks it lacks are boilerplate) and the standfirst (a visible block just
 * before the body whose text is the page description).
 */
final class BodyHints {

    private static final int MIN_BODY_CHARS = 300;
    private static final double CONSISTENT = 0.6;
    private static final int KEEP_ANYWAY = 120;

    private BodyHints() {}

    /** Drops chosen non-heading blocks missing from a consistent {@code articleBody}. */
    static List<Block> filterByArticleBody(
            List<Block> chosen, String articleBody, String description) {
        if (articleBody == null || chosen.isEmpty()) {
            return chosen;
        }
        String body = normalise(articleBody);
        if (body.length() < MIN_BODY_CHARS) {
            return chosen;
        }
        int total = 0;
        int covered = 0;
        boolean[] in = new boolean[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            String t = normalise(chosen.get(i).text());
            total += t.length();
            in[i] =
                    !t.isEmpty()
                            && (body.contains(t)
                                    || t.length() > 120
                                            && body.contains(
                                                    t.substring(
                                                            t.length() / 2 - 40,
                                                            t.length() / 2 + 40)));
            covered += in[i] ? t.length() : 0;
        }
        if (total == 0 || (double) covered / total < CONSISTENT) {
            return chosen;
        }
        // articleBody often omits the lead paragraph or standfirst, so blocks before its first
        // match are kept; unmatched blocks between and after matches are inserts and furniture.
        boolean seen = false;
        List<Block> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Block b = chosen.get(i);
            seen |= in[i];
            // articleBody is sometimes partial, so long paragraphs stand on their own.
            if (!seen || in[i] || b.kind() == Block.Kind.HEADING || b.length() >= KEEP_ANYWAY) {
                out.add(chosen.get(i));
            }
        }
        return out;
    }

    /** The block before the body whose text is the description, or null. */
    static Block standfirst(List<Block> all, List<Block> chosen, String description) {
        if (description == null || chosen.isEmpty()) {
            return null;
        }
        String d = normalise(description);
        if (d.length() < 40) {
            return null;
        }
        Block first = chosen.get(0);
        for (Block b : all) {
            if (b == first) {
                return null;
            }
            if (b.length() >= 40 && b.kind() != Block.Kind.HEADING
                    || b.owner().normalName().equals("h2")) {
                String t = normalise(b.text());
                if (t.equals(d)
                        || (t.length() > 40
                                && t.startsWith(d.substring(0, Math.min(d.length(), 60))))) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Paragraphs of a plain-text body (JSON-LD articleBody): split at line breaks. */
    static List<String> split(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\\s*\\n\\s*")) {
            String t = line.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Lowercase letters and digits, single spaces between words. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == ' ' ? sb.substring(0, n - 1) : sb.toString();
    }
}
