package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestPostgres;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.workshop.Fixture;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate-db}: everything of a SQLite file in an empty PostgreSQL database, verified, and never into a full one. */
class MigrateDbCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        TestPostgres server = TestPostgres.server();
        Map<String, String> env = new HashMap<>();
        env.put(Database.ENV_USER, server.user());
        if (server.password() != null) {
            env.put(Database.ENV_PASSWORD, server.password());
        }
        env.put(AppConfig.ENV_QUESTIONNAIRES, Fixture.QUESTIONNAIRES.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.cli().run(args, new Cli.Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What the file holds: an answered assessment's token and a workshop's address. */
    private record Filled(String token, String workshop) {
    }

    /** A SQLite file with a bit of everything: assessments, a consultant, a workshop with people, notes and a plan. */
    private Filled fill() throws Exception {
        try (TestApp t = Fixture.app(dir)) {
            Filled[] filled = new Filled[1];
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient firm = new WebClient(server.port());
                WebClient.Reply created = firm.json("POST", "/api/v1/assessments", """
                        {"questionnaire": "mini-check", "company": "Tischlerei Nowak",
                         "answers": {"industry": "crafts", "employees": 12, "plan": "written", "budget": "yes"}}""");
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                firm.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"mini-check\"}");
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Metallbau Kruse");
                String code = Fixture.code(anna, base);
                WebClient bea = Fixture.participant(server.port(), code, "Bea", "office");
                Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");
                Fixture.participant(server.port(), code, "Carl", "production");
                anna.postForm("/login", "email", "bea@example.org", "password", "wrong guess");
                filled[0] = new Filled(Json.mapper().readTree(created.body()).get("token").asText(), base);
            });
            return filled[0];
        }
    }

    @Test
    void every_row_arrives_the_copy_works_as_the_file_did_and_new_rows_get_new_ids() throws Exception {
        Filled filled = fill();
        String url = TestPostgres.server().emptyDatabaseFor(dir);

        Run copied = run("migrate-db", "--from", dir.resolve("test.db").toString(), "--to", url);

        assertThat(copied.code()).as(copied.err()).isEqualTo(Cli.OK);
        assertThat(copied.out()).contains("row counts match, and 2 assessments score the same on both");
        // the summary evaluation reads PostgreSQL as it reads the file, and comes to the same figures
        Run statsOfFile = run("stats", "--db", dir.resolve("test.db").toString(), "--format", "json");
        Run statsOfCopy = run("stats", "--db", url, "--format", "json");
        assertThat(statsOfCopy.code()).as(statsOfCopy.err()).isEqualTo(Cli.OK);
        assertThat(statsOfCopy.out()).isEqualTo(statsOfFile.out()).contains("mini-check");
        TestPostgres server = TestPostgres.server();
        try (Database database = Database.open(url, server.user(), server.password())) {
            assertThat(count(database, "workshop_participant")).isEqualTo(2);
            assertThat(count(database, "login_failure")).isEqualTo(1);
            Javalin app = App.create(new AppConfig(0, url, Fixture.QUESTIONNAIRES), Fixture.miniCheck(), database, Clock.systemUTC());
            JavalinTest.test(app, (srv, client) -> {
                WebClient firm = new WebClient(srv.port());
                JsonNode read = Json.mapper().readTree(firm.get("/api/v1/assessments/" + filled.token()).body());
                assertThat(read.get("company").asText()).isEqualTo("Tischlerei Nowak");
                assertThat(read.get("answers").get("plan").asText()).isEqualTo("written");
                assertThat(firm.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"mini-check\"}").status()).isEqualTo(201);

                WebClient anna = new WebClient(srv.port()).login("anna@example.org", TestAccounts.PASSWORD);
                assertThat(anna.get(filled.workshop()).body()).contains("Metallbau Kruse");
                String code = Fixture.code(anna, filled.workshop());
                WebClient dora = Fixture.participant(srv.port(), code, "Dora", "it");
                assertThat(dora.get("/w/" + code + "/step/1").status()).isEqualTo(200);
                TestAccounts.add(database, "ben@example.org", "Ben");
            });
            assertThat(count(database, "workshop_participant")).isEqualTo(3);
        }
    }

    @Test
    void a_target_that_holds_data_is_refused_and_keeps_what_it_had() throws Exception {
        fill();
        String url = TestPostgres.server().emptyDatabaseFor(dir);
        assertThat(run("migrate-db", "--from", dir.resolve("test.db").toString(), "--to", url).code()).isEqualTo(Cli.OK);

        Run again = run("migrate-db", "--from", dir.resolve("test.db").toString(), "--to", url);

        assertThat(again.code()).isEqualTo(MigrateDbCommand.FAILED);
        assertThat(again.err()).contains("the target database is not empty", "nothing was copied");
        TestPostgres server = TestPostgres.server();
        try (Database database = Database.open(url, server.user(), server.password())) {
            assertThat(count(database, "assessment")).isEqualTo(2);
        }
    }

    @Test
    void a_missing_file_or_a_target_that_is_no_postgresql_url_is_a_usage_error() {
        Run noFile = run("migrate-db", "--from", dir.resolve("none.db").toString(), "--to", "jdbc:postgresql://localhost/x");
        assertThat(noFile.code()).isEqualTo(Cli.USAGE);
        assertThat(noFile.err()).contains("there is no SQLite file");
        Run noUrl = run("migrate-db", "--from", "x.db", "--to", dir.resolve("other.db").toString());
        assertThat(noUrl.code()).isEqualTo(Cli.USAGE);
    }

    private static long count(Database database, String table) {
        return database.read(conn -> {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
