package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.common.RequestLimits;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentApiTest {
    @TempDir
    Path dir;

    private void withApi(BiConsumer<WebClient, TestApp> test) {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port()), t));
        }
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static String create(WebClient web) {
        WebClient.Reply r = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\"}");
        assertThat(r.status()).isEqualTo(201);
        return json(r.body()).get("token").asText();
    }

    @Test
    void lists_the_questionnaires_with_id_version_and_title() {
        withApi((web, t) -> {
            WebClient.Reply r = web.get("/api/v1/questionnaires");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("content-type")).startsWith("application/json");
            JsonNode list = json(r.body());
            assertThat(list).hasSize(2);
            assertThat(list.get(1).get("id").asText()).isEqualTo("quick-check");
            assertThat(list.get(1).get("version").asInt()).isEqualTo(1);
            assertThat(list.get(1).get("title").asText()).isEqualTo("Quick-Check");
        });
    }

    @Test
    void creating_an_assessment_answers_201_with_a_secret_token_and_the_url_of_its_page() {
        withApi((web, t) -> {
            WebClient.Reply r = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\"}");
            assertThat(r.status()).isEqualTo(201);
            JsonNode body = json(r.body());
            String token = body.get("token").asText();
            assertThat(token).matches("[A-Za-z0-9_-]{24}"); // 144 random bits, URL-safe
            assertThat(body.get("questionnaire").get("id").asText()).isEqualTo("quick-check");
            assertThat(body.get("questionnaire").get("version").asInt()).isEqualTo(1);
            assertThat(body.get("url").asText()).isEqualTo(web.origin() + "/a/" + token);
            assertThat(r.location()).isEqualTo(body.get("url").asText());
            assertThat(web.get("/a/" + token + "/step/1").status()).isEqualTo(200);
            assertThat(create(web)).isNotEqualTo(token);
        });
    }

    @Test
    void creating_with_an_unknown_questionnaire_or_unknown_keys_is_refused_with_every_problem() {
        withApi((web, t) -> {
            WebClient.Reply r = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"nope\", \"colour\": 1}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.header("content-type")).startsWith("application/problem+json");
            JsonNode problem = json(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asText()).isNotBlank();
            assertThat(problem.get("errors")).as(r.body()).hasSize(2);
            assertThat(r.body()).contains("nope").contains("colour");
        });
    }

    @Test
    void creating_with_initial_answers_and_a_company_stores_both() {
        withApi((web, t) -> {
            WebClient.Reply r = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"company\": \"Tischlerei Muster\", \"answers\": {\"backups\": \"auto\"}}");
            assertThat(r.status()).isEqualTo(201);
            JsonNode got = json(web.get("/api/v1/assessments/" + json(r.body()).get("token").asText()).body());
            assertThat(got.get("company").asText()).isEqualTo("Tischlerei Muster");
            assertThat(got.get("answers").get("backups").asText()).isEqualTo("auto");
        });
    }

    @Test
    void writes_without_json_content_type_are_refused_with_415() {
        withApi((web, t) -> {
            WebClient.Reply form = web.send("POST", "/api/v1/assessments", "application/x-www-form-urlencoded",
                    "questionnaire=quick-check");
            assertThat(form.status()).isEqualTo(415);
            assertThat(form.header("content-type")).startsWith("application/problem+json");
            String token = create(web);
            assertThat(web.send("PUT", "/api/v1/assessments/" + token + "/answers", "text/plain", "{\"answers\":{}}").status())
                    .isEqualTo(415);
            assertThat(web.send("POST", "/api/v1/assessments", null, null).status()).isEqualTo(415);
            assertThat(web.send("POST", "/api/v1/assessments", "application/json; charset=utf-8",
                    "{\"questionnaire\": \"quick-check\"}").status()).isEqualTo(201);
        });
    }

    @Test
    void malformed_json_is_a_bad_request() {
        withApi((web, t) -> {
            WebClient.Reply r = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": ");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.header("content-type")).startsWith("application/problem+json");
            assertThat(web.json("POST", "/api/v1/assessments", "[1, 2]").status()).isEqualTo(400);
        });
    }

    @Test
    void a_body_larger_than_the_limit_is_refused_with_413() {
        withApi((web, t) -> {
            String token = create(web);
            String big = "{\"answers\": {\"notes\": \"" + "x".repeat((int) RequestLimits.MAX_REQUEST_BYTES) + "\"}}";
            WebClient.Reply r = web.json("PUT", "/api/v1/assessments/" + token + "/answers", big);
            assertThat(r.status()).isEqualTo(413);
            assertThat(json(web.get("/api/v1/assessments/" + token).body()).get("answers")).isEmpty();
        });
    }

    @Test
    void putting_answers_merges_them_and_returns_the_result_of_the_contract() {
        withApi((web, t) -> {
            String token = create(web);
            WebClient.Reply first = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"industry\": \"crafts\", \"plan\": \"written\", \"backups\": \"manual\", \"employees\": 2.5}}");
            assertThat(first.status()).isEqualTo(200);
            JsonNode result = json(first.body());
            assertThat(result.get("questionnaire").get("id").asText()).isEqualTo("quick-check");
            assertThat(result.get("dimensions").get(2).get("score").decimalValue()).isEqualByComparingTo("33.3");
            assertThat(result.get("recommendations").get(0).get("id").asText()).isEqualTo("backup-concept");

            WebClient.Reply second = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"backups\": null, \"paper\": \"little\"}}");
            assertThat(second.status()).isEqualTo(200);
            JsonNode stored = json(web.get("/api/v1/assessments/" + token).body());
            JsonNode answers = stored.get("answers");
            assertThat(answers.has("backups")).isFalse();
            assertThat(answers.get("plan").asText()).isEqualTo("written");
            assertThat(answers.get("paper").asText()).isEqualTo("little");
            assertThat(answers.get("employees").decimalValue()).isEqualByComparingTo("2.5");

            // the same figures as the engine computes for the same answers
            var q = t.catalog().find("quick-check").orElseThrow();
            var expected = Scorer.score(q, t.catalog().contacts(), AnswerParser.parse(q, answers).answers());
            assertThat(json(second.body())).isEqualTo(Json.mapper().valueToTree(expected));
            assertThat(stored.get("result")).isEqualTo(Json.mapper().valueToTree(expected));
        });
    }

    @Test
    void an_invalid_set_of_answers_is_refused_whole_with_every_problem_and_nothing_stored() {
        withApi((web, t) -> {
            String token = create(web);
            web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"plan\": \"ideas\"}}");
            WebClient.Reply r = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"plan\": \"written\", \"backups\": \"sometimes\", \"employees\": 500,"
                            + " \"tools\": [\"erp\", \"nothing\"], \"nonsense\": 1}}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.header("content-type")).startsWith("application/problem+json");
            JsonNode errors = json(r.body()).get("errors");
            assertThat(errors).hasSizeGreaterThanOrEqualTo(4);
            assertThat(r.body()).contains("\"question\":\"backups\"").contains("\"option\":\"sometimes\"")
                    .contains("\"question\":\"employees\"").contains("\"question\":\"tools\"").contains("\"question\":\"nonsense\"");
            JsonNode stored = json(web.get("/api/v1/assessments/" + token).body()).get("answers");
            assertThat(stored.get("plan").asText()).isEqualTo("ideas");
            assertThat(stored.size()).isEqualTo(1);
            assertThat(web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answer\": {}}").status()).isEqualTo(400);
        });
    }

    @Test
    void getting_an_assessment_shows_its_questionnaire_answers_and_result() {
        withApi((web, t) -> {
            String token = create(web);
            JsonNode got = json(web.get("/api/v1/assessments/" + token).body());
            assertThat(got.get("questionnaire").get("id").asText()).isEqualTo("quick-check");
            assertThat(got.get("questionnaire").get("version").asInt()).isEqualTo(1);
            assertThat(got.get("answers").isObject()).isTrue();
            assertThat(got.get("result").get("complete").asBoolean()).isFalse();
            assertThat(got.get("result").get("missing")).isNotEmpty();
        });
    }

    @Test
    void unknown_malformed_and_deleted_tokens_are_404() {
        withApi((web, t) -> {
            String unknown = "AAAAAAAAAAAAAAAAAAAAAAAA";
            for (String path : new String[] {"/api/v1/assessments/" + unknown, "/api/v1/assessments/short"}) {
                WebClient.Reply r = web.get(path);
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.header("content-type")).startsWith("application/problem+json");
            }
            assertThat(web.json("PUT", "/api/v1/assessments/" + unknown + "/answers", "{\"answers\":{}}").status()).isEqualTo(404);
            assertThat(web.send("DELETE", "/api/v1/assessments/" + unknown, null, null).status()).isEqualTo(404);

            String token = create(web);
            assertThat(web.send("DELETE", "/api/v1/assessments/" + token, null, null).status()).isEqualTo(204);
            assertThat(web.get("/api/v1/assessments/" + token).status()).isEqualTo(404);
            assertThat(web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\":{}}").status()).isEqualTo(404);
            assertThat(web.send("DELETE", "/api/v1/assessments/" + token, null, null).status()).isEqualTo(404);
            assertThat(web.get("/a/" + token + "/result").status()).isEqualTo(404);
        });
    }

    @Test
    void an_unknown_api_address_is_a_problem_not_a_page() {
        withApi((web, t) -> {
            WebClient.Reply r = web.get("/api/v1/nothing");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.header("content-type")).startsWith("application/problem+json");
        });
    }
}
