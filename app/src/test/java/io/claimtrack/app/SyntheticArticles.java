package io.claimtrack.app;

import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic synthetic news articles about fictional people in fictional outlets, each with
 * quoted statements cued by "said NAME", for resilience tests and the pipeline benchmark.
 */
final class SyntheticArticles {
    private static final String[] OUTLETS = {
        "The Harbour Ledger", "Valmont Evening Post", "Northgate Courier", "The Tarn Valley Herald"
    };
    private static final String[] PEOPLE = {
        "Marta Kellowen", "Ivo Brandstetter", "Selma Quarrington", "Dorian Achterberg",
        "Lucia Fenwright", "Teodor Wilmsky", "Annika Holloran", "Rafael Osterby"
    };
    private static final String[] TOPICS = {
        "the new tram line", "the harbour dredging plan", "water prices in the valley",
        "the school meals budget", "the northern bypass", "the museum renovation",
        "the flood defences", "the regional train timetable"
    };
    private static final String[] VERBS = {
        "will cost far more than the council admits",
        "has already been delayed by two winters",
        "was approved without a single public hearing",
        "will be finished before the autumn festival",
        "puts every small shop on the quay at risk",
        "deserves a second look from the auditors"
    };
    private static final String FILLER =
            "Residents gathered in the old market hall on Tuesday evening to hear the plans, and"
                    + " several of them asked how the work would be paid for. The district office"
                    + " published a summary of the figures last month, but the full report has not"
                    + " been made public. ";

    private final Random random;
    private final String runId;

    SyntheticArticles(long seed, String runId) {
        this.random = new Random(seed);
        this.runId = runId;
    }

    /**
     * The {@code n}-th article with {@code quotes} quoted statements and about {@code
     * fillerParagraphs} paragraphs of plain reporting around them.
     */
    Article article(int n, int quotes, int fillerParagraphs) {
        String outlet = OUTLETS[n % OUTLETS.length];
        String url =
                "https://"
                        + outlet.toLowerCase(Locale.ROOT).replace(' ', '-')
                        + ".example/"
                        + runId
                        + "/story-"
                        + n;
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                "The debate over " + topic + " continued this week in the fictional town of Tarn.");
        for (int q = 0; q < quotes; q++) {
            String person = PEOPLE[(n + q * 3) % PEOPLE.length];
            String claim = VERBS[random.nextInt(VERBS.length)];
            paragraphs.add(
                    "“I am convinced that "
                            + topic
                            + " "
                            + claim
                            + ", and I told the committee so in meeting "
                            + n
                            + "-"
                            + q
                            + ",” said "
                            + person
                            + ".");
            for (int f = 0; f < fillerParagraphs / Math.max(1, quotes); f++) {
                paragraphs.add(FILLER);
            }
        }
        Instant now = Instant.now();
        return new Article(
                Article.SCHEMA,
                Ids.articleId(url),
                url,
                url,
                "synthetic",
                outlet,
                "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/feed",
                "Debate over " + topic + " (" + n + ")",
                String.join("\n\n", paragraphs),
                List.of(),
                now,
                null,
                "en",
                "local",
                now,
                200,
                Ids.sha256Hex(url + n),
                "synthetic");
    }
}
