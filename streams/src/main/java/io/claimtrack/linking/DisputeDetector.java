package io.claimtrack.linking;

import io.claimtrack.model.LinkRelation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a statement that disputes or answers what someone else said: "dismissed", "denied",
 * "rejected", "refuted", "lies and slander", "false provocations"; or "responded", "replied".
 */
public final class DisputeDetector {
    private static final Pattern REBUT =
            Pattern.compile(
                    "\\b(dismiss\\w*|den(?:y|ies|ied|ying|ial)|reject\\w*|refut\\w*|rebut\\w*"
                            + "|false\\w*|lies|lying|liars?|slander\\w*|baseless|groundless"
                            + "|untrue|fabricat\\w*|disinformation|misleading|misinformation"
                            + "|fake|smear\\w*|nonsense|absurd|hysteria|blackmail\\w*)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RESPOND =
            Pattern.compile(
                    "\\b(respond\\w*|response|repl(?:y|ies|ied)|react\\w*|retort\\w*|counter\\w*)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DisputeDetector() {}

    /**
     * A detected dispute or response.
     *
     * @param cue the word that shows it
     */
    public record Cue(LinkRelation relation, String cue, double confidence) {}

    /** Looks at the cue verb, the quote and the sentence around it. */
    public static Optional<Cue> detect(String cue, String quote, String context) {
        String all = String.join(" \n ", nz(cue), nz(quote), nz(context));
        Matcher m = REBUT.matcher(all);
        if (m.find()) {
            // The reporting verb itself ("dismissed") is stronger evidence than a word in passing.
            boolean inCue = REBUT.matcher(nz(cue)).find();
            return Optional.of(new Cue(LinkRelation.REBUTS, m.group(1), inCue ? 0.8 : 0.7));
        }
        Matcher r = RESPOND.matcher(all);
        if (r.find()) {
            return Optional.of(new Cue(LinkRelation.RESPONDS_TO, r.group(1), 0.6));
        }
        return Optional.empty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
