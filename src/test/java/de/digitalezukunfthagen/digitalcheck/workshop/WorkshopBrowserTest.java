package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.web.Browser;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workshop in real headless Chromium: the consultant prepares it and shows the projector page,
 * three participants (each in a browser of their own, with a fresh profile) join by the code and
 * answer on a phone-sized screen, the consultant's live view updates by itself, the consensus is
 * walked through and its report downloaded. Screenshots go to target/screenshots; axe-core checks
 * every kind of page.
 */
class WorkshopBrowserTest {
    @TempDir
    Path dir;

    record Person(String name, String role, List<String> step1, List<String> step2, String training) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Bea", "office", List.of("q-plan--none", "q-budget--no"), List.of("q-software--erp", "q-software--crm", "q-machines--no"), "1"),
            new Person("Carl", "production", List.of("q-plan--written", "q-budget--yes"), List.of("q-software--nothing", "q-machines--all"), "6"),
            new Person("Dora", "it", List.of("q-plan--unknown", "q-budget--yes"), List.of("q-software--erp", "q-machines--some"), "2"));

    @Test
    void aWorkshopRunsFromPhonesAndAProjectorToTheConsensusReport() {
        try (TestApp t = Fixture.app(dir)) {
            TestAccounts.add(t.database(), "anna@example.org", "Anna Berger");
            JavalinTest.test(t.app(), (server, client) -> {
                String site = "http://localhost:" + server.port();
                try (Browser consultant = Browser.start()) {
                    consultant.desktop();
                    String code = prepare(consultant, site);
                    go(consultant, "a[href$='/live']");
                    String live = consultant.url();

                    for (int i = 0; i < PEOPLE.size(); i++) {
                        try (Browser phone = Browser.start()) {
                            phone.phone();
                            answer(phone, site, code, PEOPLE.get(i), i == 0);
                        }
                    }

                    // the live view, never reloaded, has caught up by itself
                    new WebDriverWait(consultant.driver(), Duration.ofSeconds(10))
                            .until(d -> consultant.find("[data-field=status]").getText().equals("3 von 3 Teilnehmenden fertig"));
                    assertThat(consultant.url()).isEqualTo(live);
                    assertThat(consultant.mainText()).contains("Bea", "Carl", "Dora", "Uneinigkeit 50,0 von 50", "66,7");
                    assertThat(consultant.find("#live h2 + table, #live table").getText()).contains("Bea");
                    shot(consultant, "workshop-live-desktop");
                    consultant.assertAccessible();

                    consensus(consultant, site);
                }
            });
        }
    }

    /** Signs in, creates the workshop, fills the company profile, shows the projector page; returns the join code. */
    private static String prepare(Browser b, String site) {
        b.open(site + "/consultant");
        assertThat(b.url()).contains("/login?next=");
        b.find("#email").sendKeys("anna@example.org");
        b.find("#password").sendKeys(TestAccounts.PASSWORD);
        go(b, "form[action='/login'] button[type=submit]");
        assertThat(b.mainText()).contains("Angemeldet als Anna Berger", "Ihre Workshops");
        b.assertAccessible();
        b.find("#w-company").sendKeys("Tischlerei Nowak");
        go(b, "form[action='/consultant/workshops'] button[type=submit]");
        tap(b, "label[for='q-industry--crafts']");
        b.find("#q-employees--input").sendKeys("12");
        go(b, "#step-form button[type=submit]");
        assertThat(b.mainText()).contains("So läuft der Workshop");
        shot(b, "workshop-overview-desktop");
        b.assertAccessible();
        go(b, "nav.ws-nav a[href$='/projector']");
        String code = b.find("[data-join-code]").getText();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(b.find(".ws-projector-qr img").getAttribute("naturalWidth")).isNotEqualTo("0");
        shot(b, "workshop-projector-desktop");
        b.assertAccessible();
        b.open(site + b.find(".ws-projector-back a").getAttribute("pathname"));
        return code;
    }

    /** One participant on a phone: joins with the code and answers every page. */
    private static void answer(Browser b, String site, String code, Person p, boolean screenshots) {
        b.open(site + "/join");
        b.find("#code").sendKeys(code.toLowerCase(java.util.Locale.ROOT));
        go(b, "form[action='/join'] button[type=submit]");
        assertThat(b.mainText()).contains("Willkommen zum Digital-Check-Workshop", "Tischlerei Nowak");
        b.find("#name").sendKeys(p.name());
        tap(b, "label[for='role-" + p.role() + "']");
        if (screenshots) {
            shot(b, "workshop-join-phone");
            b.assertAccessible();
        }
        go(b, "form[action$='/join'] button[type=submit]");
        assertThat(b.mainText()).contains("Schritt 1 von 3", "Gibt es einen Digitalisierungsplan?");
        p.step1().forEach(id -> tap(b, "label[for='" + id + "']"));
        if (screenshots) {
            shot(b, "workshop-participant-phone");
            b.assertAccessible();
        }
        go(b, "button[name=go][value=next]");
        p.step2().forEach(id -> tap(b, "label[for='" + id + "']"));
        go(b, "button[name=go][value=next]");
        b.find("#q-training--input").sendKeys(p.training());
        go(b, "button[name=go][value=next]");
        assertThat(b.mainText()).contains("Fast geschafft");
        go(b, "form[action$='/finish'] button[type=submit]");
        assertThat(b.mainText()).contains("Danke! Sie sind fertig.", "Ihre Antworten");
        if (screenshots) {
            shot(b, "workshop-mine-phone");
            b.assertAccessible();
        }
    }

    /** Walks through the consensus with the proposals, downloads the report, hands the result over. */
    private void consensus(Browser b, String site) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        b.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        go(b, "nav.ws-nav a[href$='/consensus/1']");
        assertThat(b.mainText()).containsIgnoringCase("Vorschlag: häufigste Antwort").contains("So hat die Gruppe geantwortet");
        assertThat(b.find("#q-budget--yes").isSelected()).isTrue();
        tap(b, "label[for='q-plan--ideas']");
        shot(b, "workshop-consensus-desktop");
        b.assertAccessible();
        go(b, "button[name=go][value=next]");
        go(b, "button[name=go][value=next]");
        assertThat(b.find("#q-training--input").getAttribute("value")).isEqualTo("2");
        go(b, "button[name=go][value=next]");
        assertThat(b.mainText()).contains("Ergebnis der Einigung");

        tap(b, "a[href$='/report.pdf']");
        Path pdf = awaitDownload(downloads);
        assertThat(WorkshopFlowTest.text(Files.readAllBytes(pdf))).contains("So hat das Team geantwortet", "Uneinigkeit 50,0 von 50",
                "Tischlerei Nowak");

        go(b, "form[action$='/consensus/finish'] button[type=submit]");
        assertThat(b.mainText()).contains("Ergebnis übernommen", "Persönlicher Link für Tischlerei Nowak");
        go(b, ".actions a.button");
        assertThat(b.mainText()).contains("Tischlerei Nowak");
        b.open(site + "/consultant");
        assertThat(b.mainText()).contains("Tischlerei Nowak", "3");
        shot(b, "consultant-dashboard-desktop");
        b.assertAccessible();
    }

    private static void shot(Browser b, String name) {
        b.screenshot(name);
    }

    /**
     * Scrolls the element to the middle of the screen at once, clicks it and waits until the next page has
     * loaded (a mark on the old page's window is gone). The site scrolls smoothly; a click during the
     * animation would land where the element was.
     */
    private static void go(Browser b, String css) {
        b.driver().executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'});"
                + "window.wsOldPage = true;", css);
        b.find(css).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(b.driver().executeScript(
                "return window.wsOldPage === undefined && document.readyState === 'complete';")));
    }

    /** Scrolls to the element and clicks it (on the same page). */
    private static void tap(Browser b, String css) {
        b.driver().executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'})", css);
        b.find(css).click();
    }

    private static Path awaitDownload(Path folder) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(folder)) {
                var done = files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the report was not downloaded");
    }
}
