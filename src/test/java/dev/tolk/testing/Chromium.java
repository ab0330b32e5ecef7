package dev.tolk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver} (installed by
 * {@code .ci/run}), found on {@code PATH} or in {@code /usr/bin}, set explicitly so that Selenium Manager never tries
 * to download a browser or a driver. A machine without them fails the test with a message saying what to install: a
 * browser test that skipped itself would prove nothing.
 */
public final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh browser (its own temporary profile) with a window of this size. */
    public static Chromium start(int width, int height) {
        Path binary = find("chromium", "TOLK_TEST_CHROMIUM");
        Path driverBinary = find("chromedriver", "TOLK_TEST_CHROMEDRIVER");
        Path profile;
        try {
            profile = Files.createTempDirectory("tolk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB",
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }

    /** The executable named by the environment variable, else the first on PATH, else in /usr/bin. */
    private static Path find(String name, String variable) {
        Optional<Path> configured = Optional.ofNullable(System.getenv(variable)).map(Path::of);
        List<Path> candidates = Stream.concat(configured.stream(), Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name)),
                Stream.of(Path.of("/usr/bin", name)))).toList();
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("The browser tests need Debian's chromium and "
                        + "chromium-driver (" + name + " is not on PATH nor in /usr/bin): run "
                        + "'apt-get install -y chromium chromium-driver', as .ci/run does, or set " + variable + "."));
    }
}
