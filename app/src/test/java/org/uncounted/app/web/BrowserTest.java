package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.security.access.Role;

/**
 * The walk-through in a real browser: Debian's Chromium driven by Debian's chromedriver (Selenium
 * Manager never downloads anything). Skips, with a message, where Chromium is not installed; .ci/run installs
 * it. Screenshots of every page go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static RunningWebServer server;
    static WebDriver driver;
    static Path profile;
    static String caseId;
    static TestAccounts.Account account;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing"
                        + " (apt-get install chromium chromium-driver; .ci/run does this)");
        WebServices services = TestAccounts.services();
        account = TestAccounts.add(services.store(), Set.of(Role.ADMIN, Role.RESEARCHER));
        services.bootstrapReplicates(50);
        services.importRecorded(SyntheticCases.generate(80, 7L, services.cases().repository(), services.places()));
        server = WebServer.start(WebOptions.LOCAL.withPort(0), services);

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("uncounted-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static String url(String path) {
        return server.url().resolve(path).toString();
    }

    static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(90));
        w.ignoring(StaleElementReferenceException.class); // htmx swaps the progress fragment while we read it
        return w;
    }

    static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Types {@code typed} into a place field and picks the gazetteer's first suggestion. */
    static void pickPlace(String field, String typed) {
        type(field, typed);
        WebElement option = waiting().until(d -> {
            List<WebElement> o = d.findElements(By.cssSelector("#dl-" + field + " option"));
            return o.isEmpty() ? null : o.get(0);
        });
        String id = option.getAttribute("value");
        type(field, id);
    }

    static void waitForJob() {
        waiting().until(d -> {
            String s = d.findElement(By.id("job-progress")).getAttribute("data-state");
            return "DONE".equals(s) || "FAILED".equals(s);
        });
        assertThat(driver.findElement(By.id("job-progress")).getAttribute("data-state"))
                .isEqualTo("DONE");
    }

    @Test
    @Order(1)
    void login_withPasswordAndAuthenticatorCode_showsHome() throws IOException {
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        type("username", account.username());
        type("password", account.password());
        type("code", account.code());
        shot("01-login");
        driver.findElement(By.id("login-submit")).click();
        waiting().until(d -> d.findElements(By.id("logout")).size() == 1);
        assertThat(driver.findElement(By.id("nav-cases")).getText()).isEqualTo("Cases");
        shot("02-home");
    }

    @Test
    @Order(2)
    void intake_hangulNamesAndSaleInCny_recordsCaseTimeline() throws IOException {
        driver.get(url("/intake"));
        driver.findElement(By.id("purpose-store")).click();
        driver.findElement(By.id("purpose-analyse")).click();
        shot("03-consent");
        driver.findElement(By.id("consent-yes")).click();
        waiting().until(d -> d.findElements(By.id("intake-form")).size() == 1);
        type("source_id", "NGO-A");
        type("person_name", "한설화");
        type("person_name_other", "韓雪花");
        type("birth_year", "1988");
        pickPlace("origin_place", "회령");
        type("crossing_year", "2008");
        type("sale0_year", "2008");
        pickPlace("sale0_place", "연변");
        new Select(driver.findElement(By.id("sale0_type"))).selectByValue("to_husband");
        type("sale0_amount", "12000");
        new Select(driver.findElement(By.id("sale0_currency"))).selectByValue("CNY");
        new Select(driver.findElement(By.id("spell0_type"))).selectByValue("forced_marriage");
        type("spell0_start", "2008");
        type("spell0_end", "2014");
        type("narrative", "밤에 자전거를 타고 국경까지 가서 얼어붙은 강을 건넜다.");
        shot("04-intake");
        driver.findElement(By.id("btn-record")).click();
        waiting().until(d -> d.findElements(By.id("timeline")).size() == 1);
        caseId = driver.getCurrentUrl().replaceAll(".*/cases/", "");
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("12,000 CNY").contains("옌볜");
        assertThat(driver.getPageSource()).contains("한설화").contains("회령");
        assertThat(server.services().store().asOperator().listCases("NGO-A", 10, 0))
                .as("recorded in the encrypted store")
                .anySatisfy(c -> assertThat(c.sourceRecordId()).isEqualTo("web-" + caseId));
        shot("05-case");
    }

    @Test
    @Order(3)
    void search_koreanWord_findsTheNewCase() throws IOException {
        driver.get(url("/search"));
        type("q", "자전거");
        driver.findElement(By.id("search-submit")).click();
        WebElement hit = waiting()
                .until(d -> d.findElements(By.cssSelector("#results a.hit")).stream()
                        .filter(a -> a.getText().equals(caseId))
                        .findFirst()
                        .orElse(null));
        assertThat(hit.getText()).isEqualTo(caseId);
        shot("06-search");
        driver.get(url("/cases?source=NGO-A"));
        assertThat(driver.findElement(By.cssSelector("table.cases")).getText()).contains(caseId);
        shot("07-cases");
    }

    @Test
    @Order(4)
    void review_afterLinkage_acceptsAPair() throws IOException {
        driver.get(url("/review"));
        driver.findElement(By.id("run-linkage")).click();
        waitForJob();
        shot("08-job");
        driver.get(url("/review"));
        waiting().until(d -> d.findElements(By.id("contributions")).size() == 1);
        assertThat(driver.findElements(By.cssSelector("#contributions tbody tr")))
                .isNotEmpty();
        shot("09-review");
        driver.findElement(By.id("decide-accept")).click();
        // the page was already at /review before the click, so wait for the decision itself (the
        // URL alone raced the form's POST and failed now and then)
        waiting().until(d -> !server.services().linkage().decisions().isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/review");
        assertThat(server.services().linkage().decisions()).hasSize(1);
    }

    @Test
    @Order(5)
    void estimates_afterBootstrap_drawCharts() throws IOException {
        driver.get(url("/estimates"));
        driver.findElement(By.id("run-estimates")).click();
        waitForJob();
        driver.get(url("/estimates"));
        for (String chart : List.of("estimates", "overlap", "shares", "prices", "durations")) {
            waiting().until(d -> d.findElement(By.id("chart-" + chart)).getAttribute("data-rendered") != null);
            assertThat(driver.findElement(By.id("chart-" + chart)).getAttribute("data-rendered"))
                    .as(chart)
                    .isEqualTo("chart");
            assertThat(driver.findElements(By.cssSelector("#chart-" + chart + " canvas")))
                    .as(chart)
                    .isNotEmpty();
        }
        shot("10-estimates");
        driver.get(url("/map"));
        waiting().until(d -> "map".equals(d.findElement(By.id("chart-map")).getAttribute("data-rendered")));
        shot("11-map");
    }

    @Test
    @Order(6)
    void localeSwitch_toKorean_translatesThePage() throws IOException {
        driver.get(url("/estimates"));
        driver.findElement(By.id("lang-ko")).click();
        waiting().until(d -> "ko".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.id("nav-cases")).getText()).isEqualTo("사례");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("추정");
        waiting().until(d -> "chart".equals(d.findElement(By.id("chart-shares")).getAttribute("data-rendered")));
        shot("12-estimates-ko");
        driver.get(url("/cases/" + caseId));
        assertThat(driver.findElement(By.id("timeline")).getText())
                .contains("매매")
                .contains("12,000 CNY");
        shot("13-case-ko");
    }
}
