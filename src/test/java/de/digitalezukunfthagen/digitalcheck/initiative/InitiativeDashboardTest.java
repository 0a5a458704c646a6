package de.digitalezukunfthagen.digitalcheck.initiative;

import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The initiative's dashboard over HTTP: who may see it, and that no figure is about fewer than 5 firms. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InitiativeDashboardTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private void withApp(BiConsumer<TestApp, Integer> test) {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(t, server.port()));
        }
    }

    private static Answers answers(Questionnaire q, String backups) throws Exception {
        return AnswerParser.parse(q, Json.mapper().readTree("""
                {"industry": "crafts", "employees": 5, "plan": "none", "budget": 0, "tools": ["nothing"], "paper": "most",
                 "backups": "%s"}""".formatted(backups))).answers();
    }

    /** Stores complete checks of the quick check: {@code n} by {@code origin}. */
    private static void store(TestApp t, int n, String origin, boolean test) throws Exception {
        Assessments assessments = new Assessments(t.database(), QuestionnaireVersions.record(t.catalog(), t.database(), Clock.systemUTC()), Clock.systemUTC());
        Questionnaire q = t.catalog().find("quick-check").orElseThrow();
        for (int i = 0; i < n; i++) {
            assessments.create(q, answers(q, "none"), null, origin, null, test);
        }
    }

    private static WebClient initiative(TestApp t, int port) {
        TestAccounts.addInitiative(t.database(), "stadt@example.org", "Initiative");
        return new WebClient(port).login("stadt@example.org", TestAccounts.PASSWORD);
    }

    /** The count in the table row named {@code label} of the section {@code id}. */
    private static String cell(String page, String id, String label) {
        String section = page.substring(page.indexOf("id=\"" + id + "\""));
        section = section.substring(0, section.indexOf("</section>"));
        String row = section.substring(section.indexOf("<th scope=\"row\">" + label + "</th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        return row.replaceAll(".*<td>(.*)</td>.*", "$1");
    }

    @Test
    void anonymous_visitors_companies_and_consultants_cannot_reach_the_dashboard() {
        withApp((t, port) -> {
            for (String path : new String[] {"/initiative", "/initiative/figures.csv", "/initiative/summary.pdf"}) {
                WebClient.Reply anonymous = new WebClient(port).get(path);
                assertThat(anonymous.status()).as(path).isEqualTo(303);
                assertThat(anonymous.location()).startsWith("/login?next=");
            }
            // a company has no account: with its check open in the browser it is still an anonymous visitor
            WebClient company = new WebClient(port);
            assertThat(company.postForm("/assessments", "questionnaire", "quick-check").status()).isEqualTo(303);
            assertThat(company.get("/initiative").status()).isEqualTo(303);

            TestAccounts.add(t.database(), "anna@example.org", "Anna");
            WebClient consultant = new WebClient(port).login("anna@example.org", TestAccounts.PASSWORD);
            assertThat(consultant.get("/initiative").status()).isEqualTo(403);
            assertThat(consultant.get("/initiative/figures.csv").status()).isEqualTo(403);
            assertThat(consultant.get("/initiative/summary.pdf").status()).isEqualTo(403);
            // a consultant sees the same figures for their own checks only
            WebClient.Reply own = consultant.get("/consultant/figures?q=quick-check");
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.body()).contains("Ihre Workshops und begleiteten Checks in Zahlen").contains("weniger als 5");

            assertThat(initiative(t, port).get("/initiative").status()).isEqualTo(200);
        });
    }

    @Test
    void a_cell_of_four_is_hidden_and_so_is_the_smallest_cell_that_would_give_it_away() {
        withApp((t, port) -> {
            try {
                store(t, 5, "online", false);
                store(t, 5, "workshop", false);
                store(t, 4, "assisted", false);
                store(t, 3, "online", true);   // tests and demonstrations count nowhere
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            WebClient staff = initiative(t, port);
            String page = staff.get("/initiative?q=quick-check").body();
            assertThat(page).contains("<strong>14</strong> abgeschlossene Checks");
            // 5 online, 5 in a workshop, 4 assisted: the 4 is hidden; 14 − 5 − 5 would give it away, so a 5 goes too
            assertThat(cell(page, "channels", "mit Beratung")).isEqualTo("&lt; 5");
            assertThat(cell(page, "channels", "im Workshop")).isEqualTo("&lt; 5");
            assertThat(cell(page, "channels", "online allein")).isEqualTo("5");
            assertThat(page).contains("<svg class=\"chart\"");

            String csv = new String(staff.get("/initiative/figures.csv?q=quick-check").bytes(), StandardCharsets.UTF_8);
            assertThat(csv).contains("\"assisted\";\"assisted\";\"< 5\"").contains("\"online\";\"online\";\"5\"");
            WebClient.Reply pdf = staff.get("/initiative/summary.pdf?q=quick-check");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            // narrowed to a size band with fewer than 5 firms: nothing at all
            String small = staff.get("/initiative?q=quick-check&size=10-49").body();
            assertThat(small).contains("weniger als 5 abgeschlossene Checks").doesNotContain("id=\"channels\"");
        });
    }

    /** The section {@code id} of a dashboard page. */
    private static String section(String page, String id) {
        String section = page.substring(page.indexOf("id=\"" + id + "\""));
        return section.substring(0, section.indexOf("</section>"));
    }

    @Test
    void the_dashboard_and_a_consultants_figures_name_plan_steps_and_topics_in_the_page_language() {
        withApp((t, port) -> {
            TestAccounts.add(t.database(), "anna@example.org", "Anna");
            WebClient anna = new WebClient(port).login("anna@example.org", TestAccounts.PASSWORD);
            for (int i = 0; i < 5; i++) {
                WebClient.Reply started = anna.postForm("/consultant/checks", "company", "Betrieb " + i, "questionnaire", "quick-check");
                String token = started.location().substring(3, 27);
                assertThat(new WebClient(port).json("PUT", "/api/v1/assessments/" + token + "/answers", """
                        {"answers": {"industry": "crafts", "employees": 5, "plan": "none", "budget": 0, "tools": ["nothing"],
                                     "paper": "most", "backups": "none"}}""").status()).isEqualTo(200);
            }
            WebClient staff = initiative(t, port);
            for (String page : new String[] {staff.get("/initiative?q=quick-check").body(), anna.get("/consultant/figures?q=quick-check").body()}) {
                assertThat(section(page, "steps")).contains("<th scope=\"row\">Einen einfachen Digitalisierungsplan schreiben</th>")
                        .doesNotContain(">digital-plan<", ">backup-concept<");
                assertThat(section(page, "topics")).contains("<th scope=\"row\">IT-Sicherheit</th>", "<th scope=\"row\">Strategie</th>",
                        "<th scope=\"row\">Förderung</th>").doesNotContain(">it-security<", ">strategy<", ">funding<");
            }
            for (String page : new String[] {staff.get("/initiative?q=quick-check&lang=en").body(),
                    anna.get("/consultant/figures?q=quick-check&lang=en").body()}) {
                assertThat(section(page, "steps")).contains("<th scope=\"row\">Write a simple digitalisation plan</th>");
                assertThat(section(page, "topics")).contains("<th scope=\"row\">IT security</th>", "<th scope=\"row\">Funding</th>");
            }
            String csv = new String(staff.get("/initiative/figures.csv?q=quick-check&lang=de").bytes(), StandardCharsets.UTF_8);
            assertThat(csv).contains("\"it-security\";\"IT-Sicherheit\";\"5\"");
        });
    }
}
