package de.digitalezukunfthagen.digitalcheck.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the browser
 * tests of every feature. Selenium never downloads anything: the driver and the browser are the
 * system's, and a missing one makes the test fail (CI installs them in {@code .ci/run}).
 *
 * <pre>
 * try (Browser browser = Browser.start()) {
 *     browser.phone();
 *     browser.open(baseUrl + "/");
 *     browser.screenshot("start-phone");
 *     browser.assertAccessible();
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Phone first: the viewport of a common smartphone, and a desktop window. */
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path home;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path home) {
        this.driver = driver;
        this.service = service;
        this.home = home;
    }

    /** Starts a fresh browser with its own profile folder; fails (never skips) when Chromium is missing. */
    public static Browser start() {
        return start(true);
    }

    /** A browser with JavaScript switched off, to show that every page works without it. */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javascript) {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(required + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does this)");
            }
        }
        try {
            Path home = Files.createTempDirectory("digitalcheck-browser");
            Path profile = Files.createDirectories(home.resolve("profile"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=de-DE",
                    "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + PHONE.getWidth() + "," + PHONE.getHeight());
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of(
                            "HOME", home.toAbsolutePath().toString(),
                            "XDG_CACHE_HOME", Files.createDirectories(home.resolve("cache")).toAbsolutePath().toString(),
                            "XDG_CONFIG_HOME", Files.createDirectories(home.resolve("config")).toAbsolutePath().toString()))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, service, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A 390×844 viewport (the inner size, so pages are laid out as on a phone). */
    public Browser phone() {
        return viewport(PHONE);
    }

    /** A 1280×900 viewport. */
    public Browser desktop() {
        return viewport(DESKTOP);
    }

    private Browser viewport(Dimension size) {
        // Headless Chromium's window has no chrome around it, but set the inner size exactly anyway.
        driver.manage().window().setSize(size);
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> list && list.size() == 2) {
            int dw = size.getWidth() - ((Number) list.get(0)).intValue();
            int dh = size.getHeight() - ((Number) list.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(size.getWidth() + dw, size.getHeight() + dh));
            }
        }
        return this;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks the element and waits until the page it leads to has loaded. */
    public Browser clickAndWait(String css) {
        WebElement element = find(css);
        scrollTo(element);
        element.click();
        waitForLoad(element);
        return this;
    }

    /** Scrolls the element to the middle of the viewport (so no sticky or neighbouring element covers it). */
    public WebElement scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    /** Clicks an element that stays on the page (a label, a checkbox), after scrolling it into view. */
    public Browser click(String css) {
        scrollTo(find(css)).click();
        return this;
    }

    /** Waits until {@code old} is gone from the page (a new page replaced it) and the new one is complete. */
    public void waitForLoad(WebElement old) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The visible text of the page's main content. */
    public String mainText() {
        return find("main").getText();
    }

    /**
     * Saves a screenshot of the whole page (not only the viewport) to {@code target/screenshots/NAME.png}
     * and returns its path; look at it with an image viewer.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, fullPage());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page as PNG, through the DevTools protocol (the viewport keeps its width). */
    private byte[] fullPage() {
        Object size = driver.executeScript("return [document.documentElement.scrollWidth, "
                + "Math.max(document.documentElement.scrollHeight, document.body.scrollHeight), window.innerWidth];");
        List<?> dims = (List<?>) size;
        int width = ((Number) dims.get(2)).intValue();
        int height = ((Number) dims.get(1)).intValue();
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Runs axe-core on the current page; the serious and critical violations, described one per line. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + redact(url()) + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /** Fails when axe-core finds a serious or critical accessibility violation on the current page. */
    public void assertAccessible() {
        List<String> violations = seriousAccessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("accessibility violations on " + redact(url()) + ":\n" + String.join("\n", violations));
        }
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(5)
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }

    /** URLs of assessments carry a secret; keep them out of test reports anyway. */
    private static String redact(String url) {
        return url.replaceAll("/a/[A-Za-z0-9_-]{16,}", "/a/…");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
