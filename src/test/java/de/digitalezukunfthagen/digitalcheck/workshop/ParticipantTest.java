package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ParticipantTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    interface Scenario {
        void run(TestApp t, int port, WebClient anna, String base, String code) throws Exception;
    }

    private void scenario(Scenario scenario) {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                scenario.run(t, server.port(), anna, base, Fixture.code(anna, base));
            });
        }
    }

    @Test
    void the_code_can_be_typed_in_any_case_and_with_spaces() {
        scenario((t, port, anna, base, code) -> {
            WebClient v = new WebClient(port);
            assertThat(v.get("/join").body()).contains("Code des Workshops", "name=\"code\"");
            String typed = " " + code.substring(0, 3).toLowerCase(Locale.ROOT) + " " + code.substring(3) + " ";
            assertThat(v.get("/join?code=" + java.net.URLEncoder.encode(typed, "UTF-8")).location()).isEqualTo("/w/" + code);
            assertThat(v.get("/w/" + code.toLowerCase(Locale.ROOT) + "/step/2").location()).isEqualTo("/w/" + code + "/step/2");
            WebClient.Reply wrong = v.get("/join?code=ZZZZZZ");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).contains("Zu diesem Code gibt es keinen Workshop.");
            assertThat(v.get("/join?code=O0I1L5").status()).isEqualTo(422); // look-alikes are never in a code
        });
    }

    @Test
    void joining_needs_no_name_and_no_role_but_refuses_too_long_names_and_unknown_roles() {
        scenario((t, port, anna, base, code) -> {
            WebClient page = new WebClient(port);
            String form = page.get("/w/" + code).body();
            assertThat(form).contains("Tischlerei Nowak", "Geschäftsführung", "Büro und Verwaltung", "Produktion und Werkstatt", "IT",
                    "Vertrieb", "Anderes", "Keine Angabe", "autocomplete=\"given-name\"");
            WebClient.Reply tooLong = new WebClient(port).postForm("/w/" + code + "/join", "name", "x".repeat(41), "role", "");
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(new WebClient(port).postForm("/w/" + code + "/join", "name", "Eve", "role", "boss").status()).isEqualTo(422);
            WebClient anonymous = Fixture.participant(port, code, "", "");
            assertThat(anonymous.cookie(ParticipantPages.COOKIE)).isPresent();
            assertThat(anna.get(base).body()).contains("<td>–</td>").doesNotContain("x".repeat(41));
        });
    }

    @Test
    void the_participant_cookie_is_http_only_lax_and_only_for_this_workshop() {
        scenario((t, port, anna, base, code) -> {
            WebClient.Reply joined = new WebClient(port).postForm("/w/" + code + "/join", "name", "Bea", "role", "office");
            String cookie = joined.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("participant=")).findFirst()
                    .orElseThrow();
            assertThat(cookie).contains("Path=/w/" + code, "HttpOnly", "SameSite=Lax", "Max-Age=172800");
            String token = cookie.substring("participant=".length(), cookie.indexOf(';'));
            String stored = t.database().read(conn -> {
                try (var rs = conn.createStatement().executeQuery("SELECT token_hash FROM workshop_participant")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(stored).isEqualTo(de.digitalezukunfthagen.digitalcheck.assessment.Token.hash(token)).isNotEqualTo(token);
        });
    }

    @Test
    void when_joining_is_closed_nobody_new_gets_in() {
        scenario((t, port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            anna.postForm(base + "/settings", "showGroup", "on");
            WebClient late = new WebClient(port);
            assertThat(late.get("/w/" + code).body()).contains("Die Anmeldung zu diesem Workshop ist geschlossen.");
            assertThat(late.postForm("/w/" + code + "/join", "name", "Late", "role", "").status()).isEqualTo(409);
            assertThat(bea.get("/w/" + code + "/step/1").status()).isEqualTo(200); // who is in stays in
        });
    }

    @Test
    void the_profile_decides_which_questions_a_participant_sees() {
        scenario((t, port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            // the profile says crafts: the machines question is shown
            assertThat(bea.get("/w/" + code + "/step/2").body()).contains("Sind Ihre Maschinen vernetzt?");
            Fixture.answer(bea, "/w/" + code + "/step/2", "q.software", "erp", "q.machines", "all");
            anna.postForm(base + "/profile", "_shown", "industry employees", "q.industry", "services", "q.employees", "12");
            String page = bea.get("/w/" + code + "/step/2").body();
            assertThat(page).containsPattern("id=\"q-machines\"[^>]*hidden");
            // the answer to the hidden question is kept, but does not count (tools: erp alone, 33.3)
            assertThat(anna.get(base + "/live.json").body()).contains("{\"id\":\"tools\",\"n\":1,\"mean\":33.3");
            assertThat(bea.get("/w/" + code + "/mine").body()).doesNotContain("Sind Ihre Maschinen vernetzt?");
        });
    }

    @Test
    void a_wrong_number_is_shown_again_with_a_message_and_nothing_is_saved() {
        scenario((t, port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            WebClient.Reply wrong = Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "viele", "q.wishes", "Zeit");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).contains("Bitte prüfen Sie die markierten Antworten.", "value=\"viele\"", "aria-invalid=\"true\"");
            WebClient.Reply tooMany = Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "400");
            assertThat(tooMany.status()).isEqualTo(422);
            assertThat(bea.get("/w/" + code + "/mine").body()).doesNotContain("Zeit");
            WebClient.Reply right = Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "2,5", "q.wishes", "Zeit");
            assertThat(right.location()).isEqualTo("/w/" + code + "/review");
            assertThat(bea.get("/w/" + code + "/mine").body()).contains("2,5 Tage", "Zeit");
        });
    }

    @Test
    void an_answer_that_opens_a_question_on_the_page_leads_back_to_it() {
        scenario((t, port, anna, base, code) -> {
            anna.postForm(base + "/profile", "_shown", "industry employees", "q.industry", "services", "q.employees", "12");
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            // without the script the machines question was hidden when the page was sent; the profile changes meanwhile
            anna.postForm(base + "/profile", "_shown", "industry employees", "q.industry", "industry", "q.employees", "12");
            WebClient.Reply saved = bea.postForm("/w/" + code + "/step/2", "_shown", "software", "q.software", "erp");
            assertThat(saved.location()).isEqualTo("/w/" + code + "/step/2?notice=more#q-machines");
            assertThat(bea.follow(saved).body()).contains("Ihre Antwort hat auf dieser Seite eine weitere Frage geöffnet.");
        });
    }

    @Test
    void the_review_lists_open_questions_and_finishing_shows_the_own_answers() {
        scenario((t, port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");
            String review = bea.get("/w/" + code + "/review").body();
            assertThat(review).contains("2 Fragen sind noch offen:", "Welche Software nutzen Sie?", "href=\"/w/" + code + "/step/2#q-software\"");
            assertThat(bea.postForm("/w/" + code + "/finish").location()).isEqualTo("/w/" + code + "/mine");
            String mine = bea.get("/w/" + code + "/mine").body();
            assertThat(mine).contains("Danke! Sie sind fertig.", "Schriftlich", "100,0", "nicht beantwortet");
            assertThat(anna.get(base + "/live.json").body()).contains("\"finished\":1");
            assertThat(bea.get("/w/" + code + "/mine?lang=en").body()).contains("Your answers", "Written");
        });
    }
}
