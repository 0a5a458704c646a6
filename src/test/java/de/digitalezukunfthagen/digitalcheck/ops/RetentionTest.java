package de.digitalezukunfthagen.digitalcheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.cli.PurgeCommand;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The retention rules on their boundary days, with the clock fixed. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RetentionTest {
    @Parameter
    TestDatabase engine;

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String FINISHED = """
            {"industry": "crafts", "employees": 5, "plan": "none", "budget": 0, "tools": ["nothing"],
             "paper": "most", "backups": "none"}""";

    @TempDir
    Path dir;

    /** Creates a check with {@code company} and {@code answers} and makes its last change {@code daysAgo} days before NOW. */
    private static void check(WebClient web, Database database, String company, String answers, String origin, int daysAgo)
            throws IOException {
        WebClient.Reply created = web.json("POST", "/api/v1/assessments",
                "{\"questionnaire\": \"quick-check\", \"company\": \"" + company + "\", \"answers\": " + answers + "}");
        assertThat(created.status()).isEqualTo(201);
        String token = Json.mapper().readTree(created.body()).get("token").asText();
        boolean complete = Json.mapper().readTree(web.get("/api/v1/assessments/" + token).body()).get("result").get("complete")
                .asBoolean();
        assertThat(complete).as(company + " complete").isEqualTo(answers.equals(FINISHED));
        database.transaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement("UPDATE assessment SET updated_at = ?, origin = ? WHERE company = ?")) {
                update.setString(1, NOW.minus(Duration.ofDays(daysAgo)).toString());
                update.setString(2, origin);
                update.setString(3, company);
                return update.executeUpdate();
            }
        });
    }

    private static List<String> companies(Database database) {
        return database.read(conn -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = conn.prepareStatement("SELECT company FROM assessment ORDER BY company");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /**
     * Whether {@code text} can still be found where the database keeps its data: on SQLite in the database
     * file and its write-ahead log (a purge erases the deleted rows there too); on PostgreSQL, which keeps
     * no deleted data in a file that the app could empty, in any row of the assessment table.
     */
    private boolean inAnyDatabaseFile(String text) throws IOException {
        if (engine == TestDatabase.POSTGRESQL) {
            try (Database database = engine.open(dir)) {
                return database.read(conn -> {
                    try (PreparedStatement select = conn.prepareStatement("SELECT count(*) FROM assessment WHERE company = ?")) {
                        select.setString(1, text);
                        try (ResultSet rs = select.executeQuery()) {
                            rs.next();
                            return rs.getInt(1) > 0;
                        }
                    }
                });
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("test.db")).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void unfinished_online_checks_go_after_180_days_without_activity_finished_ones_stay() throws Exception {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                check(web, t.database(), "Unfertig 179", "{\"budget\": 1}", "online", 179);
                check(web, t.database(), "Unfertig 180", "{\"budget\": 1}", "online", 180);
                check(web, t.database(), "Unfertig 181", "{\"budget\": 1}", "online", 181);
                check(web, t.database(), "Fertig 400", FINISHED, "online", 400);
                check(web, t.database(), "Workshop 400", "{\"budget\": 1}", "workshop", 400);
                check(web, t.database(), "Begleitet 400", "{\"budget\": 1}", "assisted", 400);
                assertThat(inAnyDatabaseFile("Unfertig 181")).isTrue();

                Retention retention = new Retention(t.database(), CLOCK, OperationsConfig.RetentionDays.DEFAULTS);
                assertThat(retention.purge(true)).isEqualTo(new Retention.Outcome(2, 0, 0));
                assertThat(companies(t.database())).hasSize(6);

                assertThat(retention.purge(false)).isEqualTo(new Retention.Outcome(2, 0, 0));
                assertThat(companies(t.database()))
                        .containsExactly("Begleitet 400", "Fertig 400", "Unfertig 179", "Workshop 400");
                assertThat(inAnyDatabaseFile("Unfertig 180")).isFalse();
                assertThat(inAnyDatabaseFile("Unfertig 181")).isFalse();
                assertThat(retention.purge(false)).isEqualTo(new Retention.Outcome(0, 0, 0));
            });
        }
    }

    @Test
    void assisted_checks_go_after_their_own_period_when_the_operator_sets_one() throws Exception {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                check(web, t.database(), "Begleitet 364", FINISHED, "assisted", 364);
                check(web, t.database(), "Begleitet 365", FINISHED, "assisted", 365);
                assertThat(new Retention(t.database(), CLOCK, new OperationsConfig.RetentionDays(180, 0, 365)).purge(false))
                        .isEqualTo(new Retention.Outcome(0, 0, 1));
                assertThat(companies(t.database())).containsExactly("Begleitet 364");
            });
        }
    }

    @Test
    void workshops_go_by_their_last_activity_and_are_kept_without_a_period() {
        try (Database database = engine.open(dir)) {
            database.transaction(conn -> {
                try (var s = conn.createStatement()) {
                    s.execute("INSERT INTO consultant (id, email, name, password_hash, created_at) VALUES (1, 'b@example.org', 'B', 'x', 0)");
                }
                long day = Duration.ofDays(1).toMillis();
                workshop(conn, 1, "Alt 91", NOW.toEpochMilli() - 300 * day, NOW.toEpochMilli() - 91 * day);
                workshop(conn, 2, "Alt 90", NOW.toEpochMilli() - 300 * day, NOW.toEpochMilli() - 90 * day);
                workshop(conn, 3, "Aktiv 89", NOW.toEpochMilli() - 300 * day, NOW.toEpochMilli() - 89 * day);
                return null;
            });
            assertThat(new Retention(database, CLOCK, OperationsConfig.RetentionDays.DEFAULTS).purge(false).workshops()).isZero();
            assertThat(new Retention(database, CLOCK, new OperationsConfig.RetentionDays(180, 90, 0)).purge(false).workshops()).isEqualTo(2);
            List<String> left = database.read(conn -> {
                List<String> names = new ArrayList<>();
                try (var s = conn.createStatement(); var rs = s.executeQuery("SELECT company FROM workshop")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                try (var s = conn.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM workshop_participant")) {
                    rs.next();
                    names.add("participants: " + rs.getInt(1));
                }
                return names;
            });
            assertThat(left).containsExactly("Aktiv 89", "participants: 1");
        }
    }

    /** A workshop created long ago whose one participant last answered at {@code lastAnswer}. */
    private static void workshop(java.sql.Connection conn, int id, String company, long created, long lastAnswer)
            throws java.sql.SQLException {
        try (PreparedStatement insert = conn.prepareStatement("""
                INSERT INTO workshop (id, public_id, consultant_id, company, questionnaire_id, version, join_code, created_at)
                VALUES (?, ?, 1, ?, 'quick-check', 1, ?, ?)""")) {
            insert.setInt(1, id);
            insert.setString(2, "w" + id);
            insert.setString(3, company);
            insert.setString(4, "CODE" + id);
            insert.setLong(5, created);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = conn.prepareStatement("""
                INSERT INTO workshop_participant (workshop_id, number, token_hash, name, joined_at, updated_at)
                VALUES (?, 1, ?, 'Anna', ?, ?)""")) {
            insert.setInt(1, id);
            insert.setString(2, "hash" + id);
            insert.setLong(3, created);
            insert.setLong(4, lastAnswer);
            insert.executeUpdate();
        }
    }

    @Test
    void the_purge_command_counts_with_dry_run_and_deletes_without() throws Exception {
        try (TestApp t = OpsApp.create(dir, OperationsConfig.DEFAULTS, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                check(web, t.database(), "Unfertig 200", "{\"budget\": 1}", "online", 200);
            });
        }
        Cli cli = new Cli().register("purge", new PurgeCommand(CLOCK));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), engine.env());
        String db = engine.location(dir);
        assertThat(cli.run(new String[] {"purge", "--db", db, "--dry-run"}, io)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("would delete 1 unfinished online check(s)")
                .contains("would delete 0 workshop(s) (kept: no retention period set)");
        out.reset();
        assertThat(cli.run(new String[] {"purge", "--db", db, "--retain-unfinished", "201"}, io)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("deleted 0 unfinished");
        out.reset();
        assertThat(cli.run(new String[] {"purge", "--db", db}, io)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("deleted 1 unfinished online check(s) (inactive for 180 days or more)");
        assertThat(inAnyDatabaseFile("Unfertig 200")).isFalse();
        assertThat(Main.cli().run(new String[] {"purge", "--help"}, io)).isEqualTo(Cli.OK);
    }
}
