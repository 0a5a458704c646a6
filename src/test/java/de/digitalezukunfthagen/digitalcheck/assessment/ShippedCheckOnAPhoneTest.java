package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.Browser;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The shipped checks with their real texts, as a roofer with eight staff walks them on a phone: the
 * quick check, then from its result the full check with the answers carried over, every page of it.
 * No page may scroll sideways at 390 px; screenshots go to target/screenshots.
 */
class ShippedCheckOnAPhoneTest {
    @TempDir
    static Path dir;
    static TestApp app;
    static Browser browser;
    static String origin;

    @BeforeAll
    static void start() {
        app = TestApp.create(dir, StepPagesTest.SHIPPED);
        app.app().start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.app().port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        app.app().stop();
        app.close();
    }

    private static void fitsThePhone(String name) {
        Object width = browser.driver().executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(390);
        browser.screenshot("shipped-" + name);
    }

    /** Chooses the first option of every visible choice question of the page that is still open. */
    private static void answerThePage() {
        for (WebElement question : browser.findAll(".question[data-type='single']:not([hidden]), .question[data-type='multi']:not([hidden])")) {
            if (question.findElements(org.openqa.selenium.By.cssSelector("input:checked")).isEmpty()) {
                WebElement label = question.findElement(org.openqa.selenium.By.cssSelector("label.option"));
                browser.scrollTo(label).click();
            }
        }
    }

    @Test
    void a_roofer_takes_the_quick_check_then_the_full_check_with_the_answers_carried_over_and_nothing_scrolls_sideways() {
        browser.phone();
        browser.open(origin + "/?lang=de");
        assertThat(browser.mainText()).contains("7 bis 12 Minuten").contains("21 bis 45 Minuten");
        fitsThePhone("start");
        browser.clickAndWait("form[action='/assessments'] button");
        fitsThePhone("quick-started");
        browser.clickAndWait("a.button[href$='/step/1']");
        browser.click("label[for='q-industry--crafts']");
        browser.find("#q-employees--input").sendKeys("8");
        browser.find("#company").sendKeys("Dachdeckerei Berger");
        int page = 1;
        while (browser.url().contains("/step/")) {
            answerThePage();
            fitsThePhone("quick-step" + page++);
            browser.clickAndWait(".step-actions button[value='next']");
        }
        fitsThePhone("quick-review");
        browser.clickAndWait("a.button[href$='/result']");
        fitsThePhone("quick-result");
        browser.assertAccessible();

        browser.clickAndWait("form.full-check button");
        assertThat(browser.url()).contains("/start?carried=");
        assertThat(browser.mainText()).contains("Antworten aus Ihrem vorigen Check sind schon eingetragen");
        fitsThePhone("full-started");
        browser.clickAndWait("a.button[href$='/step/1']");
        assertThat(browser.find("#q-industry--crafts").isSelected()).as("carried over").isTrue();
        assertThat(browser.find("#company").getAttribute("value")).isEqualTo("Dachdeckerei Berger");
        page = 1;
        while (browser.url().contains("/step/")) {
            assertThat(browser.findAll(".question:not([hidden])").size()).as(browser.url()).isLessThanOrEqualTo(6);
            answerThePage();
            fitsThePhone("full-step" + page++);
            if (page == 4) {
                browser.assertAccessible();
            }
            browser.clickAndWait(".step-actions button[value='next']");
        }
        assertThat(page - 1).as("pages of the full check").isEqualTo(13);
        fitsThePhone("full-review");
        browser.clickAndWait("a.button[href$='/result']");
        fitsThePhone("full-result");
        browser.open(browser.url() + "?lang=en");
        fitsThePhone("full-result-en");
        browser.open(origin + "/");
        assertThat(browser.mainText()).contains("Your check").containsPattern("\\d+ of up to 67 questions answered").contains("See my result");
        fitsThePhone("start-continue-en");
        browser.desktop();
        browser.screenshot("shipped-start-continue-desktop-en");
        browser.clickAndWait("a[href='/continue']");
        browser.screenshot("shipped-full-result-desktop-en");
        browser.open(browser.url().replace("/result", "/step/8-2") + "?lang=de");
        browser.screenshot("shipped-full-step8-2-desktop");
    }
}
