package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Links a statement that dismisses, denies or calls false an earlier one by another speaker. */
final class Rebuttals {

    private final Lexicon lex;
    private final Pattern words;

    Rebuttals(Lexicon lex) {
        this.lex = lex;
        this.words = SpeakerResolver.wordPattern(lex.rebuttalWords);
    }

    List<Rebuttal> link(List<Attribution> statements) {
        List<Rebuttal> out = new ArrayList<>();
        for (int i = 1; i < statements.size(); i++) {
            Attribution a = statements.get(i);
            String cue = rebuttalCue(a);
            if (cue == null || a.speaker() == null) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Speaker other = statements.get(j).speaker();
                if (other != null && !Objects.equals(other.name(), a.speaker().name())) {
                    out.add(new Rebuttal(i, j, cue));
                    break;
                }
            }
        }
        return out;
    }

    private String rebuttalCue(Attribution a) {
        if (a.cue() != null && lex.rebuttalCues.contains(Lexicon.lower(a.cue()))) {
            return a.cue();
        }
        Matcher m = words.matcher(a.quote());
        return m.find() ? m.group() : null;
    }
}
