package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** People in a workshop: coming back on another phone, being removed and restored, picking up where they left. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PeopleTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private interface Check {
        void run(int port, WebClient anna, String base, String code) throws Exception;
    }

    private void inWorkshop(Check check) {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                check.run(server.port(), anna, base, Fixture.code(anna, base));
            });
        }
    }

    static String reentryCode(String page) {
        Matcher m = Pattern.compile("data-reentry-code>([A-Z2-9]{4}-[A-Z2-9]{4})<").matcher(page);
        assertThat(m.find()).as("re-entry code on the page").isTrue();
        return m.group(1);
    }

    static JsonNode live(WebClient anna, String base) throws Exception {
        return WorkshopFlowTest.EXACT.readTree(anna.get(base + "/live.json").body());
    }

    @Test
    void a_participant_who_lost_the_cookie_comes_back_with_the_reentry_code_as_the_same_participant() {
        inWorkshop((port, anna, base, code) -> {
            WebClient bea = new WebClient(port);
            WebClient.Reply joined = bea.postForm("/w/" + code + "/join", "name", "Bea", "role", "apprentice");
            assertThat(joined.location()).isEqualTo("/w/" + code + "/step/1?notice=joined");
            String first = bea.get(joined.location()).body();
            String reentry = reentryCode(first);
            assertThat(first).contains("Ihr persönlicher Code zum Wiedereinstieg");
            Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");

            // a new phone: no cookie; the code typed in lower case with a space
            WebClient phone = new WebClient(port);
            assertThat(phone.get("/w/" + code).body()).contains("Schon dabei?");
            WebClient.Reply wrong = phone.postForm("/w/" + code + "/reenter", "reentry", "AAAA-AAAA");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).contains("Diesen Code kennen wir in diesem Workshop nicht");
            WebClient.Reply back = phone.postForm("/w/" + code + "/reenter", "reentry", reentry.toLowerCase().replace("-", " "));
            assertThat(back.status()).isEqualTo(303);
            assertThat(back.location()).isEqualTo("/w/" + code + "/step/2"); // the first page with an open question
            assertThat(WorkshopFlowTest.checked(phone.get("/w/" + code + "/step/1").body())).containsExactly("plan=written", "budget=yes");

            JsonNode people = live(anna, base).get("participants");
            assertThat(people).hasSize(1);
            assertThat(people.get(0).get("role").asText()).isEqualTo("apprentice");
            // the old phone's cookie no longer opens the answers
            assertThat(bea.get("/w/" + code + "/step/1").location()).isEqualTo("/w/" + code);
            // the consultant can read the code out
            assertThat(anna.get(base).body()).contains("data-reentry-code>" + reentry + "<");
        });
    }

    @Test
    void removing_ask_for_confirmation_keeps_the_answers_out_of_the_figures_and_a_restore_brings_them_back() {
        inWorkshop((port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "none", "q.budget", "no");
            WebClient carl = Fixture.participant(port, code, "Carl", "management");
            Fixture.answer(carl, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");
            assertThat(live(anna, base).at("/dimensions/0/mean").decimalValue()).isEqualByComparingTo("50.0");

            // a plain POST only asks
            assertThat(anna.postForm(base + "/participants/2/remove").location()).isEqualTo(base + "/participants/2/remove");
            assertThat(live(anna, base).get("joined").asInt()).isEqualTo(2);
            String ask = anna.get(base + "/participants/2/remove").body();
            assertThat(ask).contains("Nr. 2 entfernen?", "Carl", "Geschäftsführung", "Sie bleiben gespeichert");
            assertThat(anna.postForm(base + "/participants/2/remove", "confirm", "yes").status()).isEqualTo(303);

            JsonNode after = live(anna, base);
            assertThat(after.get("joined").asInt()).isEqualTo(1);
            assertThat(after.at("/dimensions/0/mean").decimalValue()).isEqualByComparingTo("0.0");
            assertThat(new String(anna.get(base + "/answers.csv").bytes(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Carl");
            assertThat(anna.get(base).body()).contains("Nr. 2 zurückholen");
            // Carl's phone no longer counts as a participant
            assertThat(carl.get("/w/" + code + "/step/1").location()).isEqualTo("/w/" + code);

            // someone new gets number 3, never Carl's 2
            WebClient dora = Fixture.participant(port, code, "Dora", "it");
            assertThat(live(anna, base).get("participants").get(1).get("number").asInt()).isEqualTo(3);

            assertThat(anna.postForm(base + "/participants/2/restore").status()).isEqualTo(303);
            JsonNode restored = live(anna, base);
            assertThat(restored.get("joined").asInt()).isEqualTo(3);
            assertThat(restored.at("/dimensions/0/mean").decimalValue()).isEqualByComparingTo("50.0");
            assertThat(WorkshopFlowTest.checked(carl.get("/w/" + code + "/step/1").body())).containsExactly("plan=written", "budget=yes");
            assertThat(dora.get("/w/" + code + "/step/1").status()).isEqualTo(200);
        });
    }

    @Test
    void a_participant_coming_back_starts_at_the_first_step_with_an_open_question() {
        inWorkshop((port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            assertThat(bea.get("/w/" + code).location()).isEqualTo("/w/" + code + "/step/1");
            Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "none", "q.budget", "no");
            Fixture.answer(bea, "/w/" + code + "/step/2", "q.software", "erp", "q.machines", "no");
            assertThat(bea.get("/w/" + code).location()).isEqualTo("/w/" + code + "/step/3");
            Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "2", "q.wishes", "Zeit");
            assertThat(bea.get("/w/" + code).location()).isEqualTo("/w/" + code + "/review");
        });
    }

    @Test
    void the_script_saves_each_change_without_leaving_the_page() {
        inWorkshop((port, anna, base, code) -> {
            WebClient bea = Fixture.participant(port, code, "Bea", "office");
            WebClient.Reply saved = Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "ideas", "go", "autosave");
            assertThat(saved.status()).isEqualTo(204);
            WebClient.Reply half = Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "2,", "go", "autosave");
            assertThat(half.status()).isEqualTo(422); // a number half typed waits; nothing of the page is stored
            // a reload shows what was saved
            assertThat(WorkshopFlowTest.checked(bea.get("/w/" + code + "/step/1").body())).containsExactly("plan=ideas");
            assertThat(bea.get("/w/" + code + "/step/1").body()).contains("/assets/js/workshop-autosave.js", "class=\"step-form ws-autosave\"");
            assertThat(live(anna, base).at("/participants/0/answered").asInt()).isEqualTo(1);
        });
    }

    @Test
    void apprentices_are_a_role_and_the_live_view_shows_when_someone_was_last_active() {
        inWorkshop((port, anna, base, code) -> {
            assertThat(new WebClient(port).get("/w/" + code).body()).contains("value=\"apprentice\"", "Auszubildende");
            Fixture.participant(port, code, "Azubi Tim", "apprentice");
            assertThat(anna.get(base + "/live").body()).contains("Zuletzt aktiv").containsPattern("<td>\\d\\d:\\d\\d</td>");
            assertThat(anna.get(base + "/by-role").body()).contains("data-role=\"apprentice\"", "Auszubildende");
        });
    }
}
