package io.claimtrack.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
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

    WebElement expand(String rowId) {
        WebElement row = row(rowId);
        row.findElement(By.cssSelector("button.toggle")).click();
        return await().until(
                        d ->
                                row.findElements(By.cssSelector(".details")).stream()
                                        .findFirst()
                                        .orElse(null));
    }

    Path screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        driver.executeScript("window.scrollTo(0, 0)");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
