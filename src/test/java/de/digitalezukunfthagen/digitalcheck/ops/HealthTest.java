package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {
    @TempDir
    Path dir;

    @Test
    void health_is_200_json_while_the_database_answers() {
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
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
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
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

    @Test
    void health_turns_503_when_the_database_file_is_deleted() {
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                assertThat(web.get("/health").status()).isEqualTo(200);
                Files.delete(t.databaseFile());
                assertThat(web.get("/health").status()).isEqualTo(503);
            });
        }
    }
}
