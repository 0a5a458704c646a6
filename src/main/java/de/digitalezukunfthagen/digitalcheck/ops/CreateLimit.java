package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.FailureWindow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The limits on creating assessments, so that a script cannot fill the disk: at most
 * {@code perAddress} per client address and hour, and {@code global} for the whole app per minute
 * (0 turns a limit off). Each creation is reserved before it happens, in one write transaction, like
 * a login attempt ({@code auth.LoginThrottle}), so parallel requests cannot slip past the count. The
 * reservations live in the database, so several instances on one database share the limits and a
 * restart does not reset them. The address is stored only as its SHA-256 and for one hour.
 */
final class CreateLimit {
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    static final Duration GLOBAL_WINDOW = Duration.ofMinutes(1);
    private static final String TABLE = "create_event";
    private static final String EVERYONE = "all";

    private final Database database;
    private final Clock clock;
    private final FailureWindow byAddress;
    private final FailureWindow global;
    /** Rows older than the longest window are purged. */
    private final FailureWindow longest;

    CreateLimit(Database database, Clock clock, int perAddress, int perMinute) {
        this.database = database;
        this.clock = clock;
        this.byAddress = perAddress == 0 ? null : new FailureWindow(TABLE, perAddress, ADDRESS_WINDOW);
        this.global = perMinute == 0 ? null : new FailureWindow(TABLE, perMinute, GLOBAL_WINDOW);
        this.longest = new FailureWindow(TABLE, 1, ADDRESS_WINDOW);
    }

    boolean off() {
        return byAddress == null && global == null;
    }

    /**
     * Reserves one creation for {@code clientAddress}. Empty when it may go ahead (and is counted);
     * otherwise how long until the next one is allowed.
     */
    Optional<Duration> reserve(String clientAddress) {
        if (off()) {
            return Optional.empty();
        }
        long now = clock.millis();
        String address = "address:" + sha256(clientAddress == null ? "" : clientAddress);
        return database.transaction(conn -> {
            longest.purge(conn, now);
            Optional<Duration> wait = later(
                    byAddress == null ? Optional.empty() : byAddress.lockedFor(conn, "source", address, now),
                    global == null ? Optional.empty() : global.lockedFor(conn, "source", EVERYONE, now));
            if (wait.isPresent()) {
                return wait;
            }
            if (byAddress != null) {
                insert(conn, address, now);
            }
            if (global != null) {
                insert(conn, EVERYONE, now);
            }
            return Optional.<Duration>empty();
        });
    }

    private static Optional<Duration> later(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static void insert(Connection conn, String source, long now) throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO " + TABLE + " (source, at) VALUES (?, ?)")) {
            insert.setString(1, source);
            insert.setLong(2, now);
            insert.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
