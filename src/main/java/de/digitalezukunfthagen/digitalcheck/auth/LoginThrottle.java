package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.FailureWindow;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The limit on failed logins: after {@link #PER_ACCOUNT} failures for one e-mail address, or
 * {@link #PER_ADDRESS} from one IP address, within {@link #WINDOW}, logins for that address are
 * refused (even with the right password) until the oldest of those failures is older than the window.
 * A successful login clears the account's failures, not the IP address's. Kept in SQLite, so a
 * restart does not reset it.
 */
final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final FailureWindow BY_ACCOUNT = new FailureWindow("login_failure", PER_ACCOUNT, WINDOW);
    private static final FailureWindow BY_ADDRESS = new FailureWindow("login_failure", PER_ADDRESS, WINDOW);

    private final Database database;
    private final Clock clock;

    LoginThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** How long logins for this e-mail or from this IP address are still refused; empty if allowed. */
    Optional<Duration> lockedFor(String email, String ip) {
        long now = clock.millis();
        return database.read(conn -> {
            Optional<Duration> byAccount = BY_ACCOUNT.lockedFor(conn, "email", Accounts.normalizeEmail(email), now);
            Optional<Duration> byAddress = BY_ADDRESS.lockedFor(conn, "ip", ip, now);
            if (byAccount.isEmpty()) {
                return byAddress;
            }
            if (byAddress.isEmpty()) {
                return byAccount;
            }
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        });
    }

    /**
     * Reserves a login attempt before its password is checked: in one write transaction (SQLite has
     * a single writer, so reservations cannot overlap) the limits are checked and, if they allow it,
     * the attempt is recorded as a failure at once. So parallel guesses cannot all pass the check
     * before the first failure is written: at most {@link #PER_ACCOUNT} passwords of an account, and
     * {@link #PER_ADDRESS} from an address, are checked per window. {@link #succeeded} takes the
     * reservation back. Returns how long logins are refused, or empty when the attempt may go on.
     */
    Optional<Duration> reserve(String email, String ip) {
        long now = clock.millis();
        String key = Accounts.normalizeEmail(email.isEmpty() ? "-" : email);
        return database.transaction(conn -> {
            BY_ACCOUNT.purge(conn, now);
            Optional<Duration> byAccount = BY_ACCOUNT.lockedFor(conn, "email", key, now);
            Optional<Duration> byAddress = BY_ADDRESS.lockedFor(conn, "ip", ip, now);
            if (byAccount.isPresent() || byAddress.isPresent()) {
                return Optional.of(byAccount.orElse(Duration.ZERO).compareTo(byAddress.orElse(Duration.ZERO)) > 0
                        ? byAccount.get() : byAddress.get());
            }
            insert(conn, key, ip, now);
            return Optional.<Duration>empty();
        });
    }

    /** Forgets the failures that have left the window (also without new attempts: see {@code Auth}). */
    void purge() {
        long now = clock.millis();
        database.erasingTransaction(conn -> {
            BY_ACCOUNT.purge(conn, now);
            return null;
        });
    }

    private static void insert(java.sql.Connection conn, String email, String ip, long now) throws java.sql.SQLException {
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO login_failure (email, ip, at) VALUES (?, ?, ?)")) {
            insert.setString(1, email);
            insert.setString(2, ip);
            insert.setLong(3, now);
            insert.executeUpdate();
        }
    }

    void failed(String email, String ip) {
        long now = clock.millis();
        database.transaction(conn -> {
            BY_ACCOUNT.purge(conn, now);
            insert(conn, Accounts.normalizeEmail(email), ip, now);
            return null;
        });
    }

    void succeeded(String email) {
        database.transaction(conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM login_failure WHERE email = ?")) {
                delete.setString(1, Accounts.normalizeEmail(email));
                return delete.executeUpdate();
            }
        });
    }
}
