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
 * quoted statements cued by "said NAME", for resilience tests and the pipeline benchmark. Most
 * quotes are new; about one in ten re-carries an earlier quote, as outlets do, so claims gather a
 * few occurrences each rather than thousands.
 */
final class SyntheticArticles {
    private static final String[] OUTLETS = {
        "The Harbour Ledger",
        "Valmont Evening Post",
        "Northgate Courier",
        "The Tarn Valley Herald",
        "Eastmere Gazette",
        "The Quayside Observer"
    };
    private static final String[] FIRST = {
        "Marta", "Ivo", "Selma", "Dorian", "Lucia", "Teodor", "Annika", "Rafael", "Greta", "Oskar"
    };
    private static final String[] LAST = {
        "Kellowen",
        "Brandstetter",
        "Quarrington",
        "Achterberg",
        "Fenwright",
        "Wilmsky",
        "Holloran",
        "Osterby",
        "Vantreight",
        "Mirecourt"
    };
    private static final String[] TOPICS = {
        "the new tram line", "the harbour dredging plan", "water prices in the valley",
        "the school meals budget", "the northern bypass", "the museum renovation",
        "the flood defences", "the regional train timetable", "the hospital car park",
        "the ferry subsidy", "the library opening hours", "the wind farm off Tarn Point"
    };
    private static final String[] PREDICATES = {
        "will cost far more than the council admits",
        "has already been delayed by two winters",
        "was approved without a single public hearing",
        "will be finished before the autumn festival",
        "puts every small shop on the quay at risk",
        "deserves a second look from the auditors",
        "is the best deal this town has been offered in decades",
        "leaves the western districts paying for the eastern ones",
        "was drawn up by consultants who never visited Tarn",
        "can still be saved if the region pays its share",
        "will double the traffic on Mill Street",
        "has nothing to do with the election next spring"
    };
    private static final String[] REASONS = {
        "and the figures show a gap of", "because the contract allows for", "since we have seen",
        "even though the tender promised", "as the last survey counted", "after we were shown"
    };
    private static final String[] UNITS = {
        "million crowns", "households", "lorries a day", "weeks of work", "jobs", "complaints"
    };
    private static final String[] DETAILS = {
        "nobody on the harbour board has read the annex",
        "the ferry workers were never consulted",
        "my grandmother paid for the last bridge twice",
        "the auditors flagged this in their spring letter",
        "the fishermen will be the first to lose out",
        "the mayor signed it on a Friday night",
        "we have written to the regional court",
        "the engineers warned about the soft clay",
        "the budget line vanished between two drafts",
        "every bakery on Mill Street will feel it",
        "the youth club lost its grant because of it",
        "the minutes of the April session prove it"
    };
    private static final String[] FILLER = {
        "The old market hall was full on Tuesday evening, with %d residents on folding chairs and"
                + " more standing at the back near the %s stall. ",
        "The district office published a %d-page summary of the figures in %s, but the full"
                + " report is still not public. ",
        "The committee met for almost %d hours. Members went through the tender documents, the"
                + " environmental survey and %s objections from the fishing cooperative. ",
        "The first phase is planned to last %d months. A second phase, towards the %s districts,"
                + " has not been costed, and no date is set for a vote. ",
        "Along the waterfront, trade fell during the last round of road works, and a petition"
                + " reached %d signatures by the end of the week near the %s. ",
        "The ferry from Tarn Point runs %d times a day in summer and stops at the %s pier on"
                + " request. Timetables are posted at the harbour office. "
    };
    private static final String[] WORDS = {
        "northern",
        "western",
        "March",
        "lighthouse",
        "bakery",
        "granary",
        "eastern",
        "October",
        "clock-tower",
        "station"
    };

    private final Random random;
    private final String runId;
    private final List<String> recentQuotes = new ArrayList<>();

    SyntheticArticles(long seed, String runId) {
        this.random = new Random(seed);
        this.runId = runId;
    }

    /**
     * The {@code n}-th article with {@code quotes} quoted statements and about {@code
     * fillerParagraphs} paragraphs of plain reporting (no speech) around them.
     */
    Article article(int n, int quotes, int fillerParagraphs) {
        String outlet = OUTLETS[n % OUTLETS.length];
        String host = outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        String url = "https://" + host + "/" + runId + "/story-" + n;
        String topic = pick(TOPICS);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The debate over " + topic + " went on this week in the town of Tarn.");
        for (int q = 0; q < quotes; q++) {
            paragraphs.add(quote(topic));
            for (int f = 0; f < fillerParagraphs / Math.max(1, quotes); f++) {
                paragraphs.add(pick(FILLER).formatted(2 + random.nextInt(900), pick(WORDS)));
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
                "https://" + host + "/feed",
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

    private String quote(String topic) {
        if (!recentQuotes.isEmpty() && random.nextInt(10) == 0) {
            return recentQuotes.get(random.nextInt(recentQuotes.size()));
        }
        String text =
                "“I am convinced that "
                        + topic
                        + " "
                        + pick(PREDICATES)
                        + ", "
                        + pick(REASONS)
                        + " "
                        + (10 + random.nextInt(9_000))
                        + " "
                        + pick(UNITS)
                        + ", and "
                        + pick(DETAILS)
                        + " near the "
                        + pick(WORDS)
                        + " gate,” said "
                        + pick(FIRST)
                        + " "
                        + pick(LAST)
                        + ".";
        if (recentQuotes.size() < 200) {
            recentQuotes.add(text);
        } else {
            recentQuotes.set(random.nextInt(200), text);
        }
        return text;
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
