package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
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

/** "Repeat the check" and the comparison with the earlier check, over HTTP. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FollowUpTest {
    @Parameter
    TestDatabase engine;

    /** Strategy 0 (no plan, no IT budget), security 0 (no backups), much on paper. */
    static final String FIRST = """
            {"industry": "crafts", "employees": 5, "plan": "none", "budget": 0, "tools": ["nothing"], "paper": "most",
             "backups": "none"}""";

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    static String created(WebClient web, String answers, boolean test) {
        WebClient.Reply r = web.json("POST", "/api/v1/assessments",
                "{\"questionnaire\": \"quick-check\", \"test\": " + test + ", \"answers\": " + answers + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json(r.body()).get("token").asText();
    }

    /** Repeats the check from the result page's form; returns the new token. */
    static String repeated(WebClient web, String token) {
        assertThat(web.get("/a/" + token + "/result").body()).contains("Check wiederholen").contains("/a/" + token + "/repeat");
        WebClient.Reply r = web.postForm("/a/" + token + "/repeat");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.location()).matches("/a/[A-Za-z0-9_-]{24}/start\\?carried=\\d+");
        return r.location().substring(3, 27);
    }

    private static JsonNode dimension(JsonNode progress, String id) {
        for (JsonNode d : progress.get("dimensions")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + id + " in " + progress);
    }

    @Test
    void a_repeated_check_starts_with_the_earlier_answers_and_shows_what_changed_in_figures_and_words() {
        withWeb(web -> {
            String first = created(web, FIRST, false);
            String second = repeated(web, first);
            assertThat(second).isNotEqualTo(first);

            JsonNode prefilled = json(web.get("/api/v1/assessments/" + second).body());
            assertThat(prefilled.get("answers").get("plan").asText()).isEqualTo("none");
            assertThat(prefilled.get("answers").get("backups").asText()).isEqualTo("none");
            assertThat(prefilled.get("previous").get("questionnaire").get("id").asText()).isEqualTo("quick-check");
            assertThat(prefilled.get("progress").get("dimensions")).isNotEmpty();

            // the firm has since written a plan with a team and a budget and backs up by hand now and then
            WebClient.Reply put = web.json("PUT", "/api/v1/assessments/" + second + "/answers",
                    "{\"answers\": {\"plan\": \"written\", \"plan-owner\": \"team\", \"budget\": 5, \"backups\": \"manual\"}}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);

            JsonNode api = json(web.get("/api/v1/assessments/" + second).body());
            JsonNode progress = api.get("progress");
            assertThat(progress.get("sameVersion").asBoolean()).isTrue();
            JsonNode strategy = dimension(progress, "strategy");
            assertThat(strategy.get("before").decimalValue()).isEqualByComparingTo("0.0");
            assertThat(strategy.get("now").decimalValue()).isEqualByComparingTo("100.0");   // 3 + 2 + 2 of 7 points
            assertThat(strategy.get("delta").decimalValue()).isEqualByComparingTo("100.0");
            assertThat(strategy.get("levelBefore").asText()).isEqualTo("beginner");
            assertThat(strategy.get("levelNow").asText()).isEqualTo("leader");
            assertThat(strategy.get("level").asText()).isEqualTo("up");
            JsonNode processes = dimension(progress, "processes");
            assertThat(processes.get("delta").decimalValue()).isEqualByComparingTo("0.0");
            assertThat(processes.get("level").asText()).isEqualTo("same");
            assertThat(progress.get("overall").get("delta").decimalValue().signum()).isPositive();
            JsonNode security = dimension(progress, "security");
            assertThat(security.get("delta").decimalValue()).isEqualByComparingTo("33.3");       // 1 of 3 points
            assertThat(progress.get("stepsDone")).extracting(JsonNode::asText).containsExactly("digital-plan");
            assertThat(progress.get("stepsOpen")).extracting(JsonNode::asText).containsExactly("backup-concept");
            // the earlier check is named without its token, which is not stored
            assertThat(api.get("previous").toString()).doesNotContain(first);

            String page = web.get("/a/" + second + "/result").body();
            assertThat(page).contains("Was sich seit dem letzten Check verändert hat")
                    .contains("+100,0 Punkte, von Einsteiger zu Vorreiter")
                    .contains("+33,3 Punkte, von Einsteiger zu Entdecker")
                    .contains("Punkte unverändert, Stufe bleibt")
                    .contains("Erledigt aus dem letzten Plan");
            assertThat(page).as("what to do comes first, as in the PDF").containsSubsequence("id=\"summary\"", "id=\"plan\"",
                    "id=\"progress\"", "id=\"profile\"");
            String done = page.substring(page.indexOf("Erledigt aus dem letzten Plan"), page.indexOf("Noch offen aus dem letzten Plan"));
            assertThat(done).contains("Einen einfachen Digitalisierungsplan schreiben").doesNotContain("Datensicherung");
            String open = page.substring(page.indexOf("Noch offen aus dem letzten Plan"));
            assertThat(open).contains("Datensicherung nach der 3-2-1-Regel einführen");

            String english = web.get("/a/" + second + "/result?lang=en").body();
            assertThat(english).contains("+100.0 points, from Beginner to Leader");

            // the earlier check shows no comparison of its own
            assertThat(web.get("/a/" + first + "/result?lang=de").body()).doesNotContain("Was sich seit dem letzten Check");
        });
    }

    @Test
    void deleting_the_earlier_check_leaves_the_follow_up_without_a_comparison() {
        withWeb(web -> {
            String first = created(web, FIRST, false);
            String second = repeated(web, first);
            assertThat(web.send("DELETE", "/api/v1/assessments/" + first, null, null).status()).isEqualTo(204);
            JsonNode api = json(web.get("/api/v1/assessments/" + second).body());
            assertThat(api.get("previous").isNull()).isTrue();
            assertThat(api.get("progress").isNull()).isTrue();
            assertThat(web.get("/a/" + second + "/result").status()).isEqualTo(200);
        });
    }

    @Test
    void the_api_links_a_check_only_to_an_earlier_check_of_the_same_questionnaire() {
        withWeb(web -> {
            WebClient.Reply full = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"digital-check\"}");
            String other = json(full.body()).get("token").asText();
            WebClient.Reply wrong = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"previous\": \"" + other + "\"}");
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("previous");

            String first = created(web, FIRST, false);
            WebClient.Reply linked = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"previous\": \"" + first + "\", \"answers\": " + FIRST + "}");
            assertThat(linked.status()).isEqualTo(201);
            JsonNode api = json(web.get("/api/v1/assessments/" + json(linked.body()).get("token").asText()).body());
            assertThat(dimension(api.get("progress"), "security").get("delta").decimalValue()).isEqualByComparingTo("0.0");
        });
    }
}
