package dev.tolk.desk;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The desk page as a test drives it: what an editor does, and what the page shows, read from the real DOM. */
final class DeskPage {

    /** Generous: the stubbed backend answers at once, but the machine may be busy. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final URL url;

    DeskPage(ChromeDriver driver, URL url) {
        this.driver = driver;
        this.url = url;
    }

    /** Opens the page fresh: no API key kept from an earlier test, no console lines from it. */
    DeskPage open() {
        driver.get(url.toString());
        js("sessionStorage.clear()");
        driver.navigate().refresh();
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(js("return document.readyState === 'complete'")));
        consoleErrors(); // drains the log
        return this;
    }

    ChromeDriver driver() {
        return driver;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Puts text into a field as a paste would: all at once, with an input event. */
    DeskPage paste(String css, String text) {
        js("const f = document.querySelector(arguments[0]); f.focus(); f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));", css, text);
        return this;
    }

    DeskPage article(String title, String text) {
        if (title != null) {
            paste("#title", title);
        }
        return paste("#text", text);
    }

    DeskPage translate() {
        find("#translate").click();
        return this;
    }

    /** Waits until the run is over (done or failed) and returns its state. */
    String awaitFinished() {
        await().atMost(WAIT).until(() -> List.of("done", "failed").contains(state()));
        return state();
    }

    String state() {
        return (String) js("return document.getElementById('results').dataset.state || ''");
    }

    /** Each row: number cell, Danish, English (without its warnings), and its classes. */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> rows() {
        return (List<Map<String, String>>) js("return [...document.querySelectorAll('#rows-body tr')].map(tr => ({"
                + "id: tr.id, num: tr.cells[0].textContent, da: tr.cells[1].textContent,"
                + "en: tr.cells[2].querySelector('.text').textContent, cls: tr.className,"
                + "warnings: tr.cells[2].querySelector('.row-warnings').textContent}))");
    }

    @SuppressWarnings("unchecked")
    List<String> bullets() {
        return (List<String>) js("return [...document.querySelectorAll('#bullets li .text')].map(e => e.textContent)");
    }

    String text(String css) {
        return (String) js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", css);
    }

    boolean visible(String css) {
        return find(css).isDisplayed();
    }

    void hover(String css) {
        new Actions(driver).moveToElement(find(css)).perform();
    }

    /** Presses Tab until the element is focused, at most {@code max} times; false if it never was. */
    boolean tabTo(String id, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(js("return document.activeElement.id"))) {
                return true;
            }
        }
        return false;
    }

    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void ctrlEnter() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    /** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA, best practices). */
    List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing: " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    /** Console lines of level SEVERE since the last call (errors, CSP violations, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** What the clipboard holds now (the test grants the page clipboard access). */
    String clipboard() {
        return (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], "
                + "e => arguments[0]('clipboard read failed: ' + e))");
    }

    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url.getProtocol() + "://"
                + url.getHost() + ":" + url.getPort(), "permissions", List.of("clipboardReadWrite",
                        "clipboardSanitizedWrite")));
    }

    void screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only the window (Chrome DevTools' captureBeyondViewport). */
    void fullScreenshot(Path file) throws java.io.IOException {
        Number height = (Number) js("return document.documentElement.scrollHeight");
        Number width = (Number) js("return document.documentElement.scrollWidth");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Resizes the window (e.g. to a phone's width). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
