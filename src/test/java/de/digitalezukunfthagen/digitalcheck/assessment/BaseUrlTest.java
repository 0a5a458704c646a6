package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --base-url}: the app behind a reverse proxy that ends https and forwards plain http. */
class BaseUrlTest {
    @TempDir
    Path dir;

    private static List<String> setCookies(WebClient.Reply reply) {
        return reply.headers().allValues("set-cookie");
    }

    @Test
    void behind_an_https_proxy_the_links_start_with_the_base_url_and_the_cookies_are_secure() {
        try (TestApp t = TestApp.create(dir, TestApp.fixtures(), "https://check.example.org/")) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply created = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\"}");
                String token = AssessmentApiTest.json(created.body()).get("token").asText();
                assertThat(AssessmentApiTest.json(created.body()).get("url").asText())
                        .isEqualTo("https://check.example.org/a/" + token);
                assertThat(created.location()).isEqualTo("https://check.example.org/a/" + token);
                assertThat(AssessmentApiTest.json(web.get("/api/v1/assessments/" + token).body()).get("url").asText())
                        .isEqualTo("https://check.example.org/a/" + token);

                WebClient.Reply page = web.get("/a/" + token + "/step/1");
                assertThat(page.body()).contains("https://check.example.org/a/" + token).doesNotContain("http://localhost");
                assertThat(setCookies(page)).filteredOn(c -> c.startsWith("csrf=")).singleElement().asString()
                        .contains("Secure", "HttpOnly");
                assertThat(setCookies(web.get("/?lang=en"))).filteredOn(c -> c.startsWith("lang=")).singleElement().asString()
                        .contains("Secure");
            });
        }
    }

    @Test
    void without_a_base_url_the_links_follow_the_request_and_plain_http_cookies_are_not_secure() {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = AssessmentApiTest.create(web);
                WebClient.Reply page = web.get("/a/" + token + "/step/1");
                assertThat(page.body()).contains(web.origin() + "/a/" + token);
                assertThat(setCookies(page)).filteredOn(c -> c.startsWith("csrf=")).singleElement().asString()
                        .doesNotContain("Secure");
            });
        }
    }

    @Test
    void the_base_url_comes_from_the_environment_loses_its_trailing_slash_and_must_be_an_http_address() {
        assertThat(AppConfig.fromEnvironment(Map.of(AppConfig.ENV_BASE_URL, " https://check.example.org/hagen/ ")).baseUrl())
                .isEqualTo("https://check.example.org/hagen");
        assertThat(AppConfig.fromEnvironment(Map.of()).baseUrl()).isNull();
        assertThat(new AppConfig(7070, AppConfig.DEFAULT_DATABASE, AppConfig.DEFAULT_QUESTIONNAIRES).baseUrl()).isNull();
        for (String wrong : List.of("check.example.org", "ftp://check.example.org", "https://check.example.org/?x=1",
                "https://user@check.example.org", "https://")) {
            assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of()).withBaseUrl(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base URL");
        }
    }
}
