package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.FailureWindow;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits on guessing, kept in SQLite like the limit on failed logins, so a restart does not reset
 * them. Not per IP address: a room of thirty people behind one Wi-Fi router is one address, and one
 * typo each must not lock that room out.
 *
 * <ul>
 * <li><b>Join codes, for the whole app:</b> after {@link #JOIN_GUESSES} look-ups of codes that belong
 * to no workshop within {@link #WINDOW}, newcomers can look up no code until the oldest of those has
 * left the window. A code is 6 of 27 characters (about 387 million); at 300 guesses in 15 minutes,
 * hitting one of ten open workshops takes on average more than 10,000 hours. A room's typos (30 at most)
 * are far below the limit. The price: someone who sends 300 wrong codes on purpose holds up newcomers
 * everywhere for up to 15 minutes (participants who joined go on).</li>
 * <li><b>Re-entry codes, per workshop:</b> after {@link #REENTRY_GUESSES} wrong re-entry codes for one
 * workshop within the window, re-entry there waits; the code is 8 of 27 characters.</li>
 * </ul>
 */
final class JoinThrottle {
    static final int JOIN_GUESSES = 300;
    static final int REENTRY_GUESSES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final FailureWindow JOINS = new FailureWindow("join_failure", JOIN_GUESSES, WINDOW);
    private static final FailureWindow REENTRIES = new FailureWindow("join_failure", REENTRY_GUESSES, WINDOW);

    private final Database database;
    private final Clock clock;

    JoinThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** How long look-ups of join codes by newcomers are still refused; empty if they are allowed. */
    Optional<Duration> joinsLockedFor() {
        long now = clock.millis();
        return database.read(conn -> JOINS.lockedFor(conn, "kind", "join", now));
    }

    /** How long re-entry into the workshop with this join code is still refused; empty if it is allowed. */
    Optional<Duration> reentryLockedFor(String joinCode) {
        long now = clock.millis();
        return database.read(conn -> REENTRIES.lockedFor(conn, "code", "reentry:" + joinCode, now));
    }

    void unknownCode(String typed) {
        record("join", typed);
    }

    void wrongReentry(String joinCode) {
        record("reentry", "reentry:" + joinCode);
    }

    private void record(String kind, String code) {
        long now = clock.millis();
        database.transaction(conn -> {
            JOINS.purge(conn, now);
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO join_failure (kind, code, at) VALUES (?, ?, ?)")) {
                insert.setString(1, kind);
                insert.setString(2, code);
                insert.setLong(3, now);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
