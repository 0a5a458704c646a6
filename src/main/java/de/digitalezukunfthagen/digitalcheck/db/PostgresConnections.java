package de.digitalezukunfthagen.digitalcheck.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server, shared by any number of app instances, through two HikariCP pools: one for
 * write transactions at SERIALIZABLE isolation, one for reads at REPEATABLE READ.
 *
 * <p>Serializable writes keep what the data access code was written for on SQLite, whose single
 * writer runs one transaction after the other: a check followed by a write in the same transaction
 * (the login throttle's reservation, the next participant number, recording a questionnaire
 * version at start-up) sees no concurrent change, also from another instance. PostgreSQL aborts a
 * transaction that would break this with a serialization failure; it is run again from the start,
 * so a {@link Database.Work} must not have effects outside its connection that a repeat would double.
 * A read that needs one consistent view over several statements turns auto-commit off, and then
 * sees one snapshot, as on SQLite.
 *
 * <p>PostgreSQL keeps no deleted data in a file that the app could empty, as SQLite's write-ahead log
 * is: an erasing write is an ordinary one here; the space of deleted rows is reclaimed by autovacuum.
 */
final class PostgresConnections implements Connections {
    private static final int WRITERS = 4;
    private static final int READERS = 8;
    private static final int ATTEMPTS = 30;
    /** serialization_failure and deadlock_detected: the transaction was undone and may simply run again. */
    private static final java.util.Set<String> RETRYABLE = java.util.Set.of("40001", "40P01");

    private final PGSimpleDataSource direct;
    private final HikariDataSource writers;
    private final HikariDataSource readers;

    PostgresConnections(String url, String user, String password) {
        direct = new PGSimpleDataSource();
        direct.setURL(url);
        if (user != null) {
            direct.setUser(user);
        }
        if (password != null) {
            direct.setPassword(password);
        }
        writers = pool("digitalcheck-write", url, user, password, WRITERS, false, "TRANSACTION_SERIALIZABLE");
        try {
            readers = pool("digitalcheck-read", url, user, password, READERS, true, "TRANSACTION_REPEATABLE_READ");
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int size, boolean reading,
                                         String isolation) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        // idle instances (and the tests, which open many databases) hold one connection per pool, not all
        config.setMinimumIdle(1);
        config.setAutoCommit(reading);
        config.setReadOnly(reading);
        config.setTransactionIsolation(isolation);
        config.setConnectionTimeout(10_000);
        // an unreachable server stops the start with its error instead of a pool that waits
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    @Override
    public boolean reachable(java.time.Duration wait) {
        if (readers.isClosed()) {
            return false;
        }
        // the pool waits up to its connection timeout for a connection; the health check must not
        var check = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (Connection conn = readers.getConnection()) {
                return conn.isValid(Math.max(1, (int) wait.toSeconds()));
            } catch (SQLException e) {
                return false;
            }
        });
        try {
            return check.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            check.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public DataSource migrationSource() {
        return direct;
    }

    @Override
    public <T> T write(Database.Work<T> work, boolean erase) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection conn = writers.getConnection()) {
                try {
                    T result = work.apply(conn);
                    conn.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(conn, e);
                    if (attempt < ATTEMPTS && retryable(e)) {
                        pause(attempt);
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    private static boolean retryable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random wait that grows with the attempts, so that the transactions that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while repeating a database transaction", e);
        }
    }

    private static void rollback(Connection conn, Exception cause) {
        try {
            conn.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public <T> T read(Database.Work<T> work) throws SQLException {
        try (Connection conn = readers.getConnection()) {
            return work.apply(conn);
        }
    }

    @Override
    public void close() {
        try {
            readers.close();
        } finally {
            writers.close();
        }
    }
}
