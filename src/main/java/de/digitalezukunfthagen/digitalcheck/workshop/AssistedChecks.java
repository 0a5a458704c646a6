package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assisted checks: the online check, started by a consultant for a company and filled in together.
 * The assessment is the company's (made by {@link Assessments}, opened by its personal link); the
 * table {@code assisted_check} records who advised, by the token's hash only. The consultant's list
 * shows each check's progress and result as the engine scores the stored answers.
 */
final class AssistedChecks {
    static final String ORIGIN = "assisted";

    private final Database database;
    private final Assessments assessments;
    private final Clock clock;

    /**
     * One check in the consultant's list; {@code token} opens it (null for a check started before the
     * token was kept).
     */
    record Listed(long id, String company, Questionnaire questionnaire, long createdAt, int open, Result result, String token,
                  boolean test, boolean linked) {
        public String date() {
            return Participant.clockDate(createdAt);
        }
    }

    AssistedChecks(Database database, Assessments assessments, Clock clock) {
        this.database = database;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Starts the company's assessment and records the consultant; returns the token for the personal link. */
    String start(long consultantId, String company, Questionnaire q) {
        Assessments.Created created = assessments.create(q, Answers.NONE, company, ORIGIN);
        record(consultantId, created);
        return created.token();
    }

    /** Records {@code created} as a check this consultant advises. */
    void record(long consultantId, Assessments.Created created) {
        database.transaction(conn -> {
            try (PreparedStatement insert = conn.prepareStatement("""
                    INSERT INTO assisted_check (consultant_id, token_sha256, company, created_at, token) VALUES (?, ?, ?, ?, ?)""")) {
                insert.setLong(1, consultantId);
                insert.setString(2, Token.hash(created.token()));
                insert.setString(3, created.opened().assessment().company());
                insert.setLong(4, clock.millis());
                // kept so the consultant can open the check again from the list (README, "Hand-over")
                insert.setString(5, created.token());
                return insert.executeUpdate();
            }
        });
    }

    /** The token of this consultant's check {@code checkId}, if it is theirs and its link was kept. */
    Optional<String> token(long consultantId, long checkId) {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT c.token FROM assisted_check c JOIN assessment a ON a.token_sha256 = c.token_sha256
                    WHERE c.id = ? AND c.consultant_id = ? AND c.token IS NOT NULL""")) {
                select.setLong(1, checkId);
                select.setLong(2, consultantId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * The company of the check behind this token, if this consultant advises it (its current name, as
     * the company may have changed it on the profile step).
     */
    Optional<String> company(long consultantId, String token) {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT coalesce(a.company, c.company)
                    FROM assisted_check c JOIN assessment a ON a.token_sha256 = c.token_sha256
                    WHERE c.token_sha256 = ? AND c.consultant_id = ?""")) {
                select.setString(1, Token.hash(token));
                select.setLong(2, consultantId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Whether the check behind {@code token} is an assisted check or a workshop result of another
     * consultant than {@code consultantId} (a consultant links only to their own or to online checks).
     */
    boolean advisedByAnother(long consultantId, String token) {
        String hash = Token.hash(token);
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT 1 FROM assisted_check WHERE token_sha256 = ? AND consultant_id <> ?
                    UNION ALL
                    SELECT 1 FROM workshop WHERE assessment_sha256 = ? AND consultant_id <> ?""")) {
                select.setString(1, hash);
                select.setLong(2, consultantId);
                select.setString(3, hash);
                select.setLong(4, consultantId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The consultant's checks, newest first; a check whose company deleted its data is gone. */
    List<Listed> of(long consultantId) {
        record Row(long id, String company, String questionnaireId, int version, String answers, long createdAt, String token,
                   boolean test, boolean linked) {
        }
        List<Row> rows = database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT coalesce(a.company, c.company), a.questionnaire_id, a.questionnaire_version, a.answers_json, c.created_at, c.token,
                           c.id, a.test, a.previous_id
                    FROM assisted_check c JOIN assessment a ON a.token_sha256 = c.token_sha256
                    WHERE c.consultant_id = ? ORDER BY c.created_at DESC, c.id DESC""")) {
                select.setLong(1, consultantId);
                try (ResultSet rs = select.executeQuery()) {
                    List<Row> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(new Row(rs.getLong(7), rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                                rs.getString(6), rs.getInt(8) == 1, rs.getObject(9) != null));
                    }
                    return all;
                }
            }
        });
        List<Listed> listed = new ArrayList<>();
        for (Row row : rows) {
            Questionnaire q = assessments.versions().find(row.questionnaireId(), row.version()).orElseThrow();
            Result result = Scorer.score(q, assessments.versions().contacts(), answers(q, row.answers()));
            listed.add(new Listed(row.id(), row.company(), q, row.createdAt(), result.missing().size(), result, row.token(), row.test(),
                    row.linked()));
        }
        return listed;
    }

    private static Answers answers(Questionnaire q, String json) {
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(q, Json.mapper().readTree(json));
            return parsed.valid() ? parsed.answers() : Answers.NONE;
        } catch (JsonProcessingException e) {
            // one check that cannot be read must not take the consultant's whole overview down
            return Answers.NONE;
        }
    }
}
