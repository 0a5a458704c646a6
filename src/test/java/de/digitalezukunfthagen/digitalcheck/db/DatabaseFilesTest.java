package de.digitalezukunfthagen.digitalcheck.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the database leaves in its files: nothing of deleted data, everything in the .db after closing. */
class DatabaseFilesTest {
    @TempDir
    Path dir;

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }

    /** Every file of the database (.db, -wal, -shm, -journal) with its bytes. */
    private List<byte[]> databaseFiles() throws IOException {
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("test.db")).toList()) {
                all.add(Files.readAllBytes(f));
            }
        }
        return all;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_deleted_company_name_is_in_none_of_the_database_files() throws Exception {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    WebClient.Reply r = web.json("POST", "/api/v1/assessments",
                            "{\"questionnaire\": \"quick-check\", \"company\": \"Zebrafink Metallbau " + i + "\"}");
                    assertThat(r.status()).isEqualTo(201);
                    tokens.add(json(r.body()).get("token").asText());
                }
                // more writes of the same row, so that several versions of its page are in the log
                web.json("PUT", "/api/v1/assessments/" + tokens.get(2) + "/answers", "{\"answers\": {\"budget\": 3}}");
                assertThat(databaseFiles().stream().anyMatch(b -> contains(b, "Zebrafink Metallbau 2"))).isTrue();

                assertThat(web.send("DELETE", "/api/v1/assessments/" + tokens.get(2), null, null).status()).isEqualTo(204);

                assertThat(databaseFiles()).isNotEmpty().noneMatch(b -> contains(b, "Zebrafink Metallbau 2"));
                assertThat(web.get("/api/v1/assessments/" + tokens.get(1)).body()).contains("Zebrafink Metallbau 1");
            });
        }
    }

    @Test
    void after_stopping_the_app_and_closing_the_database_the_db_file_alone_holds_everything() throws Exception {
        String token;
        TestApp t = TestApp.create(dir);
        String[] created = new String[1];
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient web = new WebClient("http://localhost:" + server.port());
            WebClient.Reply r = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"company\": \"Kranich Elektro\"}");
            created[0] = json(r.body()).get("token").asText();
        });
        token = created[0];
        assertThat(Files.exists(dir.resolve("test.db-wal"))).isTrue();
        t.close();
        t.close(); // closing twice does no harm

        assertThat(dir.resolve("test.db-wal")).doesNotExist();
        assertThat(dir.resolve("test.db-shm")).doesNotExist();
        // a backup that copies only the .db file has all tables and rows
        Path backup = Files.createDirectories(dir.resolve("backup")).resolve("copy.db");
        Files.copy(dir.resolve("test.db"), backup);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT company FROM assessment")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Kranich Elektro");
        }
        assertThat(token).isNotBlank();
    }

    @Test
    void a_full_disk_answers_503_in_the_readers_terms_logs_disk_full_and_keeps_what_was_saved() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply first = web.json("POST", "/api/v1/assessments",
                        "{\"questionnaire\": \"quick-check\", \"company\": \"Reiher Bau\"}");
                String kept = json(first.body()).get("token").asText();
                // the database may not grow by a single page any more: as a full disk does
                t.database().transaction(conn -> {
                    try (Statement s = conn.createStatement()) {
                        long pages;
                        try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                            rs.next();
                            pages = rs.getLong(1);
                        }
                        s.execute("PRAGMA max_page_count = " + pages);
                    }
                    return null;
                });
                System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
                WebClient.Reply api = null;
                String longText = "Sehr lange Antwort ".repeat(100);
                for (int i = 0; i < 200; i++) {
                    api = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\", \"company\": \"Firma "
                            + i + "\", \"answers\": {\"notes\": \"" + longText + "\"}}");
                    if (api.status() != 201) {
                        break;
                    }
                }
                assertThat(api.status()).isEqualTo(503);
                assertThat(api.header("content-type")).startsWith("application/problem+json");
                assertThat(json(api.body()).get("detail").asText()).contains("storage is full");

                web.get("/?lang=de");
                WebClient.Reply page = web.postForm("/assessments", "questionnaire", "quick-check", "company", "Firma Seite "
                        + longText.substring(0, 90));
                for (int i = 0; i < 50 && page.status() != 503; i++) {
                    page = web.postForm("/assessments", "questionnaire", "quick-check", "company", "Firma Seite " + i);
                }
                assertThat(page.status()).isEqualTo(503);
                assertThat(page.header("content-type")).startsWith("text/html");
                assertThat(page.body()).contains("Gerade kann nichts gespeichert werden").contains("bleibt erhalten");

                System.setErr(stderr);
                assertThat(log.toString(StandardCharsets.UTF_8)).contains("disk full").doesNotContain("cannot rollback");
                WebClient.Reply still = web.get("/api/v1/assessments/" + kept);
                assertThat(still.status()).isEqualTo(200);
                assertThat(still.body()).contains("Reiher Bau");
            });
        } finally {
            System.setErr(stderr);
        }
    }
}
