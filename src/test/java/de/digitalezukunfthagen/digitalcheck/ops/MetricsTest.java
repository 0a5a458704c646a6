package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
    @TempDir
    Path dir;

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void metrics_count_requests_per_route_template_and_the_checks_events_without_tokens_or_names() {
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply created = web.json("POST", "/api/v1/assessments",
                        "{\"questionnaire\": \"quick-check\", \"company\": \"Kormoran Fliesen\"}");
                assertThat(created.status()).isEqualTo(201);
                String token = Json.mapper().readTree(created.body()).get("token").asText();
                assertThat(web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"budget\": 3}}")
                        .status()).isEqualTo(200);
                assertThat(web.get("/a/" + token + "/step/1").status()).isEqualTo(200);
                assertThat(web.get("/a/" + token + "/step/1").status()).isEqualTo(200);
                assertThat(web.get("/api/v1/assessments/" + token + "/report.pdf").status()).isEqualTo(200);
                web.get("/no/such/page/" + token);

                WebClient.Reply reply = web.get("/metrics");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.header("content-type")).startsWith("text/plain; version=0.0.4");
                String metrics = reply.body();
                assertThat(value(metrics, "http_server_requests_seconds_count{method=\"GET\",route=\"/a/{token}/step/{n}\",status=\"200\"}"))
                        .isEqualTo(2.0);
                assertThat(value(metrics, "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}"))
                        .isEqualTo(1.0);
                assertThat(metrics).contains("http_server_requests_seconds_sum{method=\"POST\",route=\"/api/v1/assessments\",status=\"201\"}");
                assertThat(value(metrics, "digitalcheck_assessments_started_total")).isEqualTo(1.0);
                assertThat(value(metrics, "digitalcheck_assessments_saved_total")).isEqualTo(1.0);
                assertThat(value(metrics, "digitalcheck_reports_rendered_total")).isEqualTo(1.0);
                assertThat(metrics).doesNotContain(token).doesNotContain("Kormoran").doesNotContain("127.0.0.1");
            });
        }
    }

    @Test
    void the_access_log_names_the_route_template_never_the_token_in_path_or_query_nor_the_address() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS.withAccessLog(true))) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = Json.mapper().readTree(web.json("POST", "/api/v1/assessments",
                        "{\"questionnaire\": \"quick-check\"}").body()).get("token").asText();
                System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
                try {
                    assertThat(web.get("/a/" + token + "/step/1").status()).isEqualTo(200);
                    assertThat(web.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"budget\": 3}}")
                            .status()).isEqualTo(200);
                    assertThat(web.get("/api/v1/assessments/" + token + "/report.pdf?lang=de&token=" + token).status()).isEqualTo(200);
                    // a path that matches no route, with the token in it and in the query
                    assertThat(web.get("/a/" + token + "/no-such-page?t=" + token).status()).isEqualTo(404);
                } finally {
                    System.setErr(stderr);
                }
                String lines = log.toString(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(lines).contains("GET /a/{token}/step/{n} 200")
                        .contains("PUT /api/v1/assessments/{token}/answers 200")
                        .contains("GET /api/v1/assessments/{token}/report.pdf 200")
                        .contains(" 404 ")
                        .doesNotContain(token).doesNotContain(token.substring(0, 12)).doesNotContain("127.0.0.1");
            });
        }
    }
}
