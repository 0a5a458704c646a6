package de.digitalezukunfthagen.digitalcheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.db.TestPostgres;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class HealthTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void health_is_200_json_while_the_database_answers() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient.Reply reply = new WebClient("http://localhost:" + server.port()).get("/health");
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.header("content-type")).startsWith("application/json");
                assertThat(reply.body()).isEqualTo("{\"status\":\"up\",\"database\":\"up\"}");
            });
        }
    }

    @Test
    void health_turns_503_when_the_database_is_closed() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                assertThat(web.get("/health").status()).isEqualTo(200);
                t.database().close();
                WebClient.Reply reply = web.get("/health");
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.body()).isEqualTo("{\"status\":\"down\",\"database\":\"down\"}");
            });
        }
    }

    /** SQLite: the file is deleted. PostgreSQL: the database is dropped on the server, its connections cut. */
    @Test
    void health_turns_503_within_seconds_when_the_database_is_gone() {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                assertThat(web.get("/health").status()).isEqualTo(200);
                // a save has put connections into the pools that are now cut off
                assertThat(web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\"}").status()).isEqualTo(201);
                if (engine == TestDatabase.SQLITE) {
                    Files.delete(t.databaseFile());
                } else {
                    dropDatabase(engine.location(dir));
                }
                long t0 = System.nanoTime();
                WebClient.Reply reply = web.get("/health");
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.body()).isEqualTo("{\"status\":\"down\",\"database\":\"down\"}");
                assertThat((System.nanoTime() - t0) / 1e9).isLessThan(Health.WAIT.toSeconds() + 3.0);
                // and it stays down
                assertThat(web.get("/health").status()).isEqualTo(503);
            });
        }
    }

    /** Drops the database at {@code url}, cutting its connections, from the server's {@code postgres} database. */
    private static void dropDatabase(String url) throws Exception {
        String name = url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        String other = url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]+", "$1postgres");
        try (Connection conn = DriverManager.getConnection(other, TestPostgres.server().user(), TestPostgres.server().password());
             Statement s = conn.createStatement()) {
            s.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }
}
