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

/**
 * The consensus never invents an answer. With {@link WorkshopFlowTest#threeAnswer}: plan is a tie
 * (none, written, don't know), budget yes 2 of 3, software erp by a majority, machines a tie, training
 * 1, 2 and 6 days (the median 2), wishes free text. Question numbers: 1 plan, 2 budget, 3 software,
 * 4 machines, 5 training, 6 wishes.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ConsensusTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private interface Check {
        void run(TestApp t, int port, WebClient anna, String base, String code) throws Exception;
    }

    private void withThree(Check check) {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                WorkshopFlowTest.threeAnswer(server.port(), code);
                check.run(t, server.port(), anna, base, code);
            });
        }
    }

    static JsonNode consensus(WebClient anna, String base) throws Exception {
        return WorkshopFlowTest.EXACT.readTree(anna.get(base + "/answers.json").body()).get("consensus");
    }

    static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void a_tie_is_shown_as_a_tie_and_nothing_is_preselected() {
        withThree((t, port, anna, base, code) -> {
            String plan = anna.get(base + "/consensus/1").body();
            assertThat(WorkshopFlowTest.checked(plan)).isEmpty();
            assertThat(attribute(plan, "data-state")).isEqualTo("tie");
            assertThat(plan).contains("Gleichstand: Keine Antwort hat die meisten Stimmen. Nichts ist vorausgewählt")
                    .doesNotContain("Häufigste Antwort");
            String machines = anna.get(base + "/consensus/4").body();
            assertThat(WorkshopFlowTest.checked(machines)).isEmpty();
            assertThat(attribute(machines, "data-state")).isEqualTo("tie");

            String budget = anna.get(base + "/consensus/2").body();
            assertThat(WorkshopFlowTest.checked(budget)).containsExactly("budget=yes");
            assertThat(budget).contains("Häufigste Antwort: Ja (2 von 3)");
            // the roles stand beside the answers: Bea (office) said no, Carl (production) and Dora (no role: no. 3) yes
            assertThat(budget).containsSubsequence("Nein", "Büro und Verwaltung", "Ja", "Produktion und Werkstatt", "Nr. 3");
            String training = anna.get(base + "/consensus/5").body();
            assertThat(training).contains("name=\"q.training\" id=\"q-training--input\" value=\"2\"");
        });
    }

    @Test
    void paging_on_without_a_decision_leaves_every_question_open() {
        withThree((t, port, anna, base, code) -> {
            // the page shows the proposal preselected; "leave open" stores nothing, whatever the form carries
            for (int n = 1; n <= 6; n++) {
                WebClient.Reply next = Fixture.answer(anna, base + "/consensus/" + n, "q.budget", "yes", "q.training", "2", "go", "open");
                assertThat(next.status()).isEqualTo(303);
                assertThat(next.location()).isEqualTo(n < 6 ? base + "/consensus/" + (n + 1) : base + "/consensus");
            }
            // "agree" with nothing chosen (a tie) agrees on nothing either
            Fixture.answer(anna, base + "/consensus/1", "go", "agree");
            assertThat(consensus(anna, base).toString()).isEqualTo("{}");
            String summary = anna.get(base + "/consensus").body();
            assertThat(summary).contains("<strong data-agreed>0</strong>", "<strong data-open>6</strong>");

            WebClient.Reply agreed = Fixture.answer(anna, base + "/consensus/2", "q.budget", "yes", "go", "agree");
            assertThat(agreed.location()).isEqualTo(base + "/consensus/3");
            assertThat(consensus(anna, base).toString()).isEqualTo("{\"budget\":\"yes\"}");
            assertThat(attribute(anna.get(base + "/consensus/2").body(), "data-state")).isEqualTo("agreed");
            assertThat(anna.get(base + "/consensus/3").body()).contains("Noch 5 Fragen offen");
        });
    }

    @Test
    void the_walk_of_open_questions_skips_what_is_agreed_and_keeps_the_notes() {
        withThree((t, port, anna, base, code) -> {
            Fixture.answer(anna, base + "/consensus/2", "q.budget", "yes", "go", "agree");
            Fixture.answer(anna, base + "/consensus/4", "q.machines", "some", "go", "agree");
            // from plan (1), leaving it open: on to 3, as 2 is agreed; from 3 on to 5, as 4 is agreed
            assertThat(Fixture.answer(anna, base + "/consensus/1", "go", "open", "note", "Plan gibt es nur im Kopf des Chefs").location())
                    .isEqualTo(base + "/consensus/3");
            assertThat(Fixture.answer(anna, base + "/consensus/3", "go", "open").location()).isEqualTo(base + "/consensus/5");
            assertThat(anna.get(base + "/consensus/1").body()).contains(">Plan gibt es nur im Kopf des Chefs</textarea>");
            // walking all questions visits the agreed ones too
            assertThat(Fixture.answer(anna, base + "/consensus/1?walk=all", "go", "open", "walk", "all").location())
                    .isEqualTo(base + "/consensus/2?walk=all");
            assertThat(anna.get(base + "/consensus").body()).contains("href=\"" + base + "/consensus/1\" data-walk-open");
        });
    }

    @Test
    void what_the_group_agrees_on_is_taken_over_with_one_confirmation_and_the_rest_is_discussed() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                // budget: yes by all three (agreed); plan: written, written, none (a third differs: disputed)
                for (String plan : new String[] {"written", "written", "none"}) {
                    WebClient p = Fixture.participant(server.port(), code, "", "");
                    Fixture.answer(p, "/w/" + code + "/step/1", "q.plan", plan, "q.budget", "yes");
                }
                String summary = anna.get(base + "/consensus").body();
                assertThat(summary).contains("Bei einer Frage ist sich die Gruppe einig", "Gibt es ein Budget?: <strong>Ja</strong>",
                        "Diese Antwort übernehmen");
                assertThat(anna.postForm(base + "/consensus/adopt").location()).isEqualTo(base + "/consensus");
                assertThat(consensus(anna, base).toString()).isEqualTo("{\"budget\":\"yes\"}");
                String after = anna.get(base + "/consensus").body();
                assertThat(after).doesNotContain("Diese Antwort übernehmen").contains("<strong data-agreed>1</strong>");
                // plan is disputed: its screen proposes the most common answer but stores nothing until confirmed
                String plan = anna.get(base + "/consensus/1").body();
                assertThat(WorkshopFlowTest.checked(plan)).containsExactly("plan=written");
                assertThat(plan).contains("Häufigste Antwort: Schriftlich (2 von 3)");
            });
        }
    }

    @Test
    void the_hand_over_with_open_questions_asks_for_confirmation_lists_them_and_can_be_opened_again() {
        withThree((t, port, anna, base, code) -> {
            Fixture.answer(anna, base + "/consensus/1", "q.plan", "ideas", "go", "agree");
            Fixture.answer(anna, base + "/consensus/2", "q.budget", "yes", "go", "agree");

            // a hand-over without the confirmation only leads to the page that asks
            WebClient.Reply unconfirmed = anna.postForm(base + "/consensus/finish");
            assertThat(unconfirmed.location()).isEqualTo(base + "/consensus/finish");
            String ask = anna.get(base + "/consensus/finish").body();
            assertThat(attribute(ask, "data-open-questions")).isEqualTo("4");
            assertThat(ask).contains("4 Fragen sind noch offen", "Welche Software nutzen Sie?", "Sind Ihre Maschinen vernetzt?",
                    "Schulungstage pro Jahr", "Was wünschen Sie sich?", "Trotzdem übergeben (4 offen)")
                    .doesNotContain("Gibt es ein Budget?");
            assertThat(anna.get("/consultant").body()).contains("data-status=\"consensus\"");

            WebClient.Reply confirmed = anna.postForm(base + "/consensus/finish", "confirm", "yes");
            assertThat(confirmed.location()).isEqualTo(base + "/handover");
            String sheet = anna.get(base + "/handover").body();
            Matcher link = Pattern.compile("id=\"personal-link\"[^>]*value=\"[^\"]*/a/([A-Za-z0-9_-]{24})\"").matcher(sheet);
            assertThat(link.find()).as(sheet).isTrue();
            String token = link.group(1);
            assertThat(sheet).contains(base + "/handover/qr.svg");
            assertThat(anna.get(base + "/handover/qr.svg").body()).startsWith("<svg");
            JsonNode assessment = WorkshopFlowTest.EXACT.readTree(new WebClient(port).get("/api/v1/assessments/" + token).body());
            assertThat(assessment.get("answers").toString())
                    .isEqualTo("{\"industry\":\"crafts\",\"employees\":12,\"plan\":\"ideas\",\"budget\":\"yes\"}");

            // later: the same page and link again, from the list too; the consensus stays fixed
            assertThat(anna.get(base + "/handover").body()).contains("/a/" + token);
            assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");
            String dashboard = anna.get("/consultant").body();
            assertThat(dashboard).contains("data-status=\"handedOver\"", base + "/handover");
            Fixture.answer(anna, base + "/consensus/3", "q.software", "erp", "go", "agree");
            assertThat(consensus(anna, base).toString()).isEqualTo("{\"plan\":\"ideas\",\"budget\":\"yes\"}");
            int made = t.database().read(conn -> {
                try (var rs = conn.createStatement().executeQuery("SELECT count(*) FROM assessment WHERE origin = 'workshop'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(made).isEqualTo(1);

            // when the company deletes its assessment, the kept link goes with it
            WebClient company = new WebClient(port);
            company.get("/a/" + token + "/delete");
            assertThat(company.postForm("/a/" + token + "/delete").status()).isEqualTo(303);
            assertThat(anna.get(base + "/handover").body()).doesNotContain("/a/" + token).contains("Der Link ist hier nicht mehr vorhanden");
        });
    }

    @Test
    void the_action_plan_is_kept_and_refuses_a_step_without_text() {
        withThree((t, port, anna, base, code) -> {
            assertThat(anna.postForm(base + "/actions", "step", "Digitalisierungsplan schreiben", "owner", "Carl", "due", "2027-02-28")
                    .location()).isEqualTo(base + "/consensus#plan");
            assertThat(anna.postForm(base + "/actions", "step", " ", "owner", "Bea").location()).contains("notice=actionInvalid");
            assertThat(anna.postForm(base + "/actions", "step", "X", "due", "morgen").location()).contains("notice=actionInvalid");
            String summary = anna.get(base + "/consensus").body();
            assertThat(summary).contains("<td>Digitalisierungsplan schreiben</td><td>Carl</td><td>2027-02-28</td>");
            Matcher remove = Pattern.compile("action=\"(" + Pattern.quote(base) + "/actions/\\d+/remove)\"").matcher(summary);
            assertThat(remove.find()).isTrue();
            anna.postForm(remove.group(1));
            assertThat(anna.get(base + "/consensus").body()).doesNotContain("Digitalisierungsplan schreiben</td>");
        });
    }
}
