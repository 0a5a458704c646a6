package de.digitalezukunfthagen.digitalcheck.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Migrations} against Flyway, the tool it replaced at the start: each accepts what the other
 * migrated, their history rows and checksums are the same, and a history that does not fit the files
 * stops the start with the file's name.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class MigrationsTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    /** A new, empty database of the engine; {@code name} tells several apart in one test. */
    private String emptyDatabase(String name) {
        return switch (engine) {
            case SQLITE -> dir.resolve(name + ".db").toString();
            case POSTGRESQL -> TestPostgres.server().emptyDatabaseFor(dir.resolve(name));
        };
    }

    private String jdbcUrl(String location) {
        return engine == TestDatabase.SQLITE ? "jdbc:sqlite:" + location : location;
    }

    private Connection connect(String location) throws SQLException {
        return engine == TestDatabase.SQLITE ? DriverManager.getConnection(jdbcUrl(location))
                : DriverManager.getConnection(location, TestPostgres.server().user(), TestPostgres.server().password());
    }

    private Flyway flyway(String location, String target) {
        String folder = engine == TestDatabase.SQLITE ? "sqlite" : "postgresql";
        var config = Flyway.configure().locations("classpath:db/migration", "classpath:db/" + folder).target(target);
        return (engine == TestDatabase.SQLITE ? config.dataSource(jdbcUrl(location), null, null)
                : config.dataSource(location, TestPostgres.server().user(), TestPostgres.server().password())).load();
    }

    private Database openWithMigrations(String location) {
        return Database.open(location, engine.env());
    }

    /** The history as Flyway and Migrations both write it, without the time columns. */
    private List<String> history(String location) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection conn = connect(location); Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT installed_rank, version, description, type, script, checksum, installed_by, success
                FROM flyway_schema_history ORDER BY installed_rank""")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getInt(6) + " '" + rs.getString(7) + "' " + rs.getBoolean(8));
            }
        }
        return rows;
    }

    private void update(String location, String sql) throws SQLException {
        try (Connection conn = connect(location); Statement s = conn.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void the_history_and_checksums_are_the_ones_flyway_writes() throws Exception {
        String byFlyway = emptyDatabase("flyway");
        flyway(byFlyway, "latest").migrate();
        String byApp = emptyDatabase("app");
        openWithMigrations(byApp).close();

        assertThat(history(byApp)).hasSize(Migrations.of(Database.Engine.valueOf(engine.name())).size()).isEqualTo(history(byFlyway));
    }

    @Test
    void a_database_migrated_by_flyway_is_opened_without_a_change() throws Exception {
        String location = emptyDatabase("flyway");
        flyway(location, "latest").migrate();
        List<String> before = history(location);

        openWithMigrations(location).close();

        assertThat(history(location)).isEqualTo(before);
    }

    @Test
    void flyway_finds_nothing_to_do_in_a_database_the_app_migrated() {
        String location = emptyDatabase("app");
        openWithMigrations(location).close();

        Flyway flyway = flyway(location, "latest");
        flyway.validate();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void the_migrations_flyway_has_not_run_yet_are_run_by_the_app() throws Exception {
        String location = emptyDatabase("half");
        flyway(location, "13").migrate();
        assertThat(history(location)).hasSize(6);

        openWithMigrations(location).close();

        String complete = emptyDatabase("complete");
        flyway(complete, "latest").migrate();
        assertThat(history(location)).isEqualTo(history(complete));
    }

    /** Migrates a database, changes its history with {@code change}, and expects the next start to stop with {@code message}. */
    private void assertTheStartStops(String change, String message) throws SQLException {
        String location = emptyDatabase("app");
        openWithMigrations(location).close();
        update(location, change);

        assertThatThrownBy(() -> openWithMigrations(location))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @Test
    void a_migration_changed_after_it_was_applied_stops_the_start_naming_its_file() throws Exception {
        assertTheStartStops("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'",
                "V2__assessments.sql was changed after it was applied");
    }

    @Test
    void an_applied_migration_this_build_does_not_have_stops_the_start() throws Exception {
        assertTheStartStops("""
                INSERT INTO flyway_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, '', 0, TRUE)""",
                "V99__from_the_future.sql (version 99), which this build does not have");
    }

    @Test
    void a_migration_marked_as_failed_stops_the_start() throws Exception {
        assertTheStartStops("UPDATE flyway_schema_history SET success = FALSE WHERE version = '31'",
                "V31__account_roles.sql failed earlier");
    }

    @Test
    void a_migration_missing_from_the_history_below_the_newest_stops_the_start() throws Exception {
        assertTheStartStops("DELETE FROM flyway_schema_history WHERE version = '20'",
                "V20__create_events.sql is older than the newest applied one");
    }

    @Test
    void a_failing_migration_leaves_the_database_as_it_was() throws Exception {
        String location = emptyDatabase("half");
        flyway(location, "13").migrate();
        List<String> before = history(location);
        // V16 creates workshop_note, then fails at workshop_action
        update(location, "CREATE TABLE workshop_action (id INTEGER)");

        assertThatThrownBy(() -> openWithMigrations(location))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V16__workshop_people_and_consensus.sql failed");
        assertThat(history(location)).isEqualTo(before);
        try (Connection conn = connect(location); ResultSet tables = conn.getMetaData().getTables(null, null, "workshop_note", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    @Test
    void instances_starting_together_migrate_once() throws Exception {
        String location = emptyDatabase("shared");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Database>> opened = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opened.add(pool.submit((Callable<Database>) () -> openWithMigrations(location)));
            }
            for (Future<Database> database : opened) {
                database.get().close();
            }
        } finally {
            pool.shutdownNow();
        }

        String complete = emptyDatabase("complete");
        flyway(complete, "latest").migrate();
        assertThat(history(location)).isEqualTo(history(complete));
    }

    @Test
    void the_index_names_every_migration_file() throws Exception {
        URL folder = getClass().getClassLoader().getResource("db/migration");
        Path db = Path.of(folder.toURI()).getParent();
        List<String> files;
        try (Stream<Path> all = Files.walk(db)) {
            files = all.filter(p -> p.toString().endsWith(".sql")).map(p -> db.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }

        assertThat(Migrations.index()).containsExactlyInAnyOrderElementsOf(files);
    }
}
