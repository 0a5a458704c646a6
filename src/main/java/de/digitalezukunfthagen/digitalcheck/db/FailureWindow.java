package de.digitalezukunfthagen.digitalcheck.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A lock-out over a sliding window of recorded failures (failed logins, unknown join codes): after
 * {@code limit} failures for one key within {@code window}, the key is locked until the oldest of
 * those failures has left the window. The failures live in a table with a key column and an
 * {@code at} column (epoch milliseconds).
 */
public record FailureWindow(String table, int limit, Duration window) {

    /** How long {@code key} in {@code column} is still locked at {@code now}; empty if it is not. */
    public Optional<Duration> lockedFor(Connection conn, String column, String key, long now) throws SQLException {
        // the limit-th newest failure within the window decides: the lock ends when it leaves the window
        String sql = "SELECT at FROM " + table + " WHERE " + column + " = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?";
        try (PreparedStatement select = conn.prepareStatement(sql)) {
            select.setString(1, key);
            select.setLong(2, now - window.toMillis());
            select.setInt(3, limit - 1);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long until = rs.getLong(1) + window.toMillis();
                return Optional.of(Duration.ofMillis(Math.max(1000, until - now)));
            }
        }
    }

    /** Forgets the failures that have left the window. */
    public void purge(Connection conn, long now) throws SQLException {
        try (PreparedStatement purge = conn.prepareStatement("DELETE FROM " + table + " WHERE at <= ?")) {
            purge.setLong(1, now - window.toMillis());
            purge.executeUpdate();
        }
    }
}
