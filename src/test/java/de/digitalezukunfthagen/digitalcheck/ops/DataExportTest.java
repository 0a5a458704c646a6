package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class DataExportTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void a_firm_downloads_all_its_data_as_json_linked_from_its_result_page() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply created = web.json("POST", "/api/v1/assessments", """
                        {"questionnaire": "quick-check", "company": "Eisvogel Dachdeckerei",
                         "answers": {"budget": 3, "paper": "most"}}""");
                String token = Json.mapper().readTree(created.body()).get("token").asText();

                WebClient.Reply export = web.get("/api/v1/assessments/" + token + "/export");
                assertThat(export.status()).isEqualTo(200);
                assertThat(export.header("content-type")).startsWith("application/json");
                assertThat(export.header("content-disposition")).startsWith("attachment; filename=\"digital-check-");
                JsonNode json = Json.mapper().readTree(export.body());
                assertThat(json.get("format").asText()).isEqualTo("digitalcheck-export");
                JsonNode assessment = json.get("assessment");
                assertThat(assessment.get("company").asText()).isEqualTo("Eisvogel Dachdeckerei");
                assertThat(assessment.get("questionnaire").get("id").asText()).isEqualTo("quick-check");
                assertThat(assessment.get("answers").get("budget").asInt()).isEqualTo(3);
                assertThat(assessment.get("answers").get("paper").asText()).isEqualTo("most");
                assertThat(assessment.get("result").has("overall")).isTrue();
                assertThat(assessment.get("createdAt").asText()).isNotBlank();
                // the token is the key, not part of the data
                assertThat(export.body()).doesNotContain(token);

                assertThat(web.get("/a/" + token + "/result").body())
                        .contains("href=\"/api/v1/assessments/" + token + "/export\"").contains("Meine Daten herunterladen");
            });
        }
    }

    @Test
    void the_export_of_an_unknown_or_deleted_assessment_is_404() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = Json.mapper().readTree(web.json("POST", "/api/v1/assessments",
                        "{\"questionnaire\": \"quick-check\"}").body()).get("token").asText();
                assertThat(web.send("DELETE", "/api/v1/assessments/" + token, null, null).status()).isEqualTo(204);
                WebClient.Reply gone = web.get("/api/v1/assessments/" + token + "/export");
                assertThat(gone.status()).isEqualTo(404);
                assertThat(gone.header("content-type")).startsWith("application/problem+json");
            });
        }
    }
}
