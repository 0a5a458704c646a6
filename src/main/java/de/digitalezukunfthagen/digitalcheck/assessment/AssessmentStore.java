package de.digitalezukunfthagen.digitalcheck.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The SQL of the {@code assessment} table; every method runs on the connection it is given. */
final class AssessmentStore {

    /** A row as stored; the answers are still JSON text, to be read with their questionnaire version. */
    record Row(String questionnaireId, int version, String fingerprint, String answersJson, String company, String origin,
               Instant createdAt, Instant updatedAt, boolean test, Long previousId, Long id) {
    }

    private AssessmentStore() {
    }

    /** Inserts {@code row} (whose id is ignored) and returns it with the id the database gave it. */
    static Row insert(Connection conn, String tokenHash, Row row) throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement("""
                INSERT INTO assessment (token_sha256, questionnaire_id, questionnaire_version, fingerprint, answers_json,
                                        company, origin, created_at, updated_at, test, previous_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            insert.setString(1, tokenHash);
            insert.setString(2, row.questionnaireId());
            insert.setInt(3, row.version());
            insert.setString(4, row.fingerprint());
            insert.setString(5, row.answersJson());
            insert.setString(6, row.company());
            insert.setString(7, row.origin());
            insert.setString(8, row.createdAt().toString());
            insert.setString(9, row.updatedAt().toString());
            insert.setInt(10, row.test() ? 1 : 0);
            insert.setObject(11, row.previousId());
            insert.executeUpdate();
        }
        // read back by the token, the same way on both engines (generated keys differ between the drivers)
        try (PreparedStatement select = conn.prepareStatement("SELECT id FROM assessment WHERE token_sha256 = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Row(row.questionnaireId(), row.version(), row.fingerprint(), row.answersJson(), row.company(),
                        row.origin(), row.createdAt(), row.updatedAt(), row.test(), row.previousId(), rs.getLong(1));
            }
        }
    }

    /** The stored row with the internal id {@code id} (a follow-up's earlier check), if it still exists. */
    static Optional<Row> findById(Connection conn, long id) throws SQLException {
        return find(conn, "id = ?", id);
    }

    static Optional<Row> find(Connection conn, String tokenHash) throws SQLException {
        return find(conn, "token_sha256 = ?", tokenHash);
    }

    private static Optional<Row> find(Connection conn, String where, Object key) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("""
                SELECT questionnaire_id, questionnaire_version, fingerprint, answers_json, company, origin, created_at, updated_at,
                       test, previous_id, id
                FROM assessment WHERE\s""" + where)) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), instant(rs.getString(7)), instant(rs.getString(8)), rs.getInt(9) == 1,
                        rs.getObject(10) == null ? null : rs.getLong(10), rs.getLong(11)));
            }
        }
    }

    /**
     * {@link Instant#parse} of a stored time, without its DateTimeFormatter (two thirds of reading a
     * row) for the one form written here, {@code Instant.toString()} of whole milliseconds:
     * {@code 2026-12-02T10:31:10.510Z} or, on a whole second, {@code 2026-12-02T10:31:10Z}.
     */
    static Instant instant(String text) {
        int length = text.length();
        if ((length == 24 && text.charAt(19) == '.' || length == 20) && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z') {
            try {
                int millis = length == 24 ? digits(text, 20, 23) : 0;
                long seconds = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                        digits(text, 14, 16), digits(text, 17, 19)).toEpochSecond(ZoneOffset.UTC);
                return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
            } catch (DateTimeException | NumberFormatException e) {
                // not a valid time after all: Instant.parse says why
            }
        }
        return Instant.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static boolean updateAnswers(Connection conn, String tokenHash, String answersJson, Instant now) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("""
                UPDATE assessment SET answers_json = ?, updated_at = ? WHERE token_sha256 = ?
                """)) {
            update.setString(1, answersJson);
            update.setString(2, now.toString());
            update.setString(3, tokenHash);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Stores new answers only if the row still has the answers, company and test mark of {@code asRead}
     * (nothing else a save's result depends on can change); false when another write came first.
     */
    static boolean updateAnswersIfUnchanged(Connection conn, String tokenHash, String answersJson, Instant now, Row asRead)
            throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("""
                UPDATE assessment SET answers_json = ?, updated_at = ?
                WHERE token_sha256 = ? AND answers_json = ? AND test = ? AND company IS NOT DISTINCT FROM ?
                """)) {
            update.setString(1, answersJson);
            update.setString(2, now.toString());
            update.setString(3, tokenHash);
            update.setString(4, asRead.answersJson());
            update.setInt(5, asRead.test() ? 1 : 0);
            update.setString(6, asRead.company());
            return update.executeUpdate() == 1;
        }
    }

    static boolean updateCompany(Connection conn, String tokenHash, String company, Instant now) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("""
                UPDATE assessment SET company = ?, updated_at = ? WHERE token_sha256 = ?
                """)) {
            update.setString(1, company);
            update.setString(2, now.toString());
            update.setString(3, tokenHash);
            return update.executeUpdate() == 1;
        }
    }

    /** Names a workshop keeps after the company deleted the assessment it handed over. */
    static final String ANONYMOUS_COMPANY = "–";

    static boolean delete(Connection conn, String tokenHash) throws SQLException {
        // a workshop that handed this assessment over keeps its figures for the consultant, but no names:
        // deleting means the company and the people who took part are no longer named anywhere
        try (PreparedStatement participants = conn.prepareStatement("""
                UPDATE workshop_participant SET name = NULL
                WHERE workshop_id IN (SELECT id FROM workshop WHERE assessment_sha256 = ?)
                """);
             PreparedStatement workshops = conn.prepareStatement("""
                UPDATE workshop SET company = ? WHERE assessment_sha256 = ?
                """)) {
            participants.setString(1, tokenHash);
            participants.executeUpdate();
            workshops.setString(1, ANONYMOUS_COMPANY);
            workshops.setString(2, tokenHash);
            workshops.executeUpdate();
        }
        try (PreparedStatement delete = conn.prepareStatement("""
                DELETE FROM assessment WHERE token_sha256 = ?
                """)) {
            delete.setString(1, tokenHash);
            return delete.executeUpdate() == 1;
        }
    }
}
