package de.digitalezukunfthagen.digitalcheck.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Brings the schema up to date with the SQL files of {@code db/migration} and the engine's own folder
 * ({@code db/sqlite} or {@code db/postgresql}), named in {@value #INDEX} so the start needs no classpath
 * scan. The applied migrations are recorded in Flyway's table {@value #HISTORY}, in Flyway's format
 * (its columns, its CRC32 checksum of the lines, installed rank, type {@code SQL}): databases that
 * Flyway migrated are read as they are, and the other way round.
 *
 * <p>Before anything runs, the history is checked against the files: an applied migration whose file
 * changed, or that this build does not have, or a new file older than the applied ones, stops the
 * start with a message naming the file. All pending migrations run in one transaction, so a failure
 * leaves the schema as it was; on PostgreSQL an advisory lock makes instances that start together wait
 * for each other (the lock Flyway takes, so an instance of an older build waits too).
 */
final class Migrations {
    static final String INDEX = "db/migrations.txt";
    static final String HISTORY = Database.MIGRATION_HISTORY;
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    /** Flyway's base number for its PostgreSQL advisory lock; the hash of the table's name is added. */
    private static final long FLYWAY_LOCK = 77431708279161L;

    /** One migration file: its version, Flyway's description (the name's words), file name, text and checksum. */
    record Migration(int version, String description, String script, String sql, int checksum) {
    }

    /** A row of the history table. */
    private record Applied(int rank, String version, String script, Integer checksum, boolean success) {
    }

    private Migrations() {
    }

    /** Migrates the database behind {@code source}; returns how many migrations ran. */
    static int migrate(DataSource source, Database.Engine engine) throws SQLException {
        List<Migration> migrations = of(engine);
        try (Connection conn = source.getConnection()) {
            begin(conn, engine);
            try {
                int ran = migrate(conn, engine, migrations);
                commit(conn, engine);
                return ran;
            } catch (SQLException | RuntimeException e) {
                rollback(conn, engine, e);
                throw e;
            }
        }
    }

    /** The migrations of {@code engine} in the order of their versions. */
    static List<Migration> of(Database.Engine engine) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        for (String path : index()) {
            String folder = path.substring(0, path.indexOf('/'));
            if (!folder.equals("migration") && !folder.equals(engine.folder())) {
                continue;
            }
            Migration migration = read("db/" + path);
            Migration before = byVersion.put(migration.version(), migration);
            if (before != null) {
                throw new IllegalStateException("two migrations have version " + migration.version() + ": "
                        + before.script() + " and " + path);
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** The paths below {@code db/} that {@value #INDEX} lists, one a line. */
    static List<String> index() {
        List<String> paths = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Migration read(String path) {
        String script = path.substring(path.lastIndexOf('/') + 1);
        Matcher name = NAME.matcher(script);
        if (!name.matches()) {
            throw new IllegalStateException("a migration is named V<number>__<words>.sql, not " + path);
        }
        String sql = resource(path);
        return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), script, sql, checksum(sql));
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + path + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Flyway's checksum: CRC32 of the UTF-8 bytes of each line without its line break, byte order mark removed. */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        String text = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static int migrate(Connection conn, Database.Engine engine, List<Migration> migrations) throws SQLException {
        try (Statement create = conn.createStatement()) {
            create.executeUpdate(engine == Database.Engine.SQLITE ? """
                    CREATE TABLE IF NOT EXISTS "flyway_schema_history" (
                        "installed_rank" INT NOT NULL PRIMARY KEY,
                        "version" VARCHAR(50),
                        "description" VARCHAR(200) NOT NULL,
                        "type" VARCHAR(20) NOT NULL,
                        "script" VARCHAR(1000) NOT NULL,
                        "checksum" INT,
                        "installed_by" VARCHAR(100) NOT NULL,
                        "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
                        "execution_time" INT NOT NULL,
                        "success" BOOLEAN NOT NULL
                    );
                    CREATE INDEX IF NOT EXISTS "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
                    """ : """
                    CREATE TABLE IF NOT EXISTS flyway_schema_history (
                        installed_rank INT NOT NULL,
                        version VARCHAR(50),
                        description VARCHAR(200) NOT NULL,
                        type VARCHAR(20) NOT NULL,
                        script VARCHAR(1000) NOT NULL,
                        checksum INTEGER,
                        installed_by VARCHAR(100) NOT NULL,
                        installed_on TIMESTAMP NOT NULL DEFAULT now(),
                        execution_time INTEGER NOT NULL,
                        success BOOLEAN NOT NULL,
                        CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank)
                    );
                    CREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success);
                    """);
        }
        List<Applied> applied = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT installed_rank, version, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank
                """)) {
            while (rs.next()) {
                int checksum = rs.getInt(4);
                applied.add(new Applied(rs.getInt(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : checksum,
                        rs.getBoolean(5)));
            }
        }
        int highest = validate(applied, migrations);
        int rank = applied.stream().mapToInt(Applied::rank).max().orElse(0);
        String user = engine == Database.Engine.SQLITE ? "" : currentUser(conn);
        int ran = 0;
        for (Migration m : migrations) {
            if (m.version() <= highest) {
                continue;
            }
            long started = System.nanoTime();
            try (Statement run = conn.createStatement()) {
                // both drivers run every statement of the text (sqlite-jdbc's executeUpdate, pgjdbc's execute)
                if (engine == Database.Engine.SQLITE) {
                    run.executeUpdate(m.sql());
                } else {
                    run.execute(m.sql());
                }
            } catch (SQLException e) {
                throw new SQLException("migration " + m.script() + " failed: " + e.getMessage(), e.getSQLState(), e);
            }
            try (PreparedStatement insert = conn.prepareStatement("""
                    INSERT INTO flyway_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                    VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?)
                    """)) {
                insert.setInt(1, ++rank);
                insert.setString(2, Integer.toString(m.version()));
                insert.setString(3, m.description());
                insert.setString(4, m.script());
                insert.setInt(5, m.checksum());
                insert.setString(6, user);
                insert.setInt(7, (int) ((System.nanoTime() - started) / 1_000_000));
                insert.setBoolean(8, true);
                insert.executeUpdate();
            }
            ran++;
        }
        return ran;
    }

    /**
     * Checks the history against the files and returns the highest applied version (0 for a new
     * database).
     *
     * @throws IllegalStateException naming the file, when the history and the files disagree
     */
    private static int validate(List<Applied> applied, List<Migration> migrations) {
        Map<String, Migration> byVersion = new TreeMap<>();
        migrations.forEach(m -> byVersion.put(Integer.toString(m.version()), m));
        int highest = 0;
        for (Applied a : applied) {
            if (a.version() == null) {
                continue; // Flyway's own rows (schema creation, repeatable migrations): not ours to check
            }
            if (!a.success()) {
                throw new IllegalStateException("the migration " + a.script() + " failed earlier and is marked as failed in "
                        + HISTORY + "; repair the database by hand (or restore a backup) before starting again");
            }
            Migration local = byVersion.get(a.version());
            if (local == null) {
                throw new IllegalStateException("the database has migration " + a.script() + " (version " + a.version()
                        + "), which this build does not have: is it older than the database?");
            }
            if (a.checksum() == null || a.checksum() != local.checksum()) {
                throw new IllegalStateException("the migration " + local.script() + " was changed after it was applied "
                        + "(checksum " + a.checksum() + " in the database, " + local.checksum() + " of the file); "
                        + "restore the file and put the change into a new migration");
            }
            highest = Math.max(highest, local.version());
        }
        List<String> applies = applied.stream().map(Applied::version).toList();
        for (Migration m : migrations) {
            if (m.version() < highest && !applies.contains(Integer.toString(m.version()))) {
                throw new IllegalStateException("the migration " + m.script() + " is older than the newest applied one (version "
                        + highest + ") but was never applied; give it a version above " + highest);
            }
        }
        return highest;
    }

    private static String currentUser(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Opens the transaction and takes the engine's lock first: SQLite's write lock, or on PostgreSQL
     * the advisory lock Flyway takes for this table, held until the transaction ends. Read committed, so
     * an instance that waited sees what the other one migrated.
     */
    private static void begin(Connection conn, Database.Engine engine) throws SQLException {
        if (engine == Database.Engine.SQLITE) {
            conn.setAutoCommit(true);
            SqliteConnections.patiently(() -> {
                try (Statement s = conn.createStatement()) {
                    return s.execute("BEGIN IMMEDIATE");
                }
            });
            return;
        }
        conn.setAutoCommit(false);
        conn.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        String schema;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        try (PreparedStatement lock = conn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, FLYWAY_LOCK + ("\"" + schema + "\".\"" + HISTORY + "\"").hashCode());
            lock.executeQuery().close();
        }
    }

    private static void commit(Connection conn, Database.Engine engine) throws SQLException {
        if (engine == Database.Engine.SQLITE) {
            try (Statement s = conn.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            conn.commit();
        }
    }

    private static void rollback(Connection conn, Database.Engine engine, Exception cause) {
        try {
            if (engine == Database.Engine.SQLITE) {
                try (Statement s = conn.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                conn.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
