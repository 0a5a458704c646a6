package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what is no longer needed, by the operator's {@link OperationsConfig.RetentionDays}:
 * <ul>
 * <li>online checks that are not finished and had no change for {@code unfinishedDays} (default 180):
 * a check left half-way is of no use to anybody after half a year; a finished one is the firm's
 * result and stays until the firm deletes it;</li>
 * <li>workshops whose last activity (created, a participant's answer or visit, a note, an action, the
 * hand-over) is {@code workshopDays} ago; the assessment a workshop handed over is the firm's and stays;</li>
 * <li>assisted checks (finished or not) without a change for {@code assistedDays}.</li>
 * </ul>
 * A period of 0 keeps that kind of data. Deletions erase the data from every database file
 * ({@link Database#erasingTransaction}).
 */
public final class Retention {
    private static final String ONLINE = "online";
    private static final String ASSISTED = "assisted";

    /** What was (or, in a dry run, would be) deleted. */
    public record Outcome(int unfinishedChecks, int workshops, int assistedChecks) {
    }

    private final Database database;
    private final Clock clock;
    private final OperationsConfig.RetentionDays periods;

    public Retention(Database database, Clock clock, OperationsConfig.RetentionDays periods) {
        this.database = database;
        this.clock = clock;
        this.periods = periods;
    }

    public OperationsConfig.RetentionDays periods() {
        return periods;
    }

    /** Deletes (with {@code dryRun}: only counts) what has been inactive for its period. */
    public Outcome purge(boolean dryRun) {
        Instant now = clock.instant();
        Database.Work<Outcome> work = conn -> {
            List<String> unfinished = periods.unfinishedDays() == 0 ? List.of()
                    : inactiveChecks(conn, ONLINE, cutoff(now, periods.unfinishedDays()), true);
            List<String> assisted = periods.assistedDays() == 0 ? List.of()
                    : inactiveChecks(conn, ASSISTED, cutoff(now, periods.assistedDays()), false);
            List<Long> workshops = periods.workshopDays() == 0 ? List.of()
                    : inactiveWorkshops(conn, cutoff(now, periods.workshopDays()).toEpochMilli());
            if (!dryRun) {
                deleteAll(conn, "DELETE FROM assessment WHERE token_sha256 = ?", unfinished);
                deleteAll(conn, "DELETE FROM assessment WHERE token_sha256 = ?", assisted);
                deleteAll(conn, "DELETE FROM workshop WHERE id = ?", workshops);
            }
            return new Outcome(unfinished.size(), workshops.size(), assisted.size());
        };
        return dryRun ? database.read(work) : database.erasingTransaction(work);
    }

    /** Inactive for {@code days} means: the last activity is at this instant or earlier. */
    private static Instant cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    /** The token hashes of the checks of {@code origin} last changed at {@code cutoff} or before. */
    private static List<String> inactiveChecks(Connection conn, String origin, Instant cutoff, boolean onlyUnfinished)
            throws SQLException {
        Completion completion = new Completion();
        List<String> found = new ArrayList<>();
        // updated_at is ISO-8601 text, whose order is the time's only up to the second's fraction:
        // the query narrows with a day to spare, the exact comparison is made on the parsed instant
        try (PreparedStatement select = conn.prepareStatement("""
                SELECT token_sha256, questionnaire_id, questionnaire_version, answers_json, updated_at
                FROM assessment WHERE origin = ? AND updated_at < ?
                """)) {
            select.setString(1, origin);
            select.setString(2, cutoff.plus(Duration.ofDays(1)).toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (Instant.parse(rs.getString(5)).isAfter(cutoff)) {
                        continue;
                    }
                    if (onlyUnfinished && completion.complete(conn, rs.getString(2), rs.getInt(3), rs.getString(4))
                            .orElse(true)) {
                        continue;
                    }
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The ids of the workshops whose last activity (epoch milliseconds) is at {@code cutoff} or before. */
    private static List<Long> inactiveWorkshops(Connection conn, long cutoff) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement("""
                SELECT w.id, w.created_at, w.handed_over_at,
                       (SELECT MAX(p.updated_at) FROM workshop_participant p WHERE p.workshop_id = w.id),
                       (SELECT MAX(p.seen_at) FROM workshop_participant p WHERE p.workshop_id = w.id),
                       (SELECT MAX(n.updated_at) FROM workshop_note n WHERE n.workshop_id = w.id),
                       (SELECT MAX(a.created_at) FROM workshop_action a WHERE a.workshop_id = w.id)
                FROM workshop w WHERE w.created_at <= ?
                """)) {
            select.setLong(1, cutoff);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long last = 0;
                    for (int column = 2; column <= 7; column++) {
                        last = Math.max(last, rs.getLong(column)); // NULL reads as 0
                    }
                    if (last <= cutoff) {
                        found.add(rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    private static void deleteAll(Connection conn, String sql, List<?> keys) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement(sql)) {
            for (Object key : keys) {
                delete.setObject(1, key);
                delete.addBatch();
            }
            if (!keys.isEmpty()) {
                delete.executeBatch();
            }
        }
    }
}
