package dev.berth.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's pages in headless Chromium against canned API answers: what a user
 * supplied shows as text, the graph's layers, the forms' requests and errors, sign-in.
 */
class DashboardPagesIT {
    static final String MARKUP = "<img src=x onerror=\"window.pwned=1\">";
    static final Duration WAIT = Duration.ofSeconds(10);

    static DashboardFixture fixture;
    static Browser browser;

    @BeforeAll
    static void serveAndOpen() {
        fixture = new DashboardFixture();
        browser = new Browser("pages");
    }

    @AfterAll
    static void closeAndStop() {
        browser.close();
        fixture.close();
    }

    /** Each test starts signed out, on a page of its own. */
    @BeforeEach
    void signedOut() {
        browser.open(fixture.url() + "#/signin");
        browser.script("sessionStorage.clear(); location.reload()");
        browser.await("#user", WAIT);
        fixture.received.clear();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.console()).noneMatch(line -> line.contains("Uncaught"));
    }

    @Test
    void showsMarkupFromTheApiAsText() {
        signIn();
        WebElement row = browser.await("tr[data-environment='dash-fixture']", WAIT);
        assertThat(row.getText()).contains(MARKUP);
        browser.screenshot("markup-in-list");

        browser.open(fixture.url() + "#/environments/dash-fixture?job=job-1");
        browser.await("#service-table", WAIT).click();
        browser.find("button[data-logs='catalog']").click();
        browser.until(WAIT, d -> browser.text().contains("served /index.html"));
        assertThat(browser.find("#service-table tbody th").getText()).isEqualTo(MARKUP);
        assertThat(browser.find("tr.service-error").getText()).isEqualTo(MARKUP + ": exit 1: " + MARKUP);
        assertThat(browser.findAll("ol.log .line")).extracting(WebElement::getText)
                .containsExactly(MARKUP, "served /index.html");
        assertThat(browser.find("svg.graph").getText()).contains(MARKUP.substring(0, 18));
        browser.until(WAIT, d -> browser.find("#job-state").getText().contains("succeeded"));
        assertThat(browser.find("#job").getText()).contains(MARKUP);
        // A published address whose URL is not http(s) is no link to run script.
        assertThat(browser.find("#service-table a").getAttribute("href")).endsWith("#");
        browser.screenshot("markup-in-environment");

        browser.open(fixture.url() + "#/cluster");
        assertThat(browser.await(".node-card h2", WAIT).getText()).isEqualTo(MARKUP);
        assertThat(browser.find(".node-card .chips").getText()).isEqualTo(MARKUP);
        browser.screenshot("markup-in-cluster");

        assertThat(browser.script("return document.querySelectorAll('img, script:not([src])').length"))
                .isEqualTo(0L);
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void drawsEachServiceOneColumnRightOfWhatItDependsOn() {
        signIn();
        browser.open(fixture.url() + "#/environments/dash-fixture");
        browser.await("svg.graph", WAIT);
        assertThat(column("compile")).isZero();
        assertThat(column(MARKUP)).isZero();
        assertThat(column("catalog")).isEqualTo(1);
        assertThat(column("gateway")).isEqualTo(2);
        assertThat(browser.findAll("svg.graph path.edge")).extracting(edge -> edge.getAttribute("textContent"))
                .containsExactlyInAnyOrder("catalog depends on compile", "gateway depends on catalog",
                        "gateway depends on " + MARKUP);
        // State in words as well as colour.
        assertThat(browser.script("return document.querySelector(\"g.node[data-service='gateway']\").textContent"))
                .asString().contains("running, starting");

        // A node of the graph is reached with the keyboard and leads to its service's row.
        browser.script("[...document.querySelectorAll('g.node')].find(g => g.dataset.service === 'gateway').focus()");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.until(WAIT, d -> "gateway".equals(browser.script("return document.activeElement.dataset.logs")));
    }

    @Test
    void deployFormShowsEveryProblemTheServerNames() {
        signIn();
        browser.await("button[aria-controls='deploy']", WAIT).click();
        assertThat(browser.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.outerHTML)"))
                .as("form fields without a label").asList().isEmpty();
        browser.find("#env-name").sendKeys("dash-invalid");
        browser.find("#variables").sendKeys("# the gateway's port\noops");
        browser.find("#up-button").click();
        assertThat(browser.await("#deploy-result .error", WAIT).getText())
                .isEqualTo("Variables, line 2: expected KEY=VALUE, found \"oops\"");
        browser.find("#variables").clear();
        browser.find("#up-button").click();
        browser.until(WAIT, d -> browser.find("#deploy-result").getText().contains("invalid"));
        WebElement error = browser.await("#deploy-result .error", WAIT);
        assertThat(error.getText()).contains("the project is invalid: " + MARKUP)
                .contains("compose.yml:3:5 services." + MARKUP + ".image: expected " + MARKUP);
        browser.screenshot("deploy-invalid");
        assertThat(browser.script("return document.querySelectorAll('img').length")).isEqualTo(0L);

        browser.find("#env-name").clear();
        browser.find("#env-name").sendKeys("dash-ok");
        browser.find("#variables").sendKeys("HELLO_PORT=31234\n\n# comment");
        browser.find("#plan-button").click();
        assertThat(browser.await("#deploy-result .plan", WAIT).getText()).contains("<i>store</i>");
        browser.find("#up-button").click();
        browser.until(WAIT, d -> d.getCurrentUrl().endsWith("#/environments/dash-ok?job=job-1"));
        assertThat(fixture.received).contains(
                "POST /api/v1/environments/dash-ok/plan {\"example\":\"hello\",\"env\":{\"HELLO_PORT\":\"31234\"}}",
                "PUT /api/v1/environments/dash-ok {\"example\":\"hello\",\"env\":{\"HELLO_PORT\":\"31234\"},\"ttl\":\"8h\"}");
    }

    @Test
    void uploadsComposeFilesInTheOrderChosen(@TempDir Path dir) throws IOException {
        Path base = Files.writeString(dir.resolve("base.yaml"), "services:\n  web: {image: \"busybox\"}\n");
        Path override = Files.writeString(dir.resolve("override.yaml"), "services:\n  web: {command: [\"true\"]}\n");
        signIn();
        browser.await("button[aria-controls='deploy']", WAIT).click();
        browser.find("#env-name").sendKeys("dash-files");
        browser.find("input[name='source'][value='files']").click();
        browser.find("#compose-files").sendKeys(override + "\n" + base);
        assertThat(browser.findAll("#file-order .file")).extracting(WebElement::getText)
                .containsExactly("override.yaml", "base.yaml");
        browser.find("button[aria-label='Move base.yaml up']").click();
        assertThat(browser.findAll("#file-order .file")).extracting(WebElement::getText)
                .containsExactly("base.yaml", "override.yaml");
        browser.screenshot("files-ordered");
        browser.find("#plan-button").click();
        browser.await("#deploy-result .plan", WAIT);
        assertThat(fixture.received).contains("POST /api/v1/environments/dash-files/plan {\"files\":{"
                + "\"base.yaml\":\"services:\\n  web: {image: \\\"busybox\\\"}\\n\","
                + "\"override.yaml\":\"services:\\n  web: {command: [\\\"true\\\"]}\\n\"},"
                + "\"order\":[\"base.yaml\",\"override.yaml\"]}");
    }

    @Test
    void extendsAnEnvironmentByTheChosenTime() {
        signIn();
        WebElement row = browser.await("tr[data-environment='dash-fixture']", WAIT);
        new Select(row.findElement(By.cssSelector("select"))).selectByValue("24h");
        row.findElement(By.xpath(".//button[text()='Extend']")).click();
        browser.until(WAIT, d -> fixture.received.contains("POST /api/v1/environments/dash-fixture/extend {\"by\":\"24h\"}"));
    }

    @Test
    void signsInWithAPasswordOrATokenAndOut() {
        browser.await("#user", WAIT).sendKeys(DashboardFixture.USER);
        browser.find("#password").sendKeys("wrong");
        browser.find("#password").submit();
        assertThat(browser.await("#signin-error", WAIT).getText()).isEqualTo("Wrong user name or password.");

        browser.find("#token").sendKeys("not-a-token");
        browser.find("#token").submit();
        browser.until(WAIT, d -> browser.find("#signin-error").getText().equals("The server does not accept this token."));
        browser.screenshot("sign-in-refused");

        browser.find("#token").clear();
        browser.find("#token").sendKeys(DashboardFixture.TOKEN);
        browser.find("#token").submit();
        assertThat(browser.await("#who .user", WAIT).getText()).isEqualTo("admin (admin, <b>ops</b>)");
        assertThat(browser.script("return sessionStorage.getItem('berth.token')")).isEqualTo(DashboardFixture.TOKEN);

        browser.find("#who button").click();
        browser.await("#user", WAIT);
        assertThat(browser.script("return sessionStorage.getItem('berth.token')")).isNull();
        assertThat(browser.find("#nav").isDisplayed()).isFalse();
    }

    private void signIn() {
        browser.await("#user", WAIT).sendKeys(DashboardFixture.USER);
        browser.find("#password").sendKeys(DashboardFixture.PASSWORD);
        browser.find("#password").submit();
        browser.await("#who .user", WAIT);
    }

    private long column(String service) {
        String transform = (String) browser.script(
                "return [...document.querySelectorAll('g.node')].find(g => g.dataset.service === arguments[0])"
                        + ".getAttribute('transform')", service);
        double x = Double.parseDouble(transform.replaceAll("translate\\(([^,]+),.*", "$1"));
        return Math.round((x - 12) / 260);
    }
}
