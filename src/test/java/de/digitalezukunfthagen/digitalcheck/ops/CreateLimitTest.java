package de.digitalezukunfthagen.digitalcheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.ManualClock;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CreateLimitTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private static final String CREATE = "{\"questionnaire\": \"quick-check\"}";

    @Test
    void the_check_after_the_limit_per_address_gets_a_clear_429_page_and_nothing_is_created() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS.withCreateLimits(3, 0), engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                web.get("/");
                for (int i = 0; i < 3; i++) {
                    assertThat(web.postForm("/assessments", "questionnaire", "quick-check").status()).isEqualTo(303);
                }
                WebClient.Reply refused = web.postForm("/assessments", "questionnaire", "quick-check");
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.header("retry-after")).matches("[0-9]+");
                assertThat(refused.body()).contains("Gerade werden zu viele Checks begonnen").contains("Minute");
                assertThat(count(t.database())).isEqualTo(3);

                WebClient.Reply english = web.get("/?lang=en");
                assertThat(english.status()).isEqualTo(200);
                assertThat(web.postForm("/assessments", "questionnaire", "quick-check").body())
                        .contains("Too many checks are being started");
            });
        }
    }

    @Test
    void the_api_answers_the_limit_with_a_json_problem() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS.withCreateLimits(2, 0), engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                assertThat(web.json("POST", "/api/v1/assessments", CREATE).status()).isEqualTo(201);
                assertThat(web.json("POST", "/api/v1/assessments", CREATE).status()).isEqualTo(201);
                WebClient.Reply refused = web.json("POST", "/api/v1/assessments", CREATE);
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.header("content-type")).startsWith("application/problem+json");
                assertThat(Json.mapper().readTree(refused.body()).get("type").asText()).isEqualTo(CreateLimitPages.PROBLEM_TYPE);
                assertThat(count(t.database())).isEqualTo(2);
                // what exists goes on: answers are saved as before
                assertThat(web.get("/api/v1/questionnaires").status()).isEqualTo(200);
            });
        }
    }

    @Test
    void behind_a_trusted_proxy_each_client_address_has_its_own_limit() {
        OperationsConfig config = OperationsConfig.DEFAULTS.withCreateLimits(1, 0).withTrustProxy(true);
        try (TestApp t = OpsApp.create(dir, config, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                assertThat(create(web, "203.0.113.7")).isEqualTo(201);
                assertThat(create(web, "203.0.113.7")).isEqualTo(429);
                assertThat(create(web, "198.51.100.23")).isEqualTo(201);
            });
        }
    }

    /** Creates an assessment as the proxy reports it for the client {@code forwardedFor}; returns the status. */
    private static int create(WebClient web, String forwardedFor) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.origin() + "/api/v1/assessments"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(CREATE)).build();
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_limits_count_in_windows_of_an_hour_per_address_and_a_minute_for_all() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (Database database = engine.open(dir)) {
            CreateLimit limit = new CreateLimit(database, clock, 2, 3);
            assertThat(limit.reserve("a")).isEmpty();
            assertThat(limit.reserve("a")).isEmpty();
            assertThat(limit.reserve("a")).isPresent();
            assertThat(limit.reserve("b")).isEmpty();
            // three in this minute: the whole app waits
            assertThat(limit.reserve("c")).hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
            clock.forward(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(limit.reserve("c")).isEmpty();
            assertThat(limit.reserve("a")).isPresent();
            clock.forward(Duration.ofMinutes(59));
            assertThat(limit.reserve("a")).isEmpty();
        }
    }

    @Test
    void two_instances_on_one_database_share_the_limit() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (Database one = engine.open(dir); Database two = engine.open(dir)) {
            assertThat(new CreateLimit(one, clock, 2, 0).reserve("a")).isEmpty();
            assertThat(new CreateLimit(two, clock, 2, 0).reserve("a")).isEmpty();
            assertThat(new CreateLimit(one, clock, 2, 0).reserve("a")).isPresent();
        }
    }

    @Test
    void zero_turns_both_limits_off() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS.withCreateLimits(0, 0), engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                for (int i = 0; i < 5; i++) {
                    assertThat(web.json("POST", "/api/v1/assessments", CREATE).status()).isEqualTo(201);
                }
            });
            assertThat(count(t.database())).isEqualTo(5);
            assertThat(OperationsConfig.fromEnvironment(Map.of(OperationsConfig.ENV_CREATE_LIMIT, "0",
                    OperationsConfig.ENV_CREATE_LIMIT_GLOBAL, "0")).createLimitGlobal()).isZero();
        }
    }

    private static int count(Database database) {
        return database.read(conn -> {
            try (var s = conn.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM assessment")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
