package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.Browser;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole online check in a real headless Chromium, as a company owner on a phone would do it:
 * start, answer by clicking, leave, come back through the personal link, switch to English, see the
 * result, delete the data. axe-core checks every page; screenshots go to target/screenshots.
 */
class AssessmentBrowserTest {
    @TempDir
    static Path dir;
    static TestApp app;
    static Browser browser;
    static String origin;

    @BeforeAll
    static void start() {
        app = TestApp.create(dir);
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

    private static void click(String css) {
        browser.clickAndWait(css);
    }

    private static void choose(String question, String option) {
        browser.click("label[for='q-" + question + "--" + option + "']");
    }

    private static boolean visible(String css) {
        return browser.find(css).isDisplayed();
    }

    @Test
    void aCompanyOwnerCompletesTheQuickCheckOnAPhoneComesBackThroughTheLinkAndDeletesTheData() {
        browser.phone();
        browser.open(origin + "/");
        assertThat(browser.title()).isEqualTo("Digital-Check Hagen");
        browser.assertAccessible();
        browser.screenshot("start-phone");

        click("form[action='/assessments'] button");
        assertThat(browser.url()).matches(".*/a/[A-Za-z0-9_-]{24}/step/1");
        assertThat(browser.mainText()).contains("Schritt 1 von 4").contains("Ihr Betrieb");
        assertThat(visible("button.copy-link")).as("the copy button appears with JavaScript").isTrue();
        String link = browser.find("#personal-link").getAttribute("value");
        assertThat(link).isEqualTo(browser.url().replace("/step/1", ""));
        browser.assertAccessible();
        browser.screenshot("step1-phone");

        // a wrong number is explained beside the field, in German, and nothing is lost
        choose("industry", "crafts");
        browser.find("#q-employees--input").sendKeys("zwölf");
        click("button[value='next']");
        assertThat(browser.find("#q-employees--error").getText()).contains("zum Beispiel 12 oder 2,5");
        browser.assertAccessible();
        browser.screenshot("step1-error-phone");
        WebElement employees = browser.find("#q-employees--input");
        employees.clear();
        employees.sendKeys("2,5");
        browser.find("#company").sendKeys("Tischlerei Muster");
        click("button[value='next']");
        assertThat(browser.mainText()).contains("Schritt 2 von 4").contains("Strategie");

        // show_if at once: the follow-up question appears when the answer calls for it
        assertThat(visible("#q-plan-owner")).isFalse();
        choose("plan", "ideas");
        assertThat(visible("#q-plan-owner")).isTrue();
        choose("plan-owner", "owner");
        browser.find("#q-budget--input").sendKeys("2");
        browser.assertAccessible();
        browser.screenshot("step2-phone");
        click("button[value='next']");

        // "none of these" clears the other boxes at once
        choose("tools", "erp");
        choose("tools", "nothing");
        assertThat(browser.find("#q-tools--erp").isSelected()).isFalse();
        assertThat(browser.find("#q-tools--nothing").isSelected()).isTrue();
        choose("paper", "some");
        click("button[value='next']");
        assertThat(browser.mainText()).contains("Schritt 4 von 4");

        // interrupted: later the link leads back to where the work stopped
        browser.open(origin + "/privacy");
        browser.open(link);
        assertThat(browser.url()).endsWith("/step/4");
        assertThat(browser.mainText()).contains("IT-Sicherheit");

        // the English switch is remembered on the next pages
        click(".lang-switch a");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.mainText()).contains("Step 4 of 4").contains("IT security");
        choose("backups", "manual");
        click("button[value='next']");
        assertThat(browser.url()).endsWith("/review");
        assertThat(browser.mainText()).contains("Overview").contains("You have answered every question that counts for your result");
        browser.assertAccessible();
        browser.screenshot("review-phone");

        click("a.button[href$='/result']");
        String result = browser.mainText();
        assertThat(result).contains("Your result").contains("for Tischlerei Muster").contains("At a glance")
                .contains("Your 90-day plan").contains("Introduce backups following the 3-2-1 rule")
                .contains("Chamber of Crafts Dortmund").contains("Matches these recommendations:")
                .contains("That was the Quick Check");
        assertThat(browser.findAll("svg.radar")).hasSize(1);
        browser.assertAccessible();
        browser.screenshot("result-phone");
        browser.desktop();
        browser.screenshot("result-desktop");
        browser.phone();

        // delete: asked once, then gone; the link leads nowhere
        click("p.delete-link a");
        assertThat(browser.mainText()).contains("This cannot be undone");
        browser.assertAccessible();
        click("button.danger");
        assertThat(browser.mainText()).contains("Your data has been deleted");
        browser.assertAccessible();
        browser.open(link);
        assertThat(browser.mainText()).contains("This page does not exist");
        browser.assertAccessible();
    }

    @Test
    void theStartPageAndAStepWorkOnADesktopAndByKeyboard() {
        browser.desktop();
        browser.open(origin + "/?lang=de");
        browser.screenshot("start-desktop");
        // the skip link is the first stop of the keyboard and leads to the content
        browser.find("body").sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        click("form[action='/assessments'] button");
        // an option is chosen with the keyboard alone
        browser.find("#q-industry--crafts").sendKeys(org.openqa.selenium.Keys.SPACE);
        assertThat(browser.find("#q-industry--crafts").isSelected()).isTrue();
        browser.assertAccessible();
        browser.screenshot("step1-desktop");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset legend"))).isNotEmpty();
    }

    @Test
    void withoutJavaScriptTheServerShowsTheFollowUpQuestionAndTheLinkCanStillBeCopiedByHand() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.phone().open(origin + "/?lang=de");
            plain.clickAndWait("form[action='/assessments'] button");
            assertThat(plain.find("button.copy-link").isDisplayed()).isFalse();
            assertThat(plain.find("#personal-link").getAttribute("value")).contains("/a/");
            plain.clickAndWait("button[value='next']");
            assertThat(plain.mainText()).contains("Auf dieser Seite ist noch eine Frage offen").contains("Diese Frage ist noch offen.");
            plain.click("label[for='q-industry--crafts']");
            plain.clickAndWait("button[value='skip']");
            plain.click("label[for='q-plan--written']");
            assertThat(plain.find("#q-plan-owner").isDisplayed()).as("no script: still hidden").isFalse();
            plain.find("#q-budget--input").sendKeys("2,5");
            plain.clickAndWait("button[value='next']");
            assertThat(plain.url()).contains("/step/2?notice=more");
            assertThat(plain.find("#q-plan-owner").isDisplayed()).isTrue();
            assertThat(plain.mainText()).contains("eine weitere Frage geöffnet");
            plain.click("label[for='q-plan-owner--team']");
            plain.clickAndWait("button[value='next']");
            assertThat(plain.url()).endsWith("/step/3");
            // (axe-core itself needs JavaScript: the accessibility checks run in the tests above)
        }
    }
}
