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
 * A whole workshop in real headless Chromium: the consultant prepares it and shows the projector page,
 * five participants (each in a browser of their own, with a fresh profile, on a phone-sized screen)
 * join by the code and answer, one loses the phone and comes back with the re-entry code, the
 * consultant's live view updates by itself, the group's agreed answers are taken over with one
 * confirmation, the disputed ones are discussed one per screen (a tie preselects nothing), an action
 * plan is agreed, the report downloaded and the result handed over with its QR code. Screenshots go to
 * target/screenshots and ./screenshots; axe-core checks every kind of page.
 */
class WorkshopBrowserTest {
    static final Path SCREENSHOTS = Path.of("screenshots");

    @TempDir
    Path dir;

    record Person(String name, String role, List<String> step1, List<String> step2, String training) {
    }

    // plan: none 2, written 2, don't know 1 (a tie); budget: yes by all (agreed); machines: some by 3 of 5
    static final List<Person> PEOPLE = List.of(
            new Person("Bea", "office", List.of("q-plan--none", "q-budget--yes"), List.of("q-software--erp", "q-software--crm", "q-machines--no"), "1"),
            new Person("Carl", "production", List.of("q-plan--written", "q-budget--yes"), List.of("q-software--nothing", "q-machines--all"), "6"),
            new Person("Dora", "it", List.of("q-plan--unknown", "q-budget--yes"), List.of("q-software--erp", "q-machines--some"), "2"),
            new Person("Emil", "management", List.of("q-plan--written", "q-budget--yes"), List.of("q-software--erp", "q-machines--some"), "2"),
            new Person("Fiona", "apprentice", List.of("q-plan--none", "q-budget--yes"), List.of("q-software--erp", "q-software--crm", "q-machines--some"), "3"));

    @Test
    void a_workshop_runs_from_five_phones_and_a_projector_to_the_hand_over() {
        try (TestApp t = Fixture.app(dir)) {
            TestAccounts.add(t.database(), "anna@example.org", "Anna Berger");
            JavalinTest.test(t.app(), (server, client) -> {
                String site = "http://localhost:" + server.port();
                try (Browser consultant = Browser.start()) {
                    consultant.desktop();
                    String code = prepare(consultant, site);
                    go(consultant, "a[href$='/live']");
                    String live = consultant.url();

                    // one Chromium for the five phones (a new one for each costs half a minute on a small machine):
                    // without cookies, each comes to the workshop as a phone of its own would
                    try (Browser phone = Browser.start()) {
                        phone.phone();
                        for (int i = 0; i < PEOPLE.size(); i++) {
                            phone.driver().manage().deleteAllCookies();
                            answer(phone, site, code, PEOPLE.get(i), i == 0, i == PEOPLE.size() - 1);
                        }
                    }

                    // the live view, never reloaded, has caught up by itself
                    new WebDriverWait(consultant.driver(), Duration.ofSeconds(10))
                            .until(d -> consultant.find("[data-field=status]").getText().equals("5 von 5 Teilnehmenden fertig"));
                    assertThat(consultant.url()).isEqualTo(live);
                    assertThat(consultant.mainText()).contains("Bea", "Carl", "Dora", "Emil", "Fiona", "Zuletzt aktiv");
                    shot(consultant, "workshop-live-desktop");
                    consultant.assertAccessible();
                    go(consultant, "nav.ws-nav a[href$='/by-role']");
                    assertThat(consultant.mainText()).contains("Auszubildende", "Geschäftsführung");
                    shot(consultant, "workshop-by-role-desktop");
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
        go(b, "nav.ws-nav a[href$='/projector']");
        String code = b.find("[data-join-code]").getText();
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXYZ234679]{6}");
        assertThat(b.find(".ws-projector-qr img").getAttribute("naturalWidth")).isNotEqualTo("0");
        shot(b, "workshop-projector-desktop");
        b.assertAccessible();
        b.open(site + b.find(".ws-projector-back a").getAttribute("pathname"));
        return code;
    }

    /**
     * One participant on a phone: joins with the code and answers every page. The first takes
     * screenshots; the last loses the phone after the first page and comes back on another with the
     * re-entry code.
     */
    private static void answer(Browser b, String site, String code, Person p, boolean screenshots, boolean losesPhone) {
        b.open(site + "/join");
        b.find("#code").sendKeys(code.toLowerCase(java.util.Locale.ROOT));
        go(b, "form[action='/join'] button[type=submit]");
        assertThat(b.mainText()).contains("Willkommen zum Digital-Check-Workshop", "Tischlerei Nowak", "Auszubildende");
        b.find("#name").sendKeys(p.name());
        tap(b, "label[for='role-" + p.role() + "']");
        if (screenshots) {
            shot(b, "workshop-join-phone");
            b.assertAccessible();
        }
        go(b, "form[action$='/join'] button[type=submit]");
        assertThat(b.mainText()).contains("Schritt 1 von 3", "Gibt es einen Digitalisierungsplan?", "Ihr persönlicher Code zum Wiedereinstieg");
        String reentry = b.find("[data-reentry-code]").getText();
        p.step1().forEach(id -> tap(b, "label[for='" + id + "']"));
        // the script saves each change: wait until it says so, then a reload keeps the answers
        new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> b.find(".ws-save-status").getText().equals("Gespeichert."));
        if (screenshots) {
            shot(b, "workshop-participant-phone");
            b.assertAccessible();
        }
        if (losesPhone) {
            // the cookie is gone (another phone, or a cleared browser): back with the re-entry code
            b.driver().manage().deleteAllCookies();
            b.open(site + "/w/" + code);
            b.find("#reentry").sendKeys(reentry.toLowerCase(java.util.Locale.ROOT));
            shot(b, "workshop-reentry-phone");
            go(b, "form[action$='/reenter'] button[type=submit]");
            assertThat(b.url()).endsWith("/step/2"); // the first page with an open question
            finish(b, p);
            return;
        }
        go(b, "button[name=go][value=next]");
        finish(b, p);
        if (screenshots) {
            shot(b, "workshop-mine-phone");
            b.assertAccessible();
        }
    }

    private static void finish(Browser b, Person p) {
        p.step2().forEach(id -> tap(b, "label[for='" + id + "']"));
        go(b, "button[name=go][value=next]");
        b.find("#q-training--input").sendKeys(p.training());
        go(b, "button[name=go][value=next]");
        assertThat(b.mainText()).contains("Fast geschafft");
        go(b, "form[action$='/finish'] button[type=submit]");
        assertThat(b.mainText()).contains("Danke! Sie sind fertig.", "Ihre Antworten");
    }

    /** Takes over what the group agrees on, discusses the rest, agrees on a plan, downloads the report, hands over. */
    private void consensus(Browser b, String site) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        b.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        go(b, "nav.ws-nav a[href$='/consensus']");
        assertThat(b.mainText()).contains("Bei einer Frage ist sich die Gruppe einig");
        shot(b, "workshop-consensus-summary-desktop");
        b.assertAccessible();
        go(b, "form[action$='/consensus/adopt'] button[type=submit]");
        assertThat(b.mainText()).contains("1 von 6 Fragen vereinbart · 5 offen");
        go(b, "a[data-walk-open]");

        // plan: a tie, nothing preselected
        assertThat(b.mainText()).contains("Gleichstand", "Frage 1 von 6", "Noch 5 Fragen offen");
        assertThat(b.findAll("input[name='q.plan']:checked")).isEmpty();
        shot(b, "workshop-consensus-tie-desktop");
        b.assertAccessible();
        b.phone();
        shot(b, "workshop-consensus-tie-phone");
        b.desktop();
        tap(b, "label[for='q-plan--ideas']");
        b.find("#note").sendKeys("Ideen gibt es, aufgeschrieben ist nichts.");
        go(b, "button[name=go][value=agree]");
        // software (3): the majority erp is preselected
        assertThat(b.mainText()).contains("Frage 3 von 6", "Von der Mehrheit gewählt: ERP");
        go(b, "button[name=go][value=agree]");
        // machines (4): some by 3 of 5, with the roles beside the bars
        assertThat(b.mainText()).contains("Häufigste Antwort: Teilweise (3 von 5)", "Auszubildende");
        shot(b, "workshop-consensus-question-desktop");
        go(b, "button[name=go][value=agree]");
        // training (5): left open
        go(b, "button[name=go][value=open]");
        go(b, "button[name=go][value=open]");
        assertThat(b.mainText()).contains("Ergebnis der Einigung");

        b.find("#a-step").sendKeys("Digitalisierungsplan aufschreiben");
        b.find("#a-owner").sendKeys("Emil");
        b.driver().executeScript("document.getElementById('a-due').value = '2027-03-31';");
        go(b, "form[action$='/actions'] button[type=submit]");
        assertThat(b.mainText()).contains("Digitalisierungsplan aufschreiben", "Emil");
        shot(b, "workshop-consensus-plan-desktop");

        tap(b, "a[href$='/report.pdf']");
        Path pdf = awaitDownload(downloads);
        assertThat(WorkshopFlowTest.text(Files.readAllBytes(pdf))).contains("So hat das Team geantwortet", "Teilnehmende nach Rolle",
                "Aktionsplan", "Digitalisierungsplan aufschreiben", "Tischlerei Nowak");
        Files.createDirectories(SCREENSHOTS);
        Files.copy(pdf, SCREENSHOTS.resolve("workshop-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        go(b, "a[href$='/consensus/finish']");
        assertThat(b.mainText()).contains("2 Fragen sind noch offen", "Schulungstage pro Jahr", "Trotzdem übergeben (2 offen)");
        shot(b, "workshop-handover-confirm-desktop");
        b.assertAccessible();
        go(b, "form[action$='/consensus/finish'] button[type=submit]");
        assertThat(b.mainText()).contains("Ihr Ergebnis des Digital-Checks: Tischlerei Nowak", "Persönlicher Link für Tischlerei Nowak",
                "Digitalisierungsplan aufschreiben");
        assertThat(b.find("img.ws-handover-qr").getAttribute("naturalWidth")).isNotEqualTo("0");
        shot(b, "workshop-handover-desktop");
        b.assertAccessible();
        b.open(site + "/consultant");
        assertThat(b.mainText()).contains("Tischlerei Nowak", "übergeben", "5 (5 fertig)");
        shot(b, "consultant-dashboard-desktop");
        b.assertAccessible();
        b.phone();
        shot(b, "consultant-dashboard-phone");
    }

    /** A screenshot in target/screenshots, copied to ./screenshots (ignored by git) to look at. */
    private static void shot(Browser b, String name) {
        try {
            Path png = b.screenshot(name);
            Files.createDirectories(SCREENSHOTS);
            Files.copy(png, SCREENSHOTS.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
