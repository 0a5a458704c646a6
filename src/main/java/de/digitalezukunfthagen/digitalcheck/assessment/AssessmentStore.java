package de.digitalezukunfthagen.digitalcheck.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The SQL of the {@code assessment} table; every method runs on the connection it is given. */
final class AssessmentStore {

    /** A row as stored; the answers are still JSON text, to be read with their questionnaire version. */
    record Row(String questionnaireId, int version, String fingerprint, String answersJson, String company, String origin,
               Instant createdAt, Instant updatedAt, boolean test, Long previousId, Long id) {
    }

    private AssessmentStore() {
    }

    static void insert(Connection conn, String tokenHash, Row row) throws SQLException {
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
                        rs.getString(6), Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)), rs.getInt(9) == 1,
                        rs.getObject(10) == null ? null : rs.getLong(10), rs.getLong(11)));
            }
        }
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
