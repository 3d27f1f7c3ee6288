package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven through its chromedriver (nothing is
 * downloaded). Each page loads with no error in the console, links navigate, the editor runs a query, the
 * search finds Tinzawatène, the timeline shows the recalls of 6 April and filters by actor, and hostile
 * text from the data stays text. Screenshots go to {@code target/screenshots/}.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = TestSite.HOME.resolve("target").resolve("screenshots");

    static TestSite site;
    static TestSite xss;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("sahel-kg-chromium");
        site = TestSite.start(TestSite.real());
        xss = TestSite.start(TestSite.fixture("/xss/xss.trig"));
        driver = chromium(profile);
    }

    /** Debian's headless Chromium with its own profile in {@code profile}, logging the console. */
    static ChromeDriver chromium(Path profile) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1800", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Quits {@code driver} and deletes its profile. */
    static void quit(ChromeDriver driver, Path profile) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            quit(driver, profile);
        } finally {
            if (site != null) {
                site.close();
            }
            if (xss != null) {
                xss.close();
            }
        }
    }

    /** Opens a page of {@code on}, and fails on any error the page logged. */
    static void open(TestSite on, String path) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(on.base() + path);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertNoErrors(path);
    }

    static void assertNoErrors(String where) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), where + ": errors in the console: " + severe);
    }

    static void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void theHomePageOffersTheGraphAndItsEditorRunsAQuestion() throws IOException {
        open(site, "/");
        assertTrue(driver.getTitle().contains("sahel-kg"));
        screenshot("home");
        Select questions = new Select(driver.findElement(By.id("catalog")));
        questions.selectByValue("ambassador-recalls");
        waiting().until(d -> d.findElement(By.id("query")).getDomProperty("value").contains("# Title:"));
        driver.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table tbody tr")));
        assertTrue(driver.findElements(By.cssSelector("#results table tbody tr")).size() > 0, "the question's answers");
        assertTrue(driver.findElement(By.id("status")).getText().contains("row"));
        assertNoErrors("the editor");
        screenshot("home-query-results");

        driver.findElement(By.linkText("Timeline")).click();
        waiting().until(ExpectedConditions.urlContains("/timeline"));
        assertNoErrors("after following Timeline");
    }

    @Test
    void theDroneDowningShowsTheClaimsSideBySideAndItsLinksNavigate() throws IOException {
        open(site, "/id/event/drone-downing-2025-04-01");
        assertTrue(driver.getCurrentUrl().endsWith("/id/event/drone-downing-2025-04-01.html"), "the 303 to the page");
        assertEquals("Downing of a Malian drone near Tin Zaouatine", driver.findElement(By.tagName("h1")).getText());
        WebElement territory = driver.findElement(By.id("d-event-drone-downing-2025-04-01-territory"));
        List<WebElement> columns = territory.findElements(By.cssSelector("article.claimant"));
        assertTrue(columns.size() >= 3, "one column per group of claimants: " + columns.size());
        assertTrue(territory.getText().contains("more than 2 km") && territory.getText().contains("9.5 km"));
        assertTrue(territory.getText().contains("more than 2km into Algerian airspace"), "the exact quote");
        screenshot("resource-drone-downing");

        territory.findElement(By.cssSelector("a[href='/id/source/001']")).click();
        waiting().until(ExpectedConditions.urlContains("/id/source/001"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Source 001"));
        assertNoErrors("the source page");
        screenshot("resource-source-001");
    }

    @Test
    void theTimelineShowsTheRecallsOf6AprilAndTheActorFilterWorks() throws IOException {
        open(site, "/timeline");
        WebElement recalls = driver.findElement(By.id("event-aes-ambassador-recall-2025-04-06"));
        assertTrue(recalls.getText().contains("Mali, Niger and Burkina Faso recall their ambassadors from Algiers"));
        assertTrue(recalls.getText().contains("6 April 2025"));
        screenshot("timeline");
        int all = driver.findElements(By.cssSelector("ol.timeline > li")).size();
        new Select(driver.findElement(By.id("actor"))).selectByValue("country/niger");
        driver.findElement(By.cssSelector("form.filter button")).click();
        waiting().until(ExpectedConditions.urlContains("actor=country%2Fniger"));
        assertNoErrors("the filtered timeline");
        int niger = driver.findElements(By.cssSelector("ol.timeline > li")).size();
        assertTrue(niger > 0 && niger < all, "the events with Niger: " + niger + " of " + all);
        assertFalse(driver.findElements(By.id("event-aes-ambassador-recall-2025-04-06")).isEmpty());
        assertTrue(driver.findElements(By.id("event-drone-downing-2025-04-01")).isEmpty());
        screenshot("timeline-niger");
    }

    @Test
    void theMapShowsTheClaimedPositionsOfTheDrone() throws IOException {
        open(site, "/map");
        assertFalse(driver.findElements(By.cssSelector("svg.map path.land")).isEmpty(), "the outlines");
        List<WebElement> markers = driver.findElements(By.cssSelector("svg.inset a.marker"));
        assertTrue(markers.size() >= 6, "a marker per claimed position: " + markers.size());
        screenshot("map");
        driver.get(site.base() + "/map#inset-event-drone-downing-2025-04-01");
        screenshot("map-inset");
        String href = markers.get(0).getDomAttribute("href");
        driver.get(site.base() + href);
        assertTrue(driver.getCurrentUrl().contains("/id/claim/"), "a marker leads to its claim");
        assertNoErrors("a claim page");
    }

    @Test
    void theDisputesPageLoads() throws IOException {
        open(site, "/disputes");
        assertTrue(driver.findElement(By.id("d-event-drone-downing-2025-04-01-territory")).getText().toLowerCase()
                .contains("disputed"));
        screenshot("disputes");
    }

    @Test
    void searchFindsTinzawatene() throws IOException {
        open(site, "/");
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys("Tinzawatène", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search"));
        assertNoErrors("the search");
        WebElement first = driver.findElement(By.cssSelector("ul.hits li .title a"));
        assertEquals("Tinzaouatène", first.getText());
        screenshot("search-tinzawatene");
        first.click();
        waiting().until(ExpectedConditions.urlContains("/id/place/tinzaouatene"));
        assertNoErrors("the town's page");
        screenshot("resource-tinzaouatene");
    }

    @Test
    void theExplanationAndTheOntologyPagesLoad() throws IOException {
        open(site, "/explain?iri=country/niger");
        assertFalse(driver.findElements(By.cssSelector("ol.explained > li")).isEmpty());
        screenshot("explain-niger");
        open(site, "/ontology");
        assertTrue(driver.getCurrentUrl().endsWith("/ontology.html"));
        assertTrue(driver.findElement(By.id("Event")).getText().contains("skg:Event"));
        screenshot("ontology");
        driver.get(site.base() + "/id/country/mali");
        driver.findElement(By.cssSelector("a[href='/ontology#Country']")).click();
        waiting().until(ExpectedConditions.urlContains("/ontology.html#Country"));
        assertNoErrors("a term of the ontology");
    }

    @Test
    void hostileTextFromTheDataStaysText() throws IOException {
        for (String path : XssIT.PAGES) {
            driver.manage().logs().get(LogType.BROWSER);
            driver.get(xss.base() + path);
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), path + ": an alert");
            JavascriptExecutor js = driver;
            assertEquals(0L, js.executeScript("return document.querySelectorAll('img, iframe, object, embed').length"),
                    path + ": an injected element");
            assertEquals(0L, js.executeScript("return document.querySelectorAll('script:not([src^=\"/assets/\"])').length"),
                    path + ": an injected script");
            assertEquals(0L, js.executeScript("return document.querySelectorAll('[onerror], [onload], [onmouseover], b, i')"
                    + ".length"), path + ": an injected attribute or tag");
            if (!path.startsWith("/id/%3C")) {
                assertNoErrors(path);
            }
        }
        driver.get(xss.base() + "/id/country/xland.html");
        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertEquals("<script>alert(1)</script>", h1.getText(), "the label reads as written");
        assertEquals("auto", h1.getDomAttribute("dir"));
        driver.get(xss.base() + "/id/claim/xss-claim.html");
        assertEquals("<b>bold</b> claim \u202E reversed", driver.findElement(By.tagName("h1")).getText());
        WebElement rlo = driver.findElement(By.xpath("//*[@dir='auto'][contains(., 'gnp.exe')]"));
        assertTrue(rlo.getText().contains("\u202Egnp.exe"), "the override stays inside its own element");
        screenshot("xss-claim");
    }

    @Test
    void aMissingPageIsHelpful() throws IOException {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(site.base() + "/id/country/atlantis");
        assertEquals("Not found", driver.findElement(By.tagName("h1")).getText());
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("404")).toList();
        assertTrue(severe.isEmpty(), "only the 404 itself: " + severe);
        screenshot("not-found");
    }
}
