package io.claimtrack.extract.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Language identification with the optimaize n-gram detector; profiles load once, lazily. */
final class Languages {

    private static final int SAMPLE_CHARS = 1000;
    private static final double MIN_PROBABILITY = 0.80;

    private Languages() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR;
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                DETECTOR =
                        LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                                .build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles missing from the classpath", e);
            }
        }
    }

    /**
     * The ISO 639-1 code of {@code text}, else the page's declared language ({@code <html lang>}),
     * else null.
     */
    static String detect(String text, String declared) {
        String fallback = normalise(declared);
        if (text == null || text.length() < 40) {
            return fallback;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> probs =
                Holder.DETECTOR.getProbabilities(Holder.TEXTS.forText(sample));
        if (!probs.isEmpty() && probs.get(0).getProbability() >= MIN_PROBABILITY) {
            return probs.get(0).getLocale().getLanguage();
        }
        return fallback;
    }

    /** "en-GB" / "en_US" → "en". */
    static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        t = cut > 0 ? t.substring(0, cut) : t;
        return t.length() >= 2 && t.length() <= 3 && t.chars().allMatch(Character::isLetter)
                ? t
                : null;
    }
}
