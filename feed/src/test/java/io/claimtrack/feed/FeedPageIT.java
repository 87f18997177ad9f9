package io.claimtrack.feed;

import static io.claimtrack.feed.Fixtures.claim;
import static io.claimtrack.feed.Fixtures.occurrence;
import static io.claimtrack.feed.Fixtures.rebuttal;
import static io.claimtrack.feed.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Claim;
import io.claimtrack.model.LinkRelation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page in real headless Chromium over the real HTTP server and event stream, with the view fed
 * in code: escaping of hostile article text, filters, details. {@code FeedLiveIT} does the same
 * from Kafka.
 */
class FeedPageIT {
    private static final String HOSTILE =
            "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    private static FeedView view;
    private static FeedServer server;
    private static Browser browser;
    private static PageCheck page;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void start() throws Exception {
        view = new FeedView(1_000, Clock.systemUTC());
        server = FeedServer.serve(view, FeedConfig.defaults());
        browser = Browser.start(1280, 900);
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
    }

    @Test
    void articleTextIsShownAsTextNeverRunAsMarkup() {
        Claim hostile =
                new Claim(
                        Claim.SCHEMA,
                        "c-xss",
                        "Harbour " + HOSTILE,
                        "sp-x",
                        "<b>Eve Mallory</b>",
                        null,
                        false,
                        NOW.minusSeconds(5),
                        NOW.minusSeconds(5),
                        List.of("<i>Bad Outlet</i>"),
                        1,
                        List.of(
                                new Claim.Occurrence(
                                        "s-xss",
                                        "a-xss",
                                        "<i>Bad Outlet</i>",
                                        "javascript:window.__xss=3",
                                        NOW.minusSeconds(5),
                                        HOSTILE,
                                        null)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null);
        view.applyClaim(hostile.id(), hostile);
        page.open(server.url().toString());

        assertThat(page.rowText("c-xss", ".text")).contains("<script>window.__xss=2</script>");
        assertThat(page.rowText("c-xss", ".speaker")).isEqualTo("<b>Eve Mallory</b>");
        PageCheck.Details details = page.expand("c-xss");
        assertThat(details.text()).contains("<i>Bad Outlet</i>").contains("link withheld");
        assertThat(
                        browser.driver.findElements(
                                By.cssSelector(
                                        "#rows img, #rows script, #rows b, #rows i, #rows a[href^='javascript']")))
                .isEmpty();
        assertThat(browser.driver.executeScript("return window.__xss === undefined"))
                .isEqualTo(true);
    }

    @Test
    void filtersNarrowTheRowsAndDetailsShowOccurrencesAndDisputes() throws Exception {
        Instant t = NOW.minusSeconds(120);
        view.applyClaim(
                "c-tax",
                claim(
                        "c-tax",
                        "Mara Vell",
                        true,
                        "The harbour tax will fall next year.",
                        t,
                        t.plusSeconds(30),
                        List.of(
                                occurrence("s-t1", "Harbor Ledger", t),
                                occurrence("s-t2", "Valley Courier", t.plusSeconds(30))),
                        List.of("c-no"),
                        List.of()));
        view.applyClaim(
                "c-no",
                claim(
                        "c-no",
                        "Ilo Brandt",
                        false,
                        "The harbour tax will not fall; the plan is a fantasy.",
                        t.plusSeconds(40),
                        t.plusSeconds(40),
                        List.of(occurrence("s-n1", "Valley Courier", t.plusSeconds(40))),
                        List.of(),
                        List.of("c-tax")));
        view.applyLink(
                "l-1", rebuttal("l-1", "c-no", "c-tax", "Brandt called the plan a fantasy."));
        view.applyLink(
                "l-2",
                Fixtures.link(
                        LinkRelation.RESPONDS_TO,
                        "l-2",
                        "c-tax",
                        "c-no",
                        "Vell replied that the numbers stand."));
        view.applyStatement(
                statement(
                        "s-br",
                        "Ilo Brandt",
                        false,
                        "Northgate Post",
                        "Bridges come first.",
                        t.plusSeconds(50)));
        page.open(server.url().toString());
        page.row("s-br");

        page.click("f-disputed");
        page.awaitVisibleIds(List.of("c-tax"));
        page.click("f-disputed");
        page.type("f-speaker", "brandt");
        page.awaitVisibleIds(List.of("s-br", "c-no"));
        page.type("f-outlet", "northgate");
        page.awaitVisibleIds(List.of("s-br"));
        browser.driver.findElement(By.id("f-clear")).click();
        page.click("f-official");
        page.awaitVisibleIds(List.of("c-tax"));
        page.click("f-official");
        page.type("f-q", "fantasy");
        page.awaitVisibleIds(List.of("c-no"));
        page.type("f-q", "");

        PageCheck.Details details = page.expand("c-tax");
        assertThat(details.occurrenceLinks())
                .containsExactly(
                        "https://harbor-ledger.example/s-t1",
                        "https://valley-courier.example/s-t2");
        assertThat(details.text())
                .containsIgnoringCase("Disputed by (1)")
                .contains("Ilo Brandt")
                .contains("Brandt called the plan a fantasy.");
        assertThat(page.rowText("c-tax"))
                .contains("OFFICIAL")
                .contains("DISPUTED")
                .contains("2 occurrences");
        assertThat(page.rowText("c-tax")).contains("responds to 1 claim");
        assertThat(page.expand("c-no").text())
                .containsIgnoringCase("Responded to by (1)")
                .contains("Mara Vell")
                .contains("Vell replied that the numbers stand.");

        view.applyStatement(
                statement(
                        "s-live",
                        "Mara Vell",
                        true,
                        "Harbor Ledger",
                        "Ferries will run at night.",
                        Instant.now()));
        page.row("s-live");
        assertThat(page.visibleIds().getFirst()).isEqualTo("s-live");
        assertThat(page.screenshot("feed-page.png")).exists();
    }

    @Test
    void rowsArrivingWhileScrolledDownAreAnnouncedInsteadOfMovingTheView() {
        Instant old = NOW.minus(1, ChronoUnit.DAYS);
        for (int i = 0; i < 40; i++) {
            view.applyStatement(
                    statement(
                            "fill-" + i,
                            "Pim Alder",
                            false,
                            "Kestrel Daily",
                            "Filler " + i,
                            old.plusSeconds(i)));
        }
        page.open(server.url().toString());
        page.row("fill-0");
        browser.driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        page.await()
                .until(
                        d ->
                                ((Number) browser.driver.executeScript("return window.scrollY"))
                                                .longValue()
                                        > 1000);

        view.applyStatement(
                statement(
                        "fill-new",
                        "Pim Alder",
                        false,
                        "Kestrel Daily",
                        "Arrived while away",
                        old.plusSeconds(100)));
        WebElement pill =
                page.await()
                        .until(
                                d -> {
                                    WebElement b = d.findElement(By.id("new-above"));
                                    return b.isDisplayed() ? b : null;
                                });
        assertThat(pill.getText()).isEqualTo("↑ 1 new row above");
        pill.click();
        page.await().until(d -> !d.findElement(By.id("new-above")).isDisplayed());
        assertThat(((Number) browser.driver.executeScript("return window.scrollY")).longValue())
                .isZero();
    }
}
