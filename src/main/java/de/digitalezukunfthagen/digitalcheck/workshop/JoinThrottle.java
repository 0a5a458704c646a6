package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.FailureWindow;
import java.sql.PreparedStatement;
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
    private static final FailureWindow FAILURES = new FailureWindow("join_failure", PER_ADDRESS, WINDOW);

    private final Database database;
    private final Clock clock;

    JoinThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** How long look-ups from this IP address are still refused; empty if they are allowed. */
    Optional<Duration> lockedFor(String ip) {
        long now = clock.millis();
        return database.read(conn -> FAILURES.lockedFor(conn, "ip", ip, now));
    }

    void failed(String ip) {
        long now = clock.millis();
        database.transaction(conn -> {
            FAILURES.purge(conn, now);
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO join_failure (ip, at) VALUES (?, ?)")) {
                insert.setString(1, ip);
                insert.setLong(2, now);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
