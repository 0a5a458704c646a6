package de.digitalezukunfthagen.digitalcheck.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The app's database: an embedded SQLite file (the default) or a PostgreSQL server that several app
 * instances share. Created on first use and migrated by {@link Migrations}: the portable SQL files in
 * {@code db/migration} serve both engines; {@code db/sqlite} and {@code db/postgresql} hold the few
 * whose SQL differs. Every write runs in one transaction; the same data access code runs on both.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String ENV_USER = "DIGITALCHECK_DB_USER";
    public static final String ENV_PASSWORD = "DIGITALCHECK_DB_PASSWORD";
    /** The table that records which migrations ran (Flyway's name and format, kept by {@link Migrations}). */
    public static final String MIGRATION_HISTORY = "flyway_schema_history";
    private static final String POSTGRESQL_URL = "jdbc:postgresql:";
    /** PostgreSQL's SQLSTATE disk_full. */
    private static final String DISK_FULL = "53100";

    /** The two engines the app runs on. */
    public enum Engine {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String folder;

        Engine(String folder) {
            this.folder = folder;
        }

        /** The folder below {@code db/} with the migrations of this engine only. */
        String folder() {
            return folder;
        }
    }

    private final Engine engine;
    private final Connections connections;
    private volatile boolean closed;

    /** Work done with a connection inside a transaction or a read. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Database(Engine engine, Connections connections) {
        this.engine = engine;
        this.connections = connections;
    }

    /** Opens (and creates, and migrates) the SQLite database file. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return migrated(Engine.SQLITE, new SqliteConnections(file, false));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing SQLite file for reading only: it is never created, migrated or changed (for
     * evaluations of a copy or of a running app's file). Writes fail.
     *
     * @throws IllegalArgumentException if there is no such file
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no database file " + file);
        }
        try {
            return new Database(Engine.SQLITE, new SqliteConnections(file, true));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens (and migrates) the PostgreSQL database at a {@code jdbc:postgresql://...} URL. */
    public static Database open(String url, String user, String password) {
        if (!isPostgresql(url)) {
            throw new IllegalArgumentException("not a PostgreSQL URL (jdbc:postgresql://host:port/database): " + url);
        }
        try {
            return migrated(Engine.POSTGRESQL, new PostgresConnections(url, user, password));
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("cannot open the database " + withoutQuery(url) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens what {@code --db} or {@code DIGITALCHECK_DB} names: a {@code jdbc:postgresql://} URL, with
     * user and password from {@code env} ({@value #ENV_USER}, {@value #ENV_PASSWORD}), or else a SQLite file.
     */
    public static Database open(String location, Map<String, String> env) {
        return isPostgresql(location) ? open(location, env.get(ENV_USER), env.get(ENV_PASSWORD)) : open(Path.of(location));
    }

    public static boolean isPostgresql(String location) {
        return location != null && location.startsWith(POSTGRESQL_URL);
    }

    /** The URL without its query, which may hold a password: for messages and logs. */
    public static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static Database migrated(Engine engine, Connections connections) throws SQLException {
        try {
            Migrations.migrate(connections.migrationSource(), engine);
        } catch (SQLException | RuntimeException e) {
            connections.close();
            throw e;
        }
        return new Database(engine, connections);
    }

    public Engine engine() {
        return engine;
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or nothing. On PostgreSQL it may run more than once. */
    public <T> T transaction(Work<T> work) {
        return write(work, false);
    }

    /**
     * Like {@link #transaction}, for a write that deletes or overwrites personal data. On SQLite the
     * write-ahead log is copied into the database file and truncated afterwards, so the old content is
     * in no file any more ({@code secure_delete} has overwritten it in the database file itself).
     */
    public <T> T erasingTransaction(Work<T> work) {
        return write(work, true);
    }

    private <T> T write(Work<T> work, boolean erase) {
        try {
            return connections.write(work, erase);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static DatabaseException failure(SQLException e) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                || sqlite.getResultCode().code == SQLiteErrorCode.SQLITE_FULL.code)
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code
                || DISK_FULL.equals(e.getSQLState())) {
            LOG.error("disk full: the database cannot grow, the write was not stored ({})", e.getMessage());
            return new DiskFullException(e);
        }
        return new DatabaseException(e);
    }

    /** Runs {@code work} on a reading connection (reads run beside the writes on both engines). */
    public <T> T read(Work<T> work) {
        try {
            return connections.read(work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Can the database be used right now: open, (for SQLite) its file still in place, and a query
     * answered within {@code wait}? For a load balancer's health check.
     */
    public boolean reachable(java.time.Duration wait) {
        return !closed && connections.reachable(wait);
    }

    /**
     * Waits for the running reads and writes and closes every connection. On SQLite the write-ahead
     * log is copied into the database file first, so that the {@code .db} file alone holds all data (a
     * backup may copy just that file) and no {@code -wal} file is left. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connections.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** An unexpected database failure; the request fails with 500 and nothing half-written remains. */
    public static class DatabaseException extends RuntimeException {
        public DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The disk (or the database's size limit) is full: nothing of the write was stored; the request gets 503. */
    public static final class DiskFullException extends DatabaseException {
        public DiskFullException(SQLException cause) {
            super(cause);
        }
    }
}
