package io.claimtrack.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import io.claimtrack.model.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path in a real browser: records on the real broker, the feed server's consumer, the
 * event stream, the page. Quotes are carried verbatim from shared/seeds/004; outlets are fictional.
 */
class FeedLiveIT {
    static final String ALIYEV =
            "Everyone who visits the park of military trophies will see the strength of our army,"
                    + " will see our willpower, and how hard it was to achieve victory,";
    static final String TATOYAN_1 =
            "another manifestation of the morbid Armenophobia of the Azerbaijani authorities.";
    static final String TATOYAN_2 =
            "In front of the whole world, Ilham Aliyev with fascist cynicism publicly insults,"
                    + " humiliates the dignity of an entire nation, and deliberately inflicts"
                    + " suffering on the relatives of the dead soldiers, missing people and"
                    + " prisoners of war,";
    static final String MOFA_AM =
            "At a time when the consequences of the war unleashed by Azerbaijan against Artsakh"
                    + " haven’t been fully addressed, when numerous Armenian prisoners of war are"
                    + " being held in Azerbaijani captivity, with the organization of such an"
                    + " ‘exhibition’ wrapped in the elements of marauding, Azerbaijan is finally"
                    + " consolidating its position as a global center of intolerance and"
                    + " xenophobia,";
    static final String MOFA_AZ =
            "We once again advise the Ministry of Foreign Affairs of Armenia to refrain from"
                    + " rhetoric full of lies and slander on the issue of ‘prisoners of war’"
                    + " expressed at every opportunity,";
    static final String EVIDENCE =
            "The MoFA of Azerbaijan dismissed the “hysteria” of its Armenian counterpart as a"
                    + " “blackmail attempt.”";

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static LiveKafka kafka;
    private static FeedServer server;
    private static Browser browser;
    private static PageCheck page;

    @BeforeAll
    static void start() throws Exception {
        kafka = LiveKafka.create("feed-live");
        // History, produced before the server starts: a fresh page must show it.
        kafka.claim(
                claim(
                        "c-aliyev",
                        "Ilham Aliyev",
                        "President of Azerbaijan",
                        ALIYEV,
                        NOW.minus(2, ChronoUnit.HOURS),
                        List.of(
                                occ(
                                        "s-h1",
                                        "Harbor Ledger",
                                        NOW.minus(3, ChronoUnit.HOURS),
                                        ALIYEV),
                                occ(
                                        "s-h2",
                                        "Valley Courier",
                                        NOW.minus(2, ChronoUnit.HOURS),
                                        ALIYEV)),
                        List.of(),
                        List.of()));
        kafka.claim(
                claim(
                        "c-mofa-am",
                        "Ministry of Foreign Affairs of Armenia",
                        null,
                        MOFA_AM,
                        NOW.minus(90, ChronoUnit.MINUTES),
                        List.of(
                                occ(
                                        "s-h4",
                                        "Northgate Post",
                                        NOW.minus(90, ChronoUnit.MINUTES),
                                        MOFA_AM)),
                        List.of(),
                        List.of()));
        kafka.statement(
                statement(
                        "s-h3",
                        "Arman Tatoyan",
                        "Human Rights Defender of Armenia",
                        "Harbor Ledger",
                        TATOYAN_1,
                        NOW.minus(60, ChronoUnit.MINUTES)));
        kafka.flush();

        server = FeedServer.start(kafka.settings, FeedConfig.defaults());
        browser = Browser.start(1280, 1500);
        page = new PageCheck(browser.driver);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void recordsOnKafkaAppearLiveAndFiltersAndDetailsWork() throws Exception {
        page.open(server.url().toString());
        page.awaitVisibleIds(List.of("s-h3", "c-mofa-am", "c-aliyev"));

        kafka.statement(
                statement(
                        "s-live",
                        "Arman Tatoyan",
                        "Human Rights Defender of Armenia",
                        "Valley Courier",
                        TATOYAN_2,
                        NOW));
        kafka.flush();
        page.awaitVisibleIds(List.of("s-live", "s-h3", "c-mofa-am", "c-aliyev"));

        kafka.claim(
                claim(
                        "c-tatoyan",
                        "Arman Tatoyan",
                        "Human Rights Defender of Armenia",
                        TATOYAN_2,
                        NOW,
                        List.of(
                                occ("s-live", "Valley Courier", NOW.minusSeconds(30), TATOYAN_2),
                                occ("s-live2", "Lakeside Tribune", NOW, TATOYAN_2)),
                        List.of(),
                        List.of()));
        kafka.garbageStatement("a-garbage");
        kafka.claim(
                claim(
                        "c-mofa-az",
                        "Ministry of Foreign Affairs of Azerbaijan",
                        null,
                        MOFA_AZ,
                        NOW.minusSeconds(60),
                        List.of(occ("s-az", "Northgate Post", NOW.minusSeconds(60), MOFA_AZ)),
                        List.of(),
                        List.of("c-mofa-am")));
        kafka.link(
                new ClaimLink(
                        ClaimLink.SCHEMA,
                        "l-az-am",
                        LinkRelation.REBUTS,
                        "c-mofa-az",
                        "c-mofa-am",
                        "s-az",
                        "s-h4",
                        "Ministry of Foreign Affairs of Azerbaijan",
                        "Ministry of Foreign Affairs of Armenia",
                        EVIDENCE,
                        0.8,
                        NOW));
        kafka.flush();
        page.awaitVisibleIds(List.of("c-tatoyan", "c-mofa-az", "s-h3", "c-mofa-am", "c-aliyev"));
        page.await()
                .until(
                        d ->
                                page.rowText("c-mofa-am")
                                        .toUpperCase(Locale.ROOT)
                                        .contains("DISPUTED"));

        page.click("f-disputed");
        page.awaitVisibleIds(List.of("c-mofa-am"));
        page.click("f-disputed");
        page.type("f-speaker", "tatoyan");
        page.awaitVisibleIds(List.of("c-tatoyan", "s-h3"));
        page.type("f-outlet", "lakeside");
        page.awaitVisibleIds(List.of("c-tatoyan"));
        page.type("f-speaker", "");
        page.type("f-outlet", "");
        page.type("f-q", "prisoners of war");
        page.awaitVisibleIds(List.of("c-tatoyan", "c-mofa-az", "c-mofa-am"));
        page.type("f-q", "");
        page.awaitVisibleIds(List.of("c-tatoyan", "c-mofa-az", "s-h3", "c-mofa-am", "c-aliyev"));

        PageCheck.Details tatoyan = page.expand("c-tatoyan");
        assertThat(tatoyan.occurrenceLinks())
                .containsExactly(
                        "https://valley-courier.example/s-live",
                        "https://lakeside-tribune.example/s-live2");
        PageCheck.Details disputed = page.expand("c-mofa-am");
        assertThat(disputed.text())
                .contains("Ministry of Foreign Affairs of Azerbaijan")
                .contains(MOFA_AZ)
                .contains(EVIDENCE);
        assertThat(page.rowText("c-mofa-am")).contains("Northgate Post").contains("1 dispute");
        assertThat(page.screenshot("feed-live.png")).exists();
        browser.driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                java.util.Map.of(
                        "features",
                        List.of(
                                java.util.Map.of(
                                        "name", "prefers-color-scheme", "value", "dark"))));
        assertThat(page.screenshot("feed-live-dark.png")).exists();

        assertApiAndHealth();
    }

    private static void assertApiAndHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> items =
                http.send(
                        HttpRequest.newBuilder(server.url().resolve("api/items?disputed=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(items.statusCode()).isEqualTo(200);
        var snapshot = Json.mapper().readTree(items.body());
        assertThat(snapshot.get("matched").asInt()).isEqualTo(1);
        assertThat(snapshot.get("items").get(0).get("id").asText()).isEqualTo("c-mofa-am");

        HttpResponse<String> health =
                http.send(
                        HttpRequest.newBuilder(server.url().resolve("health")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        var h = Json.mapper().readTree(health.body());
        assertThat(h.get("up").asBoolean()).isTrue();
        assertThat(h.get("rejected").asLong()).isEqualTo(1);
        assertThat(h.get("lastRejection").asText()).contains("statements.v1");
        assertThat(h.get("items").asInt()).isEqualTo(5);
    }

    static Statement statement(
            String id, String speaker, String role, String outlet, String quote, Instant at) {
        return new Statement(
                Statement.SCHEMA,
                id,
                "a-" + id,
                url(outlet, id),
                outlet,
                "src-" + slug(outlet),
                at,
                quote,
                StatementKind.DIRECT,
                "said",
                0,
                quote.length(),
                new SpeakerRef(speaker, speaker, null, null, role, "PERSON", true),
                true,
                List.of(),
                List.of(),
                "en",
                "feed-it");
    }

    static Claim claim(
            String id,
            String speaker,
            String role,
            String text,
            Instant last,
            List<Claim.Occurrence> occurrences,
            List<String> rebuttedBy,
            List<String> rebuts) {
        Instant first =
                occurrences.stream()
                        .map(Claim.Occurrence::published)
                        .min(Instant::compareTo)
                        .orElse(last);
        List<String> outlets =
                occurrences.stream().map(Claim.Occurrence::outlet).distinct().toList();
        return new Claim(
                Claim.SCHEMA,
                id,
                text,
                "sp-" + slug(speaker),
                speaker,
                role,
                true,
                first,
                last,
                outlets,
                occurrences.size(),
                occurrences,
                List.of(text),
                List.of(),
                rebuttedBy,
                rebuts,
                null);
    }

    static Claim.Occurrence occ(
            String statementId, String outlet, Instant published, String quote) {
        return new Claim.Occurrence(
                statementId,
                "a-" + statementId,
                outlet,
                url(outlet, statementId),
                published,
                quote,
                null);
    }

    static String url(String outlet, String id) {
        return "https://" + slug(outlet) + ".example/" + id;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
