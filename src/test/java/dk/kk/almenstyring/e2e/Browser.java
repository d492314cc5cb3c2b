package dk.kk.almenstyring.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given explicitly, so Selenium
 * Manager never looks for (or downloads) a browser or a driver. Every run gets a fresh profile in a temporary
 * directory, in Danish, in Copenhagen's time zone, 1400×1000.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("e2e-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=da-DK");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
            // a person in Copenhagen: Tasklist shows dates and times in the browser's time zone
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                    .withEnvironment(Map.of("TZ", "Europe/Copenhagen")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(PATIENCE);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Clicks as a person would after scrolling the element to the middle of the window: Tasklist's form footer
     * (with *Complete*) stays on top of whatever scrolls under it.
     */
    void click(WebElement element) {
        until(d -> {
            script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // a notification in the corner covers it: close it, as a person would
                script("document.querySelectorAll('.page-notifications .alert button.close').forEach(b => b.click());");
                return false;
            }
        }, "a clickable " + element.getTagName());
    }

    /** The first visible element, waited for. */
    WebElement find(By by) {
        return until(d -> visible(d.findElements(by)), "a visible " + by);
    }

    /** Waits until the condition answers something other than null or false; the failure names what was awaited. */
    <T> T until(Function<WebDriver, T> condition, String what) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "waited " + PATIENCE.toSeconds() + " s for " + what);
        return wait.until(condition::apply);
    }

    static WebElement visible(List<WebElement> elements) {
        return elements.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** The page as the person saw it: a PNG and the HTML, named after the test. */
    void keepEvidence(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("e2e: could not keep the evidence of " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
