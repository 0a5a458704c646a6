package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    private static final int WRITERS = 3;
    private static final int BEFORE_BACKUP = 30;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli().register("backup", new BackupCommand());
    private final Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

    @Test
    void a_backup_taken_while_answers_are_saved_holds_every_answer_acknowledged_before_it_began() throws Exception {
        Path backup = dir.resolve("backup").resolve("copy.db");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        List<String> before;
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS.withCreateLimits(0, 0))) {
            int[] exit = new int[1];
            java.util.concurrent.atomic.AtomicReference<List<String>> snapshot = new java.util.concurrent.atomic.AtomicReference<>();
            JavalinTest.test(t.app(), (server, client) -> {
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                try {
                    Future<?>[] writers = new Future<?>[WRITERS];
                    for (int w = 0; w < WRITERS; w++) {
                        int writer = w;
                        writers[w] = pool.submit(() -> {
                            WebClient web = new WebClient("http://localhost:" + server.port());
                            for (int i = 0; running.get(); i++) {
                                String company = "Firma " + writer + "-" + i;
                                WebClient.Reply r = web.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"quick-check\", "
                                        + "\"company\": \"" + company + "\", \"answers\": {\"budget\": " + (i % 10) + "}}");
                                if (r.status() == 201) {
                                    acknowledged.add(company);
                                }
                            }
                            return null;
                        });
                    }
                    while (acknowledged.size() < BEFORE_BACKUP) {
                        Thread.onSpinWait();
                    }
                    snapshot.set(List.copyOf(acknowledged));
                    exit[0] = cli.run(new String[] {"backup", "--db", t.databaseFile().toString(), "--out", backup.toString()}, io);
                    int during = acknowledged.size();
                    running.set(false);
                    for (Future<?> writer : writers) {
                        writer.get();
                    }
                    assertThat(during).as("answers were saved while the backup ran").isGreaterThanOrEqualTo(BEFORE_BACKUP);
                } finally {
                    pool.shutdownNow();
                }
            });
            before = snapshot.get();
            assertThat(exit[0]).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("written to " + backup);
        assertThat(backup.resolveSibling("copy.db-wal")).doesNotExist();

        // restore: the copy is opened as the app's database
        Map<String, Integer> restored = new HashMap<>();
        try (Database database = Database.open(backup)) {
            database.read(conn -> {
                try (Statement s = conn.createStatement();
                     ResultSet rs = s.executeQuery("SELECT company, answers_json FROM assessment")) {
                    while (rs.next()) {
                        restored.put(rs.getString(1), de.digitalezukunfthagen.digitalcheck.common.Json.mapper().readTree(rs.getString(2))
                                .get("budget").asInt());
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        assertThat(restored.keySet()).containsAll(before);
        for (String company : before) {
            int i = Integer.parseInt(company.substring(company.indexOf('-') + 1));
            assertThat(restored.get(company)).as(company).isEqualTo(i % 10);
        }
    }

    @Test
    void a_backup_never_overwrites_a_file_and_needs_an_existing_database() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.db"), "keep me");
        Database.open(dir.resolve("live.db")).close();
        assertThat(cli.run(new String[] {"backup", "--db", dir.resolve("live.db").toString(), "--out", existing.toString()}, io))
                .isEqualTo(Cli.USAGE);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(cli.run(new String[] {"backup", "--db", dir.resolve("none.db").toString(), "--out", dir.resolve("x.db").toString()},
                io)).isEqualTo(Cli.USAGE);
        assertThat(dir.resolve("none.db")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists already").contains("no database file");
    }
}
