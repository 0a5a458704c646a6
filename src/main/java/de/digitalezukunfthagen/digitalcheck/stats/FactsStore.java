package de.digitalezukunfthagen.digitalcheck.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The SQL of the {@code assessment_facts} table; every method runs on the connection it is given. */
public final class FactsStore {
    private FactsStore() {
    }

    /**
     * Stores (or replaces) the facts of the assessment with the row id {@code assessmentId}, which must
     * exist. Nearly every save changes a check that has its facts already: a plain update by key does,
     * and the upsert only when there were none (it cost as much again in SQLite).
     */
    public static void save(Connection conn, long assessmentId, Facts facts) throws SQLException {
        if (write(conn, """
                UPDATE assessment_facts SET
                    questionnaire_id = ?, questionnaire_version = ?, month = ?, channel = ?, complete = ?, test = ?,
                    size_band = ?, industry = ?, overall_score = ?, overall_level = ?, scores = ?, profile = ?, plan = ?,
                    contacts = ?
                WHERE assessment_id = ?
                """, assessmentId, facts) == 0) {
            write(conn, """
                    INSERT INTO assessment_facts (questionnaire_id, questionnaire_version, month, channel, complete, test,
                                                  size_band, industry, overall_score, overall_level, scores, profile, plan,
                                                  contacts, assessment_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (assessment_id) DO UPDATE SET
                        questionnaire_id = excluded.questionnaire_id, questionnaire_version = excluded.questionnaire_version,
                        month = excluded.month, channel = excluded.channel, complete = excluded.complete, test = excluded.test,
                        size_band = excluded.size_band, industry = excluded.industry, overall_score = excluded.overall_score,
                        overall_level = excluded.overall_level, scores = excluded.scores, profile = excluded.profile,
                        plan = excluded.plan, contacts = excluded.contacts
                    """, assessmentId, facts);
        }
    }

    /** Runs {@code sql}, whose parameters are the facts' columns in table order and then the assessment's id. */
    private static int write(Connection conn, String sql, long assessmentId, Facts facts) throws SQLException {
        try (PreparedStatement statement = conn.prepareStatement(sql)) {
            int i = 0;
            statement.setString(++i, facts.questionnaireId());
            statement.setInt(++i, facts.version());
            statement.setString(++i, facts.month());
            statement.setString(++i, facts.channel());
            statement.setInt(++i, facts.complete() ? 1 : 0);
            statement.setInt(++i, facts.test() ? 1 : 0);
            statement.setString(++i, facts.sizeBand());
            statement.setString(++i, facts.industry());
            Integer overall = facts.scores().get(Summary.OVERALL);
            if (overall == null) {
                statement.setNull(++i, java.sql.Types.INTEGER);
            } else {
                statement.setInt(++i, overall);
            }
            statement.setString(++i, facts.levels().get(Summary.OVERALL));
            statement.setString(++i, facts.scoresText());
            statement.setString(++i, facts.profileText());
            statement.setString(++i, String.join(" ", facts.plan()));
            statement.setString(++i, String.join(" ", facts.contacts()));
            statement.setLong(++i, assessmentId);
            return statement.executeUpdate();
        }
    }

    /** Which stored facts a summary reads: complete, non-test assessments, optionally narrowed. */
    public record Filter(String questionnaireId, String industry, String sizeBand, Integer consultantId, Long exceptAssessment) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    static final String COLUMNS = "f.questionnaire_id, f.questionnaire_version, f.month, f.channel, f.complete, f.test, "
            + "f.scores, f.profile, f.plan, f.contacts";

    /** Reads the facts that pass {@code filter} one by one into {@code sink}; nothing is collected. */
    public static void stream(Connection conn, Filter filter, Consumer<Facts> sink) throws SQLException {
        stream(conn, filter, false, (id, facts) -> sink.accept(facts));
    }

    /** Like {@link #stream(Connection, Filter, Consumer)}, with the row id of each assessment, in ascending order of it. */
    public static void streamWithIds(Connection conn, Filter filter, BiConsumer<Long, Facts> sink) throws SQLException {
        stream(conn, filter, true, sink);
    }

    private static void stream(Connection conn, Filter filter, boolean withIds, BiConsumer<Long, Facts> sink) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + (withIds ? ", f.assessment_id" : "")
                + " FROM assessment_facts f WHERE f.complete = 1 AND f.test = 0");
        List<Object> params = new ArrayList<>();
        if (filter.questionnaireId() != null) {
            sql.append(" AND f.questionnaire_id = ?");
            params.add(filter.questionnaireId());
        }
        if (filter.industry() != null) {
            sql.append(" AND f.industry = ?");
            params.add(filter.industry());
        }
        if (filter.sizeBand() != null) {
            sql.append(" AND f.size_band = ?");
            params.add(filter.sizeBand());
        }
        if (filter.exceptAssessment() != null) {
            sql.append(" AND f.assessment_id <> ?");
            params.add(filter.exceptAssessment());
        }
        if (filter.consultantId() != null) {
            // the consultant's own assisted checks and the assessments their workshops handed over
            sql.append(" ").append("""
                     AND f.assessment_id IN (
                        SELECT a.id FROM assessment a JOIN assisted_check c ON c.token_sha256 = a.token_sha256
                        WHERE c.consultant_id = ?
                        UNION
                        SELECT a.id FROM assessment a JOIN workshop w ON w.assessment_sha256 = a.token_sha256
                        WHERE w.consultant_id = ?)""");
            params.add(filter.consultantId());
            params.add(filter.consultantId());
        }
        // a firm that repeated its check counts once, with its latest complete check
        sql.append(" ").append("""
                 AND NOT EXISTS (SELECT 1 FROM assessment later JOIN assessment_facts lf ON lf.assessment_id = later.id
                                 WHERE later.previous_id = f.assessment_id AND lf.complete = 1 AND lf.test = 0)""");
        sql.append(" ORDER BY f.assessment_id");
        try (PreparedStatement select = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sink.accept(withIds ? rs.getLong(11) : null, read(rs, 1));
                }
            }
        }
    }

    /** The facts in the columns {@link #COLUMNS}, starting at column {@code first}. */
    static Facts read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return Facts.read(rs.getString(i), rs.getInt(i + 1), rs.getString(i + 2), rs.getString(i + 3), rs.getInt(i + 4) == 1,
                rs.getInt(i + 5) == 1, rs.getString(i + 6), rs.getString(i + 7), rs.getString(i + 8), rs.getString(i + 9));
    }
}
