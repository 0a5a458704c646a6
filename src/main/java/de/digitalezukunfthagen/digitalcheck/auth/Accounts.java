package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The consultant accounts: created, listed and disabled by the operator, looked up at login. */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MAX_NAME = 100;

    private final Database database;
    private final Clock clock;
    private final Passwords.Cost cost;

    /** An account as the login needs it. */
    record Stored(Consultant consultant, String passwordHash) {
    }

    public Accounts(Database database, Clock clock) {
        this(database, clock, Passwords.STANDARD);
    }

    /** With another hashing cost: the tests create their accounts with a cheap one, to log in quickly. */
    Accounts(Database database, Clock clock, Passwords.Cost cost) {
        this.database = database;
        this.clock = clock;
        this.cost = cost;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Null if acceptable, else why not. */
    public static String emailProblem(String email) {
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return "'" + email + "' is not an e-mail address";
        }
        return null;
    }

    /** Creates a consultant's account; fails if the e-mail address is taken. */
    public Consultant add(String email, String name, String password) {
        return add(email, name, password, Consultant.CONSULTANT);
    }

    /** Creates an account with {@code role} (one of {@link Consultant#ROLES}); fails if the e-mail address is taken. */
    public Consultant add(String email, String name, String password, String role) {
        if (!Consultant.ROLES.contains(role)) {
            throw new IllegalArgumentException("the role must be one of " + String.join(", ", Consultant.ROLES));
        }
        String normalized = normalizeEmail(email);
        String hash = Passwords.hash(password, cost);
        return database.transaction(conn -> {
            if (find(conn, normalized).isPresent()) {
                throw new IllegalArgumentException("there is already an account for " + normalized);
            }
            try (PreparedStatement insert = conn.prepareStatement("""
                    INSERT INTO consultant (email, name, password_hash, created_at, role) VALUES (?, ?, ?, ?, ?)
                    RETURNING id""")) {
                insert.setString(1, normalized);
                insert.setString(2, name.strip());
                insert.setString(3, hash);
                insert.setLong(4, clock.millis());
                insert.setString(5, role);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return new Consultant(rs.getLong(1), normalized, name.strip(), false, role);
                }
            }
        });
    }

    public List<Consultant> list() {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT id, email, name, disabled_at IS NOT NULL, role FROM consultant ORDER BY email""");
                    ResultSet rs = select.executeQuery()) {
                List<Consultant> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new Consultant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)));
                }
                return all;
            }
        });
    }

    /** Disables the account and ends its sessions; false if there is no such account. */
    public boolean disable(String email) {
        String normalized = normalizeEmail(email);
        return database.transaction(conn -> {
            Optional<Stored> stored = find(conn, normalized);
            if (stored.isEmpty()) {
                return false;
            }
            try (PreparedStatement update = conn.prepareStatement("""
                    UPDATE consultant SET disabled_at = coalesce(disabled_at, ?) WHERE id = ?""");
                    PreparedStatement sessions = conn.prepareStatement("""
                    DELETE FROM consultant_session WHERE consultant_id = ?""")) {
                update.setLong(1, clock.millis());
                update.setLong(2, stored.get().consultant().id());
                update.executeUpdate();
                sessions.setLong(1, stored.get().consultant().id());
                sessions.executeUpdate();
            }
            return true;
        });
    }

    Optional<Stored> find(String email) {
        return database.read(conn -> find(conn, normalizeEmail(email)));
    }

    private static Optional<Stored> find(Connection conn, String email) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("""
                SELECT id, email, name, disabled_at IS NOT NULL, password_hash, role FROM consultant WHERE email = ?""")) {
            select.setString(1, email);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(new Consultant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(6)), rs.getString(5)));
            }
        }
    }
}
