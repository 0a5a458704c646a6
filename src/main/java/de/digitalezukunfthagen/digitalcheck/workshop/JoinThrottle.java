package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The limit on guessing join codes: after {@link #PER_ADDRESS} look-ups of codes that belong to no
 * workshop from one IP address within {@link #WINDOW}, that address may look up no code until the
 * oldest of those failures has left the window. A code is 6 characters of 31 (about 887 million), so
 * at this pace finding one of the few open workshops takes years. Kept in SQLite like the limit on
 * failed logins, so a restart does not reset it.
 */
final class JoinThrottle {
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Database database;
    private final Clock clock;

    JoinThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** How long look-ups from this IP address are still refused; empty if they are allowed. */
    Optional<Duration> lockedFor(String ip) {
        long now = clock.millis();
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT at FROM join_failure WHERE ip = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?""")) {
                select.setString(1, ip);
                select.setLong(2, now - WINDOW.toMillis());
                select.setInt(3, PER_ADDRESS - 1);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long until = rs.getLong(1) + WINDOW.toMillis();
                    return Optional.of(Duration.ofMillis(Math.max(1000, until - now)));
                }
            }
        });
    }

    void failed(String ip) {
        long now = clock.millis();
        database.transaction(conn -> {
            try (PreparedStatement purge = conn.prepareStatement("DELETE FROM join_failure WHERE at <= ?");
                    PreparedStatement insert = conn.prepareStatement("INSERT INTO join_failure (ip, at) VALUES (?, ?)")) {
                purge.setLong(1, now - WINDOW.toMillis());
                purge.executeUpdate();
                insert.setString(1, ip);
                insert.setLong(2, now);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
