package de.digitalezukunfthagen.digitalcheck.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database: created on first use, migrated with the SQL files in
 * {@code db/migration}, in WAL mode with foreign keys and a busy timeout. Every write runs in one
 * transaction; SQLite has a single writer, so writers queue here instead of failing with SQLITE_BUSY.
 * {@code secure_delete} is on, so deleted assessments are overwritten in the file.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;

    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    /** Work done with a connection inside a transaction or a read. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Database(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
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
            Database database = new Database(file);
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

    /** Runs {@code work} in one write transaction: all of it is stored, or nothing. */
    public <T> T transaction(Work<T> work) {
        writeLock.lock();
        try {
            try (Statement begin = writer.createStatement()) {
                begin.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.apply(writer);
                try (Statement commit = writer.createStatement()) {
                    commit.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try (Statement rollback = writer.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            writeLock.unlock();
        }
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
            throw new DatabaseException(e);
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            writer.close();
            for (Connection c : readers) {
                c.close();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** An unexpected database failure; the request fails with 500 and nothing half-written remains. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
