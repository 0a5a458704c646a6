package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    private final Database database;
    private final Clock clock;

    LoginThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** How long logins for this e-mail or from this IP address are still refused; empty if allowed. */
    Optional<Duration> lockedFor(String email, String ip) {
        long since = clock.millis() - WINDOW.toMillis();
        return database.read(conn -> {
            Optional<Duration> byAccount = wait(conn.prepareStatement("""
                    SELECT at FROM login_failure WHERE email = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?"""),
                    Accounts.normalizeEmail(email), since, PER_ACCOUNT - 1);
            Optional<Duration> byAddress = wait(conn.prepareStatement("""
                    SELECT at FROM login_failure WHERE ip = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?"""),
                    ip, since, PER_ADDRESS - 1);
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
     * The limit-th newest failure within the window, if there is one, decides: the lock ends when it
     * leaves the window.
     */
    private Optional<Duration> wait(PreparedStatement select, String key, long since, int offset) throws java.sql.SQLException {
        try (select) {
            select.setString(1, key);
            select.setLong(2, since);
            select.setInt(3, offset);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long until = rs.getLong(1) + WINDOW.toMillis();
                return Optional.of(Duration.ofMillis(Math.max(1000, until - clock.millis())));
            }
        }
    }

    void failed(String email, String ip) {
        long now = clock.millis();
        database.transaction(conn -> {
            try (PreparedStatement purge = conn.prepareStatement("DELETE FROM login_failure WHERE at <= ?");
                    PreparedStatement insert = conn.prepareStatement("INSERT INTO login_failure (email, ip, at) VALUES (?, ?, ?)")) {
                purge.setLong(1, now - WINDOW.toMillis());
                purge.executeUpdate();
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
