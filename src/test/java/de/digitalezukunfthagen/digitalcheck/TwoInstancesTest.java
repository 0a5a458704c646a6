package de.digitalezukunfthagen.digitalcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestPostgres;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.workshop.Fixture;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one PostgreSQL database, as behind a load balancer: each has its own
 * connections and memory, and the requests of one person go to them in turn. Whatever one instance
 * learns (a session, a failed login, a workshop's participants, a deletion) the other knows at once.
 */
class TwoInstancesTest {
    @TempDir
    Path dir;
    private final List<Database> databases = new ArrayList<>();
    private final List<Javalin> apps = new ArrayList<>();
    private int first;
    private int second;

    /** Starts an instance with its own Database (own connection pools) on the shared database. */
    private int start(Catalog catalog) {
        TestPostgres server = TestPostgres.server();
        String url = server.databaseFor(dir);
        Database database = Database.open(url, server.user(), server.password());
        databases.add(database);
        Javalin app = App.create(new AppConfig(0, url, TestApp.FIXTURES), catalog, database, Clock.systemUTC()).start("127.0.0.1", 0);
        apps.add(app);
        return app.port();
    }

    private void startBoth(Catalog catalog) {
        first = start(catalog);
        second = start(catalog);
    }

    @AfterEach
    void stop() {
        apps.forEach(Javalin::stop);
        databases.forEach(Database::close);
    }

    private WebClient someone() {
        return WebClient.behindLoadBalancer(first, second);
    }

    private static JsonNode json(WebClient.Reply response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void an_assessment_started_on_one_instance_is_answered_read_and_deleted_across_both() throws Exception {
        startBoth(TestApp.fixtures());
        WebClient firm = someone();
        WebClient.Reply created = firm.json("POST", "/api/v1/assessments",
                "{\"questionnaire\": \"quick-check\", \"company\": \"Tischlerei Nowak\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = json(created).get("token").asText();
        String api = "/api/v1/assessments/" + token;

        assertThat(firm.json("PUT", api + "/answers", "{\"answers\": {\"backups\": \"auto\"}}").status()).isEqualTo(200);
        assertThat(firm.json("PUT", api + "/answers", "{\"answers\": {\"plan\": \"written\"}}").status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            JsonNode read = json(firm.get(api));
            assertThat(read.get("answers").get("backups").asText()).isEqualTo("auto");
            assertThat(read.get("answers").get("plan").asText()).isEqualTo("written");
            assertThat(read.get("company").asText()).isEqualTo("Tischlerei Nowak");
        }
        assertThat(firm.get("/a/" + token + "/result").status()).isEqualTo(200);

        assertThat(firm.json("DELETE", api, "").status()).isEqualTo(204);
        for (int i = 0; i < 2; i++) {
            // also an invalid change is "not found" on both: neither instance remembers the deleted assessment
            assertThat(firm.json("PUT", api + "/answers", "{\"answers\": {\"backups\": \"no-such-option\"}}").status())
                    .isEqualTo(404);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(firm.get(api).status()).isEqualTo(404);
        }
    }

    @Test
    void a_consultant_signed_in_on_one_instance_is_signed_in_on_both_and_failed_logins_count_on_both() {
        startBoth(TestApp.fixtures());
        TestAccounts.add(databases.get(0), "anna@example.org", "Anna");
        TestAccounts.add(databases.get(0), "bea@example.org", "Bea");

        // the form comes from one instance, the login goes to the other: the CSRF cookie holds on both
        WebClient anna = someone().login("anna@example.org", TestAccounts.PASSWORD);
        for (int i = 0; i < 2; i++) {
            assertThat(anna.get("/consultant").status()).isEqualTo(200);
        }
        assertThat(anna.postForm("/logout").status()).isEqualTo(303);
        for (int i = 0; i < 2; i++) {
            assertThat(anna.get("/consultant").status()).isEqualTo(303);
        }

        WebClient guesser = someone();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.postForm("/login", "email", "bea@example.org", "password", "wrong password " + i).status())
                    .isNotEqualTo(303);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(guesser.postForm("/login", "email", "bea@example.org", "password", TestAccounts.PASSWORD).status())
                    .isEqualTo(429);
        }
    }

    @Test
    void a_workshop_runs_across_both_instances_and_people_joining_at_once_get_different_numbers() throws Exception {
        startBoth(Fixture.miniCheck());
        TestAccounts.add(databases.get(0), "anna@example.org", "Anna");
        WebClient anna = someone().login("anna@example.org", TestAccounts.PASSWORD);
        String base = Fixture.workshop(anna, "Tischlerei Nowak");
        String code = Fixture.code(anna, base);

        WebClient bea = someone();
        assertThat(bea.postForm("/w/" + code + "/join", "name", "Bea", "role", "office").status()).isEqualTo(303);
        Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");
        Fixture.answer(bea, "/w/" + code + "/step/2", "q.software", "erp", "q.machines", "all");
        Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "4");
        assertThat(bea.postForm("/w/" + code + "/finish").status()).isEqualTo(303);

        // ten people join at the same moment, each request to either instance
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> joins = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String name = "Person " + i;
                joins.add(pool.submit(() -> someone().postForm("/w/" + code + "/join", "name", name, "role", "").status()));
            }
            for (Future<Integer> join : joins) {
                assertThat(join.get()).isEqualTo(303);
            }
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < 2; i++) {
            JsonNode live = Json.mapper().readTree(anna.get(base + "/live.json").body());
            assertThat(live.get("joined").asInt()).isEqualTo(11);
            assertThat(live.get("finished").asInt()).isEqualTo(1);
            List<Integer> numbers = new ArrayList<>();
            live.get("participants").forEach(p -> numbers.add(p.get("number").asInt()));
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            assertThat(live.get("dimensions").get(0).get("n").asInt()).isEqualTo(1);
        }
        Matcher revision = Pattern.compile("\"revision\":(\\d+)").matcher(anna.get(base + "/live.json").body());
        assertThat(revision.find()).isTrue();
        assertThat(anna.get(base + "/live.json").body()).contains("\"revision\":" + revision.group(1));
    }
}
