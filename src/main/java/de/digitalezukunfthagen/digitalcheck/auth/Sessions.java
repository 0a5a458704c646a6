package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Login sessions in SQLite. The browser holds a random id of 144 bits, made like an assessment's
 * {@link Token}; the database holds only its SHA-256, so a copy of the database does not let anyone
 * log in. A session ends at logout, when the account is disabled, or {@link #LIFETIME} after login (a
 * workshop day).
 */
final class Sessions {
    static final Duration LIFETIME = Duration.ofHours(12);
    private final Database database;
    private final Clock clock;

    Sessions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Starts a session and returns the id for the cookie; {@code previous} (the id the browser had, if any) is ended. */
    String start(long consultantId, String previous) {
        String id = Token.generate();
        long now = clock.millis();
        database.transaction(conn -> {
            try (PreparedStatement purge = conn.prepareStatement("DELETE FROM consultant_session WHERE expires_at <= ? OR id_hash = ?");
                    PreparedStatement insert = conn.prepareStatement("""
                            INSERT INTO consultant_session (id_hash, consultant_id, created_at, expires_at) VALUES (?, ?, ?, ?)""")) {
                purge.setLong(1, now);
                purge.setString(2, Token.wellFormed(previous) ? Token.hash(previous) : "");
                purge.executeUpdate();
                insert.setString(1, Token.hash(id));
                insert.setLong(2, consultantId);
                insert.setLong(3, now);
                insert.setLong(4, now + LIFETIME.toMillis());
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    /** The consultant of a live session of an enabled account. */
    Optional<Consultant> find(String id) {
        if (!Token.wellFormed(id)) {
            return Optional.empty();
        }
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT c.id, c.email, c.name, c.role
                    FROM consultant_session s JOIN consultant c ON c.id = s.consultant_id
                    WHERE s.id_hash = ? AND s.expires_at > ? AND c.disabled_at IS NULL""")) {
                select.setString(1, Token.hash(id));
                select.setLong(2, clock.millis());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Consultant(rs.getLong(1), rs.getString(2), rs.getString(3), false, rs.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }

    void end(String id) {
        if (!Token.wellFormed(id)) {
            return;
        }
        database.transaction(conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM consultant_session WHERE id_hash = ?")) {
                delete.setString(1, Token.hash(id));
                return delete.executeUpdate();
            }
        });
    }
}
