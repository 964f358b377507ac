package io.factline.server;

import io.factline.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page as a user drives it, in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs): {@code factline serve} runs in its own JVM over the test index (the sample
 * corpus plus a hostile and a conflicting article). Screenshots go to {@code target/test-artifacts/}; with
 * {@code -Dfactline.updateDocs=true} the timeline screenshot also replaces the README's {@code docs/timeline.png}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path ARTIFACTS = Path.of("target", "test-artifacts");

    private static ServeProcess serve;
    private static ChromeDriver browser;
    private static Path downloads;
    /** Chromium's profile and downloads; removed after the class (a profile is some 10 MB). */
    @org.junit.jupiter.api.io.TempDir
    static Path scratch;

    /** Without Chromium every test is reported skipped, one by one (an assumption in @BeforeAll reports none). */
    private static final boolean CHROMIUM_HERE = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        if (!CHROMIUM_HERE) return;
        Files.createDirectories(ARTIFACTS);
        serve = ServeProcess.start(TestIndex.data());
        assertTrue(serve.startMillis < 20_000, "serve loads no NLP model and starts in seconds: " + serve.startMillis + " ms");
        downloads = Files.createDirectory(scratch.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As this machine needs headless Chromium started: no sandbox as root, nothing fetched from elsewhere.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(scratch.resolve("profile")), "--window-size=1280,1000",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (serve != null) serve.close();
    }

    @BeforeEach
    void wideWindow() {
        assumeTrue(CHROMIUM_HERE, "skipping a browser test: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is not installed (Debian: apt-get install chromium chromium-driver)");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void open(String fragment) {
        browser.get(serve.url + fragment);
    }

    private static void search(String query) {
        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys(query, Keys.ENTER);
        // Wait for the list of this query, not the previous one still on the page.
        await().until(d -> shows(d, "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                && !d.findElements(By.cssSelector("#results .result")).isEmpty());
    }

    /** Whether the result list answers a query whose parameters include {@code param} (as the page encodes it). */
    private static boolean shows(org.openqa.selenium.WebDriver d, String param) {
        String shown = d.findElement(By.id("results")).getAttribute("data-shown");
        return shown != null && ("&" + shown + "&").contains("&" + param + "&");
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path downloaded(String name) {
        Path file = downloads.resolve(name);
        await().until(d -> Files.isRegularFile(file) && file.toFile().length() > 0
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    @Test
    void searchesInChineseAndEnglishShowHighlightedResultsAndFacetsNarrowThem() throws IOException {
        open("#/search");
        search("抖音");
        List<String> titles = texts("#results .result-title");
        assertTrue(titles.contains("抖音电商年货节报告：家乡特色年货销售超300万单"), titles.toString());
        assertTrue(texts("#results .snippet mark").contains("抖音"), "the match is marked: " + texts("#results .snippet mark"));
        // the three Chinese articles that write 抖音, and two English ones that name Douyin otherwise
        assertEquals("5 articles", browser.findElement(By.id("result-count")).getText());

        search("daily active users");
        assertTrue(texts("#results .result-title").contains("Shake sound DAU break 600 million, how far from WeChat?"));
        assertFalse(texts("#results .snippet mark").isEmpty());
        screenshot("search.png");

        browser.findElement(By.cssSelector(".facet[data-facet=source][data-key='Second Opinion Daily']")).click();
        await().until(d -> d.findElements(By.cssSelector("#results .result")).size() == 1);
        assertEquals(List.of("Kuaishou trails Douyin"), texts("#results .result-title"));
        assertEquals(List.of("source: Second Opinion Daily ×"), texts("#filters .chip"));
        browser.findElement(By.cssSelector("#filters .chip")).click();
        await().until(d -> d.findElements(By.cssSelector("#results .result")).size() == 3);
    }

    @Test
    void douyinDauTimelineShowsTwoPointsWithSourcesExportsAndOpensTheArticle() throws IOException {
        open("#/search");
        browser.findElement(By.id("nav-timeline")).click();
        WebElement entity = await().until(d -> d.findElement(By.id("entity")));
        entity.clear();
        entity.sendKeys("抖音");
        new Select(browser.findElement(By.id("metric"))).selectByValue("DAU");
        browser.findElement(By.cssSelector("#timeline-form button[type=submit]")).click();
        await().until(d -> d.findElements(By.cssSelector("#chart .point")).size() == 2);
        assertEquals("Douyin · DAU · 2 points", browser.findElement(By.id("timeline-title")).getText());
        List<WebElement> points = browser.findElements(By.cssSelector("#chart .point"));
        assertEquals(List.of("2020-01", "2020-08"), points.stream().map(p -> p.getAttribute("data-as-of")).toList());
        assertEquals(1, browser.findElements(By.cssSelector("#chart .reported-line")).size(), "reported values as a line");

        new Actions(browser).moveToElement(points.get(1).findElement(By.cssSelector(".hit"))).perform();
        WebElement tip = await().until(d -> {
            WebElement t = d.findElement(By.id("tooltip"));
            return t.isDisplayed() ? t : null;
        });
        String tipText = tip.getText();
        assertTrue(tipText.startsWith("2020-08 · > 600M people · reported"), tipText);
        assertTrue(tipText.contains("Chopped Pepper Entertainment · 2020-09-16T10:01:40 · said by Zhang Nan"), tipText);
        assertTrue(tipText.contains("Shake sound DAU break 600 million, how far from WeChat?"), tipText);
        assertEquals(2, texts("#points tbody tr").size());
        assertEquals(List.of("2020-01", "> 400M people", "reported", "Chopped Pepper Entertainment · 2020-09-16"),
                texts("#points tbody tr:first-child td"));
        screenshot("timeline.png");
        if (Boolean.getBoolean("factline.updateDocs")) {
            Files.copy(ARTIFACTS.resolve("timeline.png"), Path.of("docs", "timeline.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        browser.findElement(By.id("export-csv")).click();
        List<String> csv = Files.readAllLines(downloaded("Douyin-DAU.csv"), StandardCharsets.UTF_8);
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(0).startsWith("id,doc,entity,entity_mention,metric,value,"));
        assertTrue(csv.get(1).contains(",Douyin,") && csv.get(1).contains(",DAU,400000000,") && csv.get(2).contains(",DAU,600000000,"),
                csv.toString());
        browser.findElement(By.id("export-jsonl")).click();
        List<String> jsonl = Files.readAllLines(downloaded("Douyin-DAU.jsonl"), StandardCharsets.UTF_8);
        assertEquals("2020-08", Json.mapper().readTree(jsonl.get(1)).get("as_of").asText());
        browser.findElement(By.id("export-svg")).click();
        assertTrue(Files.readString(downloaded("Douyin-DAU.svg")).contains("<svg"));
        browser.findElement(By.id("export-png")).click();
        byte[] png = Files.readAllBytes(downloaded("Douyin-DAU.png"));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));

        new Actions(browser).moveToElement(points.get(1).findElement(By.cssSelector(".hit"))).click().perform();
        WebElement sentence = await().until(d -> d.findElement(By.cssSelector("#article-text mark#fact-sentence")));
        assertTrue(sentence.getText().startsWith("Tiktok tiktok CEO tiktok Zhang Nan, in the keynote speech"),
                sentence.getText());
        assertEquals("Shake sound DAU break 600 million, how far from WeChat?",
                browser.findElement(By.id("article-title")).getText());
        screenshot("article.png");
    }

    /** Crawled text is hostile: the title, source, URL and text of this article carry payloads that must stay text. */
    @Test
    void scriptAndImagePayloadsInAnArticleRenderAsText() throws IOException {
        open("#/search");
        search("xsspayload");
        WebElement result = browser.findElement(By.cssSelector("#results .result"));
        assertEquals("Kuaishou <script>window.__xss='title'</script> report <img src=x onerror=\"window.__xss='title-img'\">",
                result.findElement(By.cssSelector(".result-title")).getText());
        assertTrue(result.getText().contains("<a href=\"javascript:window.__xss='text-a'\">xsspayload</a>"), result.getText());
        assertEquals(List.of("xsspayload"), texts("#results .snippet mark"));

        result.findElement(By.cssSelector(".result-title")).click();
        WebElement text = await().until(d -> {
            WebElement t = d.findElement(By.id("article-text"));
            return t.getText().isEmpty() ? null : t;
        });
        assertTrue(text.getText().contains("<script>window.__xss = 'text-script'</script>"), text.getText());
        assertTrue(text.getText().contains("<img src=x onerror=\"window.__xss='text-img'\">"), text.getText());
        assertTrue(browser.findElement(By.id("article-meta")).getText().startsWith("<b onmouseover="));
        assertTrue(browser.findElements(By.cssSelector("#article-meta a")).isEmpty(), "a javascript: URL is no link");

        open("#/timeline?entity=Kuaishou&metric=DAU");
        await().until(d -> d.findElements(By.cssSelector("#chart .point.conflict")).size() == 2);
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#chart .point.conflict .hit"))).perform();
        await().until(d -> d.findElement(By.id("tooltip")).isDisplayed());
        screenshot("hostile.png");

        Object injected = browser.executeScript("return [window.__xss === undefined,"
                + " document.querySelectorAll('main img, main script, main b, main a[href^=javascript]').length]");
        assertEquals(List.of(true, 0L), injected, "no payload ran and no element came from the data");
    }

    @Test
    void theTimelineLeavesOutFactsBelowTheConfidenceChosen() {
        open("#/timeline?entity=Douyin&metric=DAU&min_confidence=0.9");
        await().until(d -> d.findElement(By.id("timeline-title")).getText().equals("Douyin · DAU · 0 points"));
        assertEquals("0.9", new Select(browser.findElement(By.id("min-confidence"))).getFirstSelectedOption().getAttribute("value"));
        new Select(browser.findElement(By.id("min-confidence"))).selectByValue("");
        browser.findElement(By.cssSelector("#timeline-form button[type=submit]")).click();
        await().until(d -> d.findElements(By.cssSelector("#chart .point")).size() == 2);
        assertFalse(browser.getCurrentUrl().contains("min_confidence"), browser.getCurrentUrl());
    }

    @Test
    void worksOnANarrowScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("#/timeline?entity=Douyin&metric=DAU");
        await().until(d -> d.findElements(By.cssSelector("#chart .point")).size() == 2);
        Object widths = browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth,"
                + " document.querySelector('#chart svg').getBoundingClientRect().right]");
        List<?> w = (List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), "no sideways scrolling: " + w);
        assertTrue(((Number) w.get(2)).doubleValue() <= ((Number) w.get(1)).doubleValue(), "the chart fits: " + w);
        screenshot("timeline-narrow.png");

        open("#/search?q=" + Http.q("字节跳动"));
        await().until(d -> shows(d, "q=" + java.net.URLEncoder.encode("字节跳动", StandardCharsets.UTF_8))
                && !d.findElements(By.cssSelector("#results .result")).isEmpty());
        Object scroll = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertEquals(Boolean.TRUE, scroll);
        screenshot("search-narrow.png");
    }

    @Test
    void anErrorReplacesWhatWasShown() {
        open("#/search");
        search("抖音");
        open("#/search?q=*");
        await().until(d -> d.findElement(By.id("error")).isDisplayed());
        assertEquals("'*' alone is not a search: leave the query empty to list every article, or search for words",
                browser.findElement(By.id("error")).getText());
        assertTrue(browser.findElements(By.cssSelector("#results .result")).isEmpty(), "the old results are gone");
        assertEquals("", browser.findElement(By.id("result-count")).getText());

        open("#/article/" + TestIndex.HOSTILE);
        await().until(d -> !d.findElement(By.id("article-text")).getText().isEmpty());
        open("#/article/no-such-article");
        await().until(d -> d.findElement(By.id("error")).isDisplayed());
        assertEquals("", browser.findElement(By.id("article-title")).getText(), "not the previous article");
        assertEquals("", browser.findElement(By.id("article-text")).getText());
    }

    @Test
    void aSearchForAnEntityNameFindsItInBothLanguagesAndTheTimelineViewOffersIt() {
        open("#/search");
        search("Douyin");
        List<String> titles = texts("#results .result-title");
        assertTrue(titles.stream().anyMatch(t -> t.contains("抖音")), "Chinese articles: " + titles);
        assertTrue(texts("#results .result-why").contains("names Douyin"), texts("#results .result-why").toString());

        browser.findElement(By.id("nav-timeline")).click();
        await().until(d -> !d.findElements(By.cssSelector("#timeline-offers .offers a")).isEmpty());
        assertTrue(browser.findElement(By.id("timeline-offers")).getText().contains("From your search: Douyin"));
        List<String> offers = texts("#timeline-offers .offers a");
        assertTrue(offers.get(0).startsWith("Douyin · "), "the searched entity's timelines first: " + offers);
        List<String> groups = browser.findElements(By.cssSelector("#metric optgroup")).stream()
                .map(g -> g.getAttribute("label")).toList();
        assertEquals(List.of("Metrics", "Other metrics"), groups);
        assertEquals("DAU", browser.findElement(By.cssSelector("#metric optgroup:first-child option")).getAttribute("value"));

        browser.findElement(By.cssSelector("#timeline-offers .offers a")).click();
        await().until(d -> d.findElement(By.id("timeline-title")).getText().startsWith("Douyin · "));
    }

    @Test
    void untitledArticlesShowTheirFirstWords() {
        open("#/search");
        search("Harbor Lane Cinemas");
        assertEquals(List.of("Harbor Lane Cinemas said on Friday that it would reopen four of…"),
                texts("#results .result-title"));
    }
}
