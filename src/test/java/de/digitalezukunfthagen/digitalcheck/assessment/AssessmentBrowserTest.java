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

    /** Nothing on the page is wider than the phone: no sideways scrolling. */
    private static void assertNoSidewaysScrolling(Browser b) {
        Object width = b.driver().executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) width).intValue()).as("page width on a 390 px phone at " + b.title()).isLessThanOrEqualTo(390);
    }

    /** Whether the element takes up room on the page (Selenium's isDisplayed treats closed details as hidden, whatever the CSS). */
    private static boolean laidOut(WebElement element) {
        return (Boolean) browser.driver().executeScript(
                "var r = arguments[0].getBoundingClientRect(); return arguments[0].checkVisibility() && r.height > 0 && r.width > 0;", element);
    }

    private static String focusedId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    @Test
    void a_company_owner_completes_the_quick_check_on_a_phone_comes_back_through_the_link_and_deletes_the_data() {
        browser.phone();
        browser.open(origin + "/");
        assertThat(browser.title()).isEqualTo("Digital-Check Hagen");
        browser.assertAccessible();
        browser.screenshot("start-phone");

        assertNoSidewaysScrolling(browser);

        // the first screen is the personal link, the only way back
        click("form[action='/assessments'] button");
        assertThat(browser.url()).matches(".*/a/[A-Za-z0-9_-]{24}/start");
        assertThat(browser.mainText()).contains("Ihr Check ist angelegt").contains("Link an mich senden");
        assertThat(visible("button.copy-link")).as("the copy button appears with JavaScript").isTrue();
        String link = browser.find("#personal-link").getAttribute("value");
        assertThat(link).isEqualTo(browser.url().replace("/start", ""));
        assertThat(browser.find("a[href^='mailto:']").getAttribute("href")).contains(link.replace(":", "%3A").replace("/", "%2F"));
        assertThat(visible(".qr-code svg")).as("the QR code is folded away on a phone").isFalse();
        browser.click("details.qr summary");
        assertThat(visible(".qr-code svg")).isTrue();
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.screenshot("started-phone");
        click("a.button[href$='/step/1']");
        assertThat(browser.mainText()).contains("Schritt 1 von 4").contains("Ihr Betrieb");
        // the first question is on the first screen of the phone
        Object legendBottom = browser.driver().executeScript(
                "return document.querySelector('.question legend, .question .question-text').getBoundingClientRect().bottom;");
        assertThat(((Number) legendBottom).doubleValue()).isLessThan(844);
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.screenshot("step1-phone");

        // a wrong number is explained beside the field, in German, and nothing is lost
        choose("industry", "crafts");
        browser.find("#q-employees--input").sendKeys("zwölf");
        click(".step-actions button[value='next']");
        assertThat(browser.find("#q-employees--error").getText()).contains("zum Beispiel 12 oder 2,5");
        assertThat(focusedId()).as("the keyboard starts at the list of problems").isEqualTo("error-summary");
        browser.assertAccessible();
        browser.screenshot("step1-error-phone");
        WebElement employees = browser.find("#q-employees--input");
        employees.clear();
        employees.sendKeys("2,5");
        browser.find("#company").sendKeys("Tischlerei Muster");
        click(".step-actions button[value='next']");
        assertThat(browser.mainText()).contains("Schritt 2 von 4").contains("Strategie");

        // show_if at once: the follow-up question appears when the answer calls for it
        assertThat(visible("#q-plan-owner")).isFalse();
        choose("plan", "ideas");
        assertThat(visible("#q-plan-owner")).isTrue();
        choose("plan-owner", "owner");
        browser.find("#q-budget--input").sendKeys("2");
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.screenshot("step2-phone");

        // a reload loses nothing that was typed
        WebElement before = browser.find("html");
        browser.driver().navigate().refresh();
        browser.waitForLoad(before);
        assertThat(browser.find("#q-plan--ideas").isSelected()).isTrue();
        assertThat(browser.find("#q-plan-owner--owner").isSelected()).isTrue();
        assertThat(visible("#q-plan-owner")).isTrue();
        assertThat(browser.find("#q-budget--input").getAttribute("value")).isEqualTo("2");
        assertThat(visible(".restored-notice")).isTrue();

        // "Back" comes before "Next" for the keyboard too
        WebElement back = browser.find(".step-actions button[value='back']");
        browser.driver().executeScript("arguments[0].focus();", back);
        back.sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("value")).isEqualTo("next");
        click(".step-actions button[value='next']");

        // "none of these" clears the other boxes at once
        choose("tools", "erp");
        choose("tools", "nothing");
        assertThat(browser.find("#q-tools--erp").isSelected()).isFalse();
        assertThat(browser.find("#q-tools--nothing").isSelected()).isTrue();
        choose("paper", "some");
        click(".step-actions button[value='next']");
        assertThat(browser.mainText()).contains("Schritt 4 von 4");
        assertNoSidewaysScrolling(browser);

        // interrupted: later the link leads back to where the work stopped
        browser.open(origin + "/privacy");
        browser.open(link);
        assertThat(browser.url()).endsWith("/step/4");
        assertThat(browser.mainText()).contains("IT-Sicherheit");

        // switching the language keeps what was chosen on the page: the switch saves it first
        choose("backups", "manual");
        click(".lang-switch a");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.mainText()).contains("Step 4 of 4").contains("IT security");
        assertThat(browser.find("#q-backups--manual").isSelected()).isTrue();
        assertThat(AssessmentPagesTest.stored(new de.digitalezukunfthagen.digitalcheck.web.WebClient(origin),
                link.substring(origin.length())).get("answers").get("backups").asText()).isEqualTo("manual");
        click(".step-actions button[value='next']");
        assertThat(browser.url()).endsWith("/review");
        assertThat(browser.mainText()).contains("Overview").contains("You have answered every question that counts for your result");
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.screenshot("review-phone");

        click("a.button[href$='/result']");
        String result = browser.mainText();
        assertThat(result).contains("Your result").contains("for Tischlerei Muster").contains("At a glance")
                .contains("Your 90-day plan").contains("Introduce backups following the 3-2-1 rule")
                .contains("Chamber of Crafts Dortmund").contains("Matches these recommendations:")
                .contains("That was the Quick Check");
        assertThat(browser.findAll("svg.radar")).hasSize(1);
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.screenshot("result-phone");
        browser.desktop();
        browser.screenshot("result-desktop");
        browser.phone();

        // delete: asked once, then gone; the link leads nowhere
        click("p.delete-link a");
        assertThat(browser.mainText()).contains("This cannot be undone");
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        click("button.danger");
        assertThat(browser.mainText()).contains("Your data has been deleted");
        browser.assertAccessible();
        assertNoSidewaysScrolling(browser);
        browser.open(link);
        assertThat(browser.mainText()).contains("This page does not exist");
        browser.assertAccessible();
    }

    @Test
    void the_start_page_and_a_step_work_on_a_desktop_and_by_keyboard() {
        browser.desktop();
        browser.open(origin + "/?lang=de");
        browser.screenshot("start-desktop");
        // the skip link is the first stop of the keyboard and leads to the content
        browser.find("body").sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        click("form[action='/assessments'] button");
        browser.assertAccessible();
        browser.screenshot("started-desktop");
        click("a.button[href$='/step/1']");
        // an option is chosen with the keyboard alone
        browser.find("#q-industry--crafts").sendKeys(org.openqa.selenium.Keys.SPACE);
        assertThat(browser.find("#q-industry--crafts").isSelected()).isTrue();
        // the focus ring stands out from the page: at least 3:1
        Object ratio = browser.driver().executeScript("""
                function lum(c) { var v = c.match(/\\d+/g).slice(0, 3).map(function (x) { x = x / 255;
                  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
                var option = getComputedStyle(document.activeElement.closest('.option'));
                if (option.outlineStyle === 'none') { return 0; }
                var ring = lum(option.outlineColor);
                var page = lum(getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
                    ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor);
                return (Math.max(ring, page) + 0.05) / (Math.min(ring, page) + 0.05);""");
        assertThat(((Number) ratio).doubleValue()).isGreaterThanOrEqualTo(3.0);
        browser.assertAccessible();
        browser.screenshot("step1-desktop");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset legend"))).isNotEmpty();
    }

    @Test
    void the_result_prints_completely_with_every_folded_part_open_and_nothing_only_for_the_screen() {
        browser.phone();
        browser.open(origin + "/?lang=de");
        click("form[action='/assessments'] button");
        String base = browser.find("#personal-link").getAttribute("value");
        // the weakest answers: many recommendations, some folded away on the screen
        new de.digitalezukunfthagen.digitalcheck.web.WebClient(origin).json("PUT", "/api/v1/assessments/"
                + base.substring(base.lastIndexOf('/') + 1) + "/answers", """
                {"answers": {"industry": "crafts", "employees": 3, "plan": "none", "budget": 0, "tools": ["nothing"],
                 "paper": "most", "backups": "none"}}""");
        browser.open(base + "/result");
        java.util.List<WebElement> folded = browser.findAll("details:not([open]) .recommendation, details:not([open]) li");
        assertThat(folded).as("something is folded on the screen").isNotEmpty();
        assertThat(laidOut(folded.get(0))).isFalse();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (WebElement element : browser.findAll(".recommendation, .recommendation details p, .because li, .levels dd")) {
                assertThat(laidOut(element)).as(element.getAttribute("textContent")).isTrue();
            }
            for (String screenOnly : new String[] {".site-header", ".personal-link", "nav.steps", ".delete-link", ".actions"}) {
                assertThat(browser.findAll(screenOnly)).allMatch(e -> !laidOut(e), screenOnly);
            }
            assertThat(browser.findAll("details.more-recs > summary, .because details.more > summary"))
                    .allMatch(e -> !laidOut(e), "no \"and 3 more\" on paper");
            assertNoSidewaysScrolling(browser);
            browser.screenshot("result-print-phone");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void without_java_script_the_server_shows_the_follow_up_question_and_the_link_can_still_be_copied_by_hand() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            plain.phone().open(origin + "/?lang=de");
            plain.clickAndWait("form[action='/assessments'] button");
            assertThat(plain.find("button.copy-link").isDisplayed()).isFalse();
            assertThat(plain.find("#personal-link").getAttribute("value")).contains("/a/");
            plain.clickAndWait("a.button[href$='/step/1']");
            plain.clickAndWait(".step-actions button[value='next']");
            assertThat(plain.mainText()).contains("Auf dieser Seite ist noch eine Frage offen").contains("Diese Frage ist noch offen.");
            plain.click("label[for='q-industry--crafts']");
            plain.clickAndWait(".step-actions button[value='skip']");
            plain.click("label[for='q-plan--written']");
            assertThat(plain.find("#q-plan-owner").isDisplayed()).as("no script: still hidden").isFalse();
            plain.find("#q-budget--input").sendKeys("2,5");
            plain.clickAndWait(".step-actions button[value='next']");
            assertThat(plain.url()).contains("/step/2?notice=more");
            assertThat(plain.find("#q-plan-owner").isDisplayed()).isTrue();
            assertThat(plain.mainText()).contains("eine weitere Frage geöffnet");
            plain.click("label[for='q-plan-owner--team']");
            plain.clickAndWait(".step-actions button[value='next']");
            assertThat(plain.url()).endsWith("/step/3");
            // (axe-core itself needs JavaScript: the accessibility checks run in the tests above)
        }
    }
}
