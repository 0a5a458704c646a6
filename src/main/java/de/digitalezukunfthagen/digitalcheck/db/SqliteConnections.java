package de.digitalezukunfthagen.digitalcheck.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded SQLite file in WAL mode with foreign keys and a busy timeout. SQLite has a single
 * writer, so writers queue here for the one writing connection instead of failing with SQLITE_BUSY;
 * four reading connections run beside it. {@code secure_delete} is on, so deleted rows are
 * overwritten in the file, and an erasing write empties the write-ahead log afterwards.
 */
final class SqliteConnections implements Connections {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteConnections.class);
    private static final int READERS = 4;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** Null when the file was opened read-only. */
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Path file;
    private volatile boolean closed;

    SqliteConnections(Path file, boolean readOnly) throws SQLException {
        this.file = file.toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            dataSource = new PatientDataSource(config);
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
        dataSource = new PatientDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        writer = dataSource.getConnection();
        for (int i = 0; i < READERS; i++) {
            readers.add(dataSource.getConnection());
        }
    }

    /** Work with SQLite that may find the file busy. */
    @FunctionalInterface
    interface BusyProne<T> {
        T run() throws SQLException;
    }

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Runs {@code work} again while SQLite answers SQLITE_BUSY, up to ten seconds. The busy timeout
     * does not cover everything: instances opening the same new file together failed at once while
     * one of them switched it to WAL, when connecting (the pragmas) and at BEGIN IMMEDIATE (21-29 of
     * 120 openings in a test).
     */
    static <T> T patiently(BusyProne<T> work) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (SQLiteException e) {
                if ((e.getResultCode().code & 0xff) != SQLiteErrorCode.SQLITE_BUSY.code || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(100, 5L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Connects as SQLite does, but {@link #patiently}. */
    private static final class PatientDataSource extends SQLiteDataSource {
        PatientDataSource(SQLiteConfig config) {
            super(config);
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            return patiently(() -> super.getConnection(username, password));
        }
    }

    @Override
    public boolean reachable(Duration wait) {
        // a deleted file keeps working through the open connections; for an operator it is gone
        if (closed || !java.nio.file.Files.isRegularFile(file)) {
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
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT 1")) {
            return rs.next() && !closed;
        } catch (SQLException e) {
            return false;
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public DataSource migrationSource() {
        return dataSource;
    }

    @Override
    public <T> T write(Database.Work<T> work, boolean erase) throws SQLException {
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

    @Override
    public <T> T read(Database.Work<T> work) throws SQLException {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(connection);
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
    public void close() throws SQLException {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing the database", e);
        } finally {
            writeLock.unlock();
        }
    }
}
