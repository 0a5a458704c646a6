package de.digitalezukunfthagen.digitalcheck.assessment;

import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The additions of version 2 of the contract over real HTTP, with the author guide's example
 * (docs/example: a cap, don't-know options, a dated recommendation, a verified firm, a whole-number
 * question): the API's result carries the new fields, and the result page shows them.
 */
class VersionTwoResultTest {
    private static final String ANSWERS = """
            {"questionnaire": "betriebs-check", "answers": {"branche": "handwerk", "beschaeftigte": 12,
             "digitalplan": "weiss-nicht", "zustaendig": "chef", "online-auftraege": 35, "schutz": ["updates"]}}""";

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) throws Exception {
        Catalog catalog = QuestionnaireLoader.loadDirectory(Path.of("docs/example"));
        try (TestApp t = TestApp.create(dir, catalog)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    private static String create(WebClient web) {
        WebClient.Reply r = web.json("POST", "/api/v1/assessments", ANSWERS);
        assertThat(r.status()).isEqualTo(201);
        return json(r.body()).get("token").asText();
    }

    @Test
    void the_result_json_over_http_has_unknown_plan_companies_and_capped_by() throws Exception {
        withWeb(web -> {
            JsonNode result = json(web.get("/api/v1/assessments/" + create(web)).body()).get("result");

            // strategie (0 + 33.3 + 100) / 3 = 44.4, sicherheit 33.3: overall (44.4 + 2 * 33.3) / 3 = 37.0
            assertThat(result.get("overall").toString()).isEqualTo("{\"score\":37.0,\"level\":\"einsteiger\",\"capped_by\":[]}");
            assertThat(result.get("dimensions").get(0).get("capped_by").isArray()).isTrue();
            assertThat(result.get("unknown").toString()).isEqualTo("[\"digitalplan\"]");
            assertThat(result.get("plan").toString()).isEqualTo("[\"datensicherung\",\"digitalplan-schreiben\"]");
            assertThat(result.get("companies").toString()).isEqualTo("[{\"id\":\"beispiel-it-service\",\"because\":[\"datensicherung\"]}]");
            assertThat(result.get("contacts").findValuesAsText("id")).containsExactly("hwk-dortmund", "wirtschaftsfoerderung-hagen");
        });
    }

    @Test
    void saving_answers_returns_the_capped_level_with_the_cap_that_lowered_it() throws Exception {
        withWeb(web -> {
            String token = create(web);

            WebClient.Reply r = web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"digitalplan\": \"ideen\"}}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(json(r.body()).get("overall").toString())
                    .isEqualTo("{\"score\":42.6,\"level\":\"einsteiger\",\"capped_by\":[\"ohne-datensicherung\"]}");
            assertThat(json(r.body()).get("unknown").toString()).isEqualTo("[]");
        });
    }

    @Test
    void the_result_page_shows_the_cap_reason_the_stand_date_and_the_firm_apart() throws Exception {
        withWeb(web -> {
            String token = create(web);
            web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"digitalplan\": \"ideen\"}}");

            String body = web.get("/a/" + token + "/result").body();

            assertThat(body).contains("Warum die Stufe nicht höher ist: Ohne tägliche Datensicherung kann ein einziger Ausfall")
                    .contains("Stand: 20.11.2026")
                    .contains("<h3 id=\"companies-title\">Beispiele aus der Initiative</h3>")
                    .contains("Wenden Sie sich zuerst an die neutralen Stellen oben.");
            int contacts = body.indexOf("id=\"contacts-title\"");
            int companies = body.indexOf("id=\"companies-title\"");
            assertThat(contacts).isPositive().isLessThan(companies);
            assertThat(body.indexOf("Beispiel IT-Service")).as("the firm is listed only under its own heading").isGreaterThan(companies);
            String english = web.get("/a/" + token + "/result?lang=en").body();
            assertThat(english).contains("Why the level is not higher: Without a daily backup").contains("As of: 2026-11-20")
                    .contains("Examples from the initiative");
        });
    }

    @Test
    void dont_know_options_are_ordinary_choices_and_whole_numbers_get_a_numeric_field() throws Exception {
        withWeb(web -> {
            String token = create(web);

            String profile = web.get("/a/" + token + "/step/1").body();
            String strategy = web.get("/a/" + token + "/step/2").body();
            String security = web.get("/a/" + token + "/step/3").body();

            assertThat(profile).containsPattern("<input type=\"text\" inputmode=\"numeric\" step=\"1\"[^>]*name=\"q.beschaeftigte\"");
            assertThat(strategy).containsPattern("<input type=\"radio\" name=\"q.digitalplan\" id=\"q-digitalplan--weiss-nicht\" value=\"weiss-nicht\" checked>")
                    .containsPattern("inputmode=\"decimal\"[^>]*name=\"q.online-auftraege\"");
            assertThat(security).contains("value=\"weiss-nicht\" data-exclusive=\"true\"").contains("Weiß ich nicht");
        });
    }

    @Test
    void a_fraction_for_a_whole_number_question_is_refused_with_a_message_beside_it() throws Exception {
        withWeb(web -> {
            String token = create(web);

            web.get("/a/" + token + "/step/1");
            WebClient.Reply r = web.postForm("/a/" + token + "/step/1", "q.branche", "handwerk", "q.beschaeftigte", "12,5", "_action", "next");

            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("Bitte geben Sie eine ganze Zahl ein");
            WebClient.Reply api = web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"beschaeftigte\": 2.5}}");
            assertThat(api.status()).isEqualTo(400);
            assertThat(api.body()).contains("question 'beschaeftigte' takes a whole number, not 2.5");
        });
    }
}
