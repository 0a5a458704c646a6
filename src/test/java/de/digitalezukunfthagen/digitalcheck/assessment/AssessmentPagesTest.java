package de.digitalezukunfthagen.digitalcheck.assessment;

import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AssessmentPagesTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    /** Starts the quick check through the start page's form; returns the path of the assessment. */
    static String start(WebClient web) {
        assertThat(web.get("/").status()).isEqualTo(200);
        WebClient.Reply r = web.postForm("/assessments", "questionnaire", "quick-check");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.location()).matches("/a/[A-Za-z0-9_-]{24}/start");
        return r.location().replace("/start", "");
    }

    static JsonNode stored(WebClient web, String base) {
        return json(web.get("/api/v1/assessments/" + base.substring(3)).body());
    }

    @Test
    void the_start_page_explains_the_check_in_german_and_offers_both_questionnaires_with_their_duration() {
        withWeb(web -> {
            WebClient.Reply r = web.get("/");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("content-type")).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
            assertThat(r.body()).contains("<html lang=\"de\">").contains("Quick-Check").contains("Digital-Check")
                    .contains("1 bis 2 Minuten").contains("bis zu 9 Fragen").contains("ohne Anmeldung")
                    .contains("Was mit Ihren Daten geschieht").contains("href=\"/privacy\"");
            assertThat(r.body().indexOf("Quick-Check starten")).isLessThan(r.body().indexOf("Digital-Check starten"));
        });
    }

    @Test
    void the_english_switch_is_remembered_in_a_cookie() {
        withWeb(web -> {
            WebClient.Reply en = web.get("/?lang=en");
            assertThat(en.body()).contains("<html lang=\"en\">").contains("How digital is your company?").contains("1 to 2 minutes");
            assertThat(web.get("/privacy").body()).contains("Privacy in plain words");
            assertThat(web.get("/?lang=de").body()).contains("Wie digital ist Ihr Betrieb?");
            assertThat(web.get("/privacy").body()).contains("Datenschutz in einfachen Worten");
        });
    }

    @Test
    void every_response_carries_the_security_headers_and_pages_with_a_token_are_not_cached() {
        withWeb(web -> {
            String base = start(web);
            for (String path : new String[] {"/", base + "/step/1", base + "/result", "/api/v1/assessments/" + base.substring(3)}) {
                WebClient.Reply r = web.get(path);
                String csp = r.header("content-security-policy");
                assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
                assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
                assertThat(r.header("referrer-policy")).isEqualTo("no-referrer");
                assertThat(r.header("cache-control")).isEqualTo("no-store");
            }
            assertThat(web.get("/assets/css/app.css").header("cache-control")).doesNotContain("no-store");
        });
    }

    @Test
    void starting_without_the_csrf_field_starts_nothing_and_leads_back_to_the_choice_with_a_message() {
        withWeb(web -> {
            web.get("/?lang=en");
            WebClient.Reply r = web.postFormRaw("/assessments", "questionnaire", "quick-check");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.location()).isEqualTo("/?notice=expired");
            assertThat(web.get(r.location()).body()).contains("<html lang=\"en\">").contains("no check was started yet");
            WebClient.Reply wrong = web.postFormRaw("/assessments", "questionnaire", "quick-check", "_csrf", "forged-value-forged-value");
            assertThat(wrong.location()).isEqualTo("/?notice=expired");
            assertThat(web.cookie("check")).as("nothing was started, so nothing is remembered").isEmpty();
        });
    }

    @Test
    void starting_an_unknown_questionnaire_is_a_bad_request() {
        withWeb(web -> {
            web.get("/");
            WebClient.Reply r = web.postForm("/assessments", "questionnaire", "nope");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("Diese Anfrage können wir nicht verarbeiten");
        });
    }

    @Test
    void a_step_shows_progress_labelled_questions_the_personal_link_and_the_delete_action() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.get(base + "/step/1");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("Schritt 1 von 4").contains("0 von bis zu 9 Fragen beantwortet")
                    .contains("<legend>In welcher Branche ist Ihr Betrieb tätig?</legend>")
                    .contains("<label class=\"question-text\" for=\"q-employees--input\">")
                    .contains("inputmode=\"decimal\"")
                    .contains("value=\"" + web.origin() + base + "\"")
                    .contains("Link kopieren")
                    .contains("href=\"" + base + "/delete\"")
                    .contains("name=\"company\"");
        });
    }

    @Test
    void saving_a_step_stores_the_answers_and_accepts_a_decimal_comma() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/1", "q.industry", "crafts", "q.employees", "2,5",
                    "company", "  Tischlerei   Muster ", "_action", "next");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.location()).isEqualTo(base + "/step/2");
            JsonNode stored = stored(web, base);
            assertThat(stored.get("answers").get("industry").asText()).isEqualTo("crafts");
            assertThat(stored.get("answers").get("employees").decimalValue()).isEqualByComparingTo("2.5");
            assertThat(stored.get("company").asText()).isEqualTo("Tischlerei Muster");
            assertThat(web.get(base + "/step/1").body()).contains("value=\"2,5\"").contains("value=\"Tischlerei Muster\"");
            assertThat(web.get(base + "/step/1?lang=en").body()).contains("value=\"2.5\"");
        });
    }

    @Test
    void a_number_that_is_no_number_or_out_of_range_comes_back_with_a_message_and_nothing_is_stored() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply bad = web.postForm(base + "/step/1", "q.industry", "crafts", "q.employees", "zwölf", "_action", "next");
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.body()).contains("Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 2,5.")
                    .contains("aria-invalid=\"true\"").contains("value=\"zwölf\"").contains("Von dieser Seite wurde noch nichts gespeichert");
            WebClient.Reply range = web.postForm(base + "/step/1", "q.industry", "crafts", "q.employees", "500", "_action", "next");
            assertThat(range.status()).isEqualTo(422);
            assertThat(range.body()).contains("Bitte geben Sie eine Zahl von 1 bis 200 ein.");
            WebClient.Reply grouping = web.postForm(base + "/step/1", "q.employees", "1.000", "_action", "next");
            assertThat(grouping.body()).contains("ohne Tausenderpunkt");
            assertThat(stored(web, base).get("answers")).isEmpty();
        });
    }

    @Test
    void combining_none_of_these_with_another_option_is_refused_beside_the_question() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/3", "q.tools", "erp", "q.tools", "nothing", "_action", "next");
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("„Keines davon“ lässt sich nicht mit anderen Antworten verbinden.");
        });
    }

    @Test
    void a_text_longer_than_allowed_is_refused() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/3", "q.notes", "x".repeat(2001), "_action", "next");
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("höchstens 2000 Zeichen");
            WebClient.Reply company = web.postForm(base + "/step/1", "company", "y".repeat(121), "_action", "next");
            assertThat(company.status()).isEqualTo(422);
            assertThat(company.body()).contains("Bitte kürzen Sie den Namen");
        });
    }

    @Test
    void an_answer_that_reveals_a_question_on_the_same_page_keeps_the_person_there_to_answer_it() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/2", "q.plan", "ideas", "q.budget", "2", "_shown", "plan budget",
                    "_action", "next");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.location()).isEqualTo(base + "/step/2?notice=more#q-plan-owner");
            String page = web.get(base + "/step/2?notice=more").body();
            assertThat(page).contains("eine weitere Frage geöffnet");
            assertThat(page).containsPattern("id=\"q-plan-owner\"[^>]*data-show-if=\"[^\"]*\"(?! hidden)>");
            // hidden again when the answer changes back; the hidden answer is kept but does not count
            web.postForm(base + "/step/2", "q.plan", "ideas", "q.plan-owner", "team", "q.budget", "2", "_action", "next");
            web.postForm(base + "/step/2", "q.plan", "none", "q.plan-owner", "team", "q.budget", "2",
                    "_shown", "plan plan-owner budget", "_action", "next");
            assertThat(web.get(base + "/step/2").body()).containsPattern("id=\"q-plan-owner\"[^>]*hidden>");
            JsonNode stored = stored(web, base);
            assertThat(stored.get("answers").get("plan-owner").asText()).isEqualTo("team");
        });
    }

    @Test
    void next_with_a_required_question_open_stops_once_with_a_message_beside_it_then_lets_the_person_continue() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/2", "q.budget", "3", "_shown", "plan budget", "_action", "next");
            assertThat(r.location()).isEqualTo(base + "/step/2?notice=open#q-plan");
            String page = web.get(base + "/step/2?notice=open").body();
            assertThat(page).contains("Auf dieser Seite ist noch eine Frage offen").contains("Diese Frage ist noch offen.")
                    .contains("value=\"skip\"").contains("Trotzdem weiter");
            WebClient.Reply skip = web.postForm(base + "/step/2", "q.budget", "3", "_shown", "plan budget", "_action", "skip");
            assertThat(skip.location()).isEqualTo(base + "/step/3");
            WebClient.Reply back = web.postForm(base + "/step/3", "q.paper", "some", "_action", "back");
            assertThat(back.location()).isEqualTo(base + "/step/2");
            assertThat(stored(web, base).get("answers").get("paper").asText()).isEqualTo("some");
            WebClient.Reply last = web.postForm(base + "/step/4", "q.backups", "auto", "_action", "next");
            assertThat(last.location()).isEqualTo(base + "/review");
        });
    }

    @Test
    void the_review_lists_what_is_still_open_with_links_to_the_questions() {
        withWeb(web -> {
            String base = start(web);
            web.postForm(base + "/step/1", "q.industry", "crafts", "_action", "next");
            String review = web.get(base + "/review").body();
            assertThat(review).contains("Überblick").contains("Fragen sind noch offen")
                    .contains("Schritt 2: Strategie")
                    .contains("href=\"" + base + "/step/2?notice=open#q-plan\"")
                    .doesNotContain("q-plan-owner\"") // hidden by show_if: not open
                    .contains("Ergebnis ansehen");
        });
    }

    @Test
    void resuming_through_the_personal_link_leads_to_the_first_step_with_something_open() {
        withWeb(web -> {
            String base = start(web);
            assertThat(web.get(base).location()).isEqualTo(base + "/step/1");
            web.postForm(base + "/step/1", "q.industry", "crafts", "_action", "next");
            web.clearCookies(); // another device: only the link is known
            assertThat(web.get(base).location()).isEqualTo(base + "/step/2");
            web.get("/");
            web.postForm(base + "/step/2", "q.plan", "none", "q.budget", "0", "_action", "next");
            web.postForm(base + "/step/3", "q.tools", "erp", "q.paper", "most", "_action", "next");
            web.postForm(base + "/step/4", "q.backups", "none", "_action", "next");
            assertThat(web.get(base).location()).isEqualTo(base + "/result");
        });
    }

    @Test
    void the_result_tells_summary_plan_profile_contacts_and_the_rest_in_that_order() {
        withWeb(web -> {
            String base = start(web);
            web.postForm(base + "/step/1", "q.industry", "crafts", "q.employees", "12", "company", "Tischlerei Muster", "_action", "next");
            web.postForm(base + "/step/2", "q.plan", "ideas", "q.plan-owner", "owner", "q.budget", "2", "_action", "next");
            web.postForm(base + "/step/3", "q.tools", "erp", "q.tools", "crm", "q.paper", "some", "_action", "next");
            web.postForm(base + "/step/4", "q.backups", "manual", "_action", "next");
            WebClient.Reply r = web.get(base + "/result");
            assertThat(r.status()).isEqualTo(200);
            JsonNode result = stored(web, base).get("result");
            String overall = result.get("overall").get("score").decimalValue().toPlainString().replace('.', ',');
            String body = r.body();
            assertThat(body).contains("für Tischlerei Muster").contains("<strong>" + overall + "</strong>")
                    .contains("<svg class=\"radar\"").contains("role=\"img\"")
                    .contains("Diese Woche eine externe Festplatte kaufen")
                    .contains("Ihr Nutzen").contains("BSI-Tipps zur Datensicherung")
                    .contains("Handwerkskammer Dortmund")
                    .contains("Passt zu diesen Empfehlungen:")
                    .contains("<a href=\"#rec-backup-concept\">Datensicherung nach der 3-2-1-Regel einführen</a>")
                    .contains("id=\"rec-backup-concept\"")
                    .contains("Hinweis: Diese Angaben werden noch geprüft.")
                    .contains("Der ausführliche Digital-Check geht tiefer")
                    .contains("report.pdf?lang=de&amp;full=1").contains("Vollständiger Bericht")
                    .contains("Wiederholen Sie den Check in 6 bis 12 Monaten");
            // the plan: the engine's plan, in its order, each first step labelled once
            java.util.List<String> plan = new java.util.ArrayList<>();
            result.get("plan").forEach(id -> plan.add("id=\"rec-" + id.asText() + "\""));
            assertThat(plan).isNotEmpty();
            assertThat(body).containsSubsequence(plan.toArray(String[]::new));
            assertThat(body).doesNotContain("Diese Woche:</strong> Diese Woche");
            // summary, plan, profile, contacts, everything else: the order of the PDF
            assertThat(body).containsSubsequence("id=\"overall-title\"", "id=\"plan-title\"", "id=\"dims-title\"", "id=\"contacts-title\"",
                    "id=\"else-title\"");
            assertThat(body.indexOf("id=\"plan-title\"")).isLessThan(body.indexOf(plan.get(0)));
            assertThat(body.indexOf(plan.get(plan.size() - 1))).isLessThan(body.indexOf("id=\"dims-title\""));
            // the rest is collapsed
            assertThat(body).contains("<details class=\"everything-else\">");
            // the shipped member firms are not verified yet: none is shown, neither among the contacts nor apart
            assertThat(body).doesNotContain("Mitgliedsunternehmen der Initiative").doesNotContain("Beispiele aus der Initiative");
            assertThat(body).doesNotContain("style=");
            assertThat(web.get(base + "/result?lang=en").body()).contains("Your result").contains("Your 90-day plan")
                    .contains("report.pdf?lang=en&amp;full=1");
        });
    }

    @Test
    void deleting_asks_first_then_removes_everything_and_the_link_leads_nowhere() {
        withWeb(web -> {
            String base = start(web);
            web.postForm(base + "/step/1", "q.industry", "crafts", "_action", "next");
            String confirm = web.get(base + "/delete").body();
            assertThat(confirm).contains("Das lässt sich nicht rückgängig machen").contains("Ja, endgültig löschen");
            // a form without its CSRF token deletes nothing and leads back to the question, saying why
            WebClient.Reply expired = web.postFormRaw(base + "/delete");
            assertThat(expired.status()).isEqualTo(303);
            assertThat(expired.location()).isEqualTo(base + "/delete?notice=expired");
            assertThat(web.get(expired.location()).body()).contains("deshalb wurde nichts gelöscht");
            assertThat(stored(web, base).get("answers").get("industry").asText()).isEqualTo("crafts");
            WebClient.Reply deleted = web.postForm(base + "/delete");
            assertThat(deleted.status()).isEqualTo(303);
            assertThat(deleted.location()).isEqualTo("/deleted");
            assertThat(web.get("/deleted").body()).contains("Ihre Daten sind gelöscht");
            WebClient.Reply gone = web.get(base + "/step/1");
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.body()).contains("Diese Seite gibt es nicht").contains("class=\"site-header\"");
            assertThat(web.postForm(base + "/delete").status()).isEqualTo(404);
        });
    }

    @Test
    void unknown_tokens_steps_and_paths_are_404_pages_in_the_readers_language() {
        withWeb(web -> {
            web.get("/?lang=en");
            for (String path : new String[] {"/a/AAAAAAAAAAAAAAAAAAAAAAAA", "/a/AAAAAAAAAAAAAAAAAAAAAAAA/result", "/a/x/step/1",
                    "/nothing-here"}) {
                WebClient.Reply r = web.get(path);
                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(r.body()).contains("This page does not exist").contains("<html lang=\"en\">");
            }
            String base = start(web);
            assertThat(web.get(base + "/step/0").status()).isEqualTo(404);
            assertThat(web.get(base + "/step/5").status()).isEqualTo(404);
            assertThat(web.get(base + "/step/two").status()).isEqualTo(404);
        });
    }

    @Test
    void the_privacy_page_says_what_is_stored_and_how_to_delete_it() {
        withWeb(web -> {
            String page = web.get("/privacy").body();
            assertThat(page).contains("Was wir speichern").contains("Prüfwert Ihres persönlichen Links")
                    .contains("Wie Sie Ihre Daten löschen").contains("Wir fragen nach keinen persönlichen Daten");
        });
    }

    @Test
    void question_texts_are_escaped() {
        withWeb(web -> {
            String base = start(web);
            web.postForm(base + "/step/3", "q.notes", "<script>alert(1)</script>", "_action", "save");
            String page = web.get(base + "/step/3").body();
            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        });
    }

    @Test
    void an_unexpected_failure_shows_a_calm_error_page_and_the_log_names_no_token() {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String base = start(web);
                String token = base.substring(3);
                t.database().transaction(conn -> conn.createStatement().executeUpdate(
                        "UPDATE assessment SET answers_json = '{\"backups\": \"gone\"}'"));
                java.io.PrintStream before = System.err;
                java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
                System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
                WebClient.Reply page;
                WebClient.Reply api;
                try {
                    page = web.get(base + "/step/1?lang=en");
                    api = web.get("/api/v1/assessments/" + token);
                } finally {
                    System.setErr(before);
                }
                assertThat(page.status()).isEqualTo(500);
                // stored answers that no longer fit: a page about this one record, not a generic failure
                assertThat(page.body()).contains("This data cannot be read").contains("Only this one entry is affected")
                        .contains("class=\"site-header\"").doesNotContain("Exception");
                assertThat(api.status()).isEqualTo(500);
                assertThat(api.header("content-type")).startsWith("application/problem+json");
                String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(logged).contains("a stored record cannot be read").doesNotContain(token);
            });
        }
    }
}
