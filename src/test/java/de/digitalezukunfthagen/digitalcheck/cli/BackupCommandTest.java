package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
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
import java.util.Set;
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

    /** Each writer creates a check with a budget, then changes the budget once; what was acknowledged, by company. */
    @Test
    void a_backup_taken_while_answers_are_saved_restores_to_an_app_with_every_answer_acknowledged_before_it_began()
            throws Exception {
        Path backup = dir.resolve("backup").resolve("copy.db");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> before;
        Set<String> changedBefore;
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS.withCreateLimits(0, 0))) {
            int[] exit = new int[1];
            java.util.concurrent.atomic.AtomicReference<List<String>> snapshot = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicReference<Set<String>> changedSnapshot = new java.util.concurrent.atomic.AtomicReference<>();
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
                                    String token = Json.mapper().readTree(r.body()).get("token").asText();
                                    tokens.put(company, token);
                                    acknowledged.add(company);
                                    WebClient.Reply put = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                                            "{\"answers\": {\"budget\": " + ((i + 1) % 10) + "}}");
                                    if (put.status() == 200) {
                                        changed.add(company);
                                    }
                                }
                            }
                            return null;
                        });
                    }
                    while (acknowledged.size() < BEFORE_BACKUP) {
                        Thread.onSpinWait();
                    }
                    changedSnapshot.set(Set.copyOf(changed));
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
            changedBefore = changedSnapshot.get();
            assertThat(exit[0]).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("written to " + backup);
        assertThat(backup.resolveSibling("copy.db-wal")).doesNotExist();

        // restore as the operations guide says: the copy becomes the database file of a new app
        Path restoredDir = Files.createDirectories(dir.resolve("restored"));
        Files.copy(backup, restoredDir.resolve("test.db"));
        try (TestApp t = TestApp.create(restoredDir, OperationsConfig.DEFAULTS)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                for (String company : before) {
                    WebClient.Reply r = web.get("/api/v1/assessments/" + tokens.get(company));
                    assertThat(r.status()).as(company).isEqualTo(200);
                    int budget = Json.mapper().readTree(r.body()).get("answers").get("budget").asInt();
                    int i = Integer.parseInt(company.substring(company.indexOf('-') + 1));
                    if (changedBefore.contains(company)) {
                        assertThat(budget).as(company + ", changed before the backup").isEqualTo((i + 1) % 10);
                    } else {
                        // its change was in flight or came later: either value may be in the copy
                        assertThat(budget).as(company).isIn(i % 10, (i + 1) % 10);
                    }
                }
            });
        }
        assertThat(changedBefore).as("changes acknowledged before the backup").isNotEmpty();
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
