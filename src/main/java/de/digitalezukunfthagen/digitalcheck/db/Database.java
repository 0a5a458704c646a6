package de.digitalezukunfthagen.digitalcheck.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQLite database: created on first use, migrated with the SQL files in
 * {@code db/migration}, in WAL mode with foreign keys and a busy timeout. Every write runs in one
 * transaction; SQLite has a single writer, so writers queue here instead of failing with SQLITE_BUSY.
 * {@code secure_delete} is on, so deleted assessments are overwritten in the file.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int READERS = 4;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** Null when the database was opened read-only. */
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Path file;
    private volatile boolean closed;

    /** Work done with a connection inside a transaction or a read. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Database(Path file, boolean readOnly) throws SQLException {
        this.file = file.toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            writer = null;
            readers.add(dataSource.getConnection());
            return;
        }
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        // "delete my data" means it: deleted rows are overwritten with zeros, not left in free pages
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        writer = dataSource.getConnection();
        for (int i = 0; i < READERS; i++) {
            readers.add(dataSource.getConnection());
        }
    }

    /** Opens (and creates, and migrates) the database file. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Database database = new Database(file, false);
            Flyway.configure()
                    .dataSource(database.dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return database;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing database file for reading only: it is never created, migrated or changed
     * (for evaluations of a copy or of a running app's file). Writes fail.
     *
     * @throws IllegalArgumentException if there is no such file
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no database file " + file);
        }
        try {
            return new Database(file, true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or nothing. */
    public <T> T transaction(Work<T> work) {
        return write(work, false);
    }

    /**
     * Like {@link #transaction}, for a write that deletes or overwrites personal data: afterwards the
     * write-ahead log is copied into the database file and truncated, so the old content is in no file
     * any more ({@code secure_delete} has overwritten it in the database file itself).
     */
    public <T> T erasingTransaction(Work<T> work) {
        return write(work, true);
    }

    private <T> T write(Work<T> work, boolean erase) {
        if (writer == null) {
            throw new IllegalStateException("the database was opened read-only");
        }
        writeLock.lock();
        try {
            try (Statement begin = writer.createStatement()) {
                begin.execute("BEGIN IMMEDIATE");
            }
            T result;
            try {
                result = work.apply(writer);
                try (Statement commit = writer.createStatement()) {
                    commit.execute("COMMIT");
                }
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            }
            if (erase) {
                checkpoint();
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Undoes the open transaction. After some errors (a full disk) SQLite has rolled back already; a
     * failing ROLLBACK then must not hide the error that matters.
     */
    private void rollback(Exception cause) {
        try (Statement rollback = writer.createStatement()) {
            rollback.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Copies the write-ahead log into the database file and empties it (waits for readers up to the busy timeout). */
    private void checkpoint() throws SQLException {
        try (Statement checkpoint = writer.createStatement();
             ResultSet rs = checkpoint.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                LOG.warn("the write-ahead log could not be emptied now (a reader was busy); it will be at the next deletion or shutdown");
            }
        }
    }

    private static DatabaseException failure(SQLException e) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                || sqlite.getResultCode().code == SQLiteErrorCode.SQLITE_FULL.code)
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code) {
            LOG.error("disk full: the database cannot grow, the write was not stored ({})", e.getMessage());
            return new DiskFullException(e);
        }
        return new DatabaseException(e);
    }

    /** Runs {@code work} on a reading connection (WAL lets reads run beside the writer). */
    public <T> T read(Work<T> work) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            readers.add(connection);
        }
    }

    /**
     * Can the database be used right now: open, its file still in place, and a query answered within
     * {@code wait}? For a load balancer's health check; it never blocks longer than {@code wait}.
     */
    public boolean reachable(Duration wait) {
        if (closed || !Files.isRegularFile(file)) {
            return false;
        }
        Connection connection;
        try {
            connection = readers.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (connection == null) {
            return false;
        }
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery("SELECT 1")) {
            return rs.next() && !closed;
        } catch (SQLException e) {
            return false;
        } finally {
            readers.add(connection);
        }
    }

    /**
     * Waits for the running reads and writes, copies the write-ahead log into the database file and
     * closes every connection, so that the {@code .db} file alone holds all data (a backup may copy
     * just that file) and no {@code -wal} file is left. Closing twice does nothing.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            List<Connection> idle = new ArrayList<>();
            int open = writer == null ? 1 : READERS;
            for (int i = 0; i < open; i++) {
                Connection reader = readers.poll(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (reader != null) {
                    idle.add(reader);
                }
            }
            for (Connection reader : idle) {
                reader.close();
            }
            if (writer == null) {
                return;
            }
            try {
                checkpoint();
            } finally {
                // the last connection to close removes the -wal and -shm files
                writer.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the database", e);
        } finally {
            writeLock.unlock();
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
