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

    void failed(String email, String ip) {
        long now = clock.millis();
        database.transaction(conn -> {
            BY_ACCOUNT.purge(conn, now);
            try (PreparedStatement insert = conn.prepareStatement("INSERT INTO login_failure (email, ip, at) VALUES (?, ?, ?)")) {
                insert.setString(1, Accounts.normalizeEmail(email));
                insert.setString(2, ip);
                insert.setLong(3, now);
                insert.executeUpdate();
            }
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
