package io.claimtrack.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests ask of the feed page. */
final class PageCheck {
    private final ChromeDriver driver;

    PageCheck(ChromeDriver driver) {
        this.driver = driver;
    }

    WebDriverWait await() {
        // The page re-renders rows as records arrive; an element read mid-render is simply
        // read again.
        WebDriverWait wait =
                new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void open(String url) {
        driver.get(url);
        await().until(
                        d ->
                                "live"
                                        .equals(
                                                d.findElement(By.tagName("body"))
                                                        .getDomAttribute("data-status")));
    }

    WebElement row(String id) {
        return await().until(
                        d ->
                                d
                                        .findElements(
                                                By.cssSelector("li.row[data-id='" + id + "']"))
                                        .stream()
                                        .findFirst()
                                        .orElse(null));
    }

    /** The row's rendered text (or that of the part matched by {@code selector} inside it). */
    String rowText(String id) {
        return rowText(id, null);
    }

    String rowText(String id, String selector) {
        // Read in one script call: a Selenium element could go stale between find and read.
        return await().until(
                        d ->
                                (String)
                                        driver.executeScript(
                                                "const r = document.querySelector("
                                                        + "`li.row[data-id='${arguments[0]}']`);"
                                                        + " const e = r && (arguments[1] ? r.querySelector(arguments[1]) : r);"
                                                        + " return e ? e.innerText : null;",
                                                id,
                                                selector));
    }

    void awaitGone(String id) {
        await().until(
                        d ->
                                d.findElements(By.cssSelector("li.row[data-id='" + id + "']"))
                                        .isEmpty());
    }

    @SuppressWarnings("unchecked")
    List<String> visibleIds() {
        // One script call, so a re-render between reads cannot leave a stale element behind.
        return (List<String>)
                driver.executeScript(
                        "return Array.from(document.querySelectorAll('#rows > li.row'),"
                                + " e => e.dataset.id)");
    }

    void awaitVisibleIds(List<String> expected) {
        await().withMessage(() -> "rows shown: " + visibleIds() + ", expected " + expected)
                .until(d -> visibleIds().equals(expected));
    }

    void type(String inputId, String text) {
        WebElement input = driver.findElement(By.id(inputId));
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** What an opened details box showed: its text and the hrefs of its occurrence links. */
    record Details(String text, List<String> occurrenceLinks) {}

    @SuppressWarnings("unchecked")
    Details expand(String rowId) {
        By toggle = By.cssSelector("li.row[data-id='" + rowId + "'] button.toggle");
        await().until(
                        d -> {
                            WebElement button = d.findElement(toggle);
                            if (!"true".equals(button.getDomAttribute("aria-expanded"))) {
                                button.click();
                            }
                            // The page keeps a row open across re-renders, so this holds once set.
                            return "true"
                                    .equals(d.findElement(toggle).getDomAttribute("aria-expanded"));
                        });
        List<Object> snapshot =
                await().until(
                                d ->
                                        (List<Object>)
                                                driver.executeScript(
                                                        "const b = document.querySelector("
                                                                + "`li.row[data-id='${arguments[0]}'] .details`);"
                                                                + " return b ? [b.innerText, Array.from("
                                                                + "b.querySelectorAll('.occurrences a'),"
                                                                + " a => a.getAttribute('href'))] : null;",
                                                        rowId));
        return new Details((String) snapshot.get(0), (List<String>) snapshot.get(1));
    }

    Path screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        driver.executeScript("window.scrollTo(0, 0)");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
