package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.UnreadableRecordException;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workshops and their participants in SQLite; every write in one transaction. */
final class WorkshopStore {
    private static final String WORKSHOP_COLUMNS = """
            id, public_id, consultant_id, company, questionnaire_id, version, join_code, joining_open, show_group,
            profile_json, consensus_json, created_at, revision, handed_over_at, handover_token""";
    private static final String PARTICIPANT_COLUMNS = """
            id, workshop_id, number, name, role, answers_json, joined_at, updated_at, finished_at, reentry_code, removed_at, seen_at""";
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final QuestionnaireVersions questionnaires;
    private final Clock clock;

    /**
     * A workshop with its head count (removed participants not counted), for the dashboard; {@code test}:
     * marked as a test or demonstration.
     */
    record Summary(Workshop workshop, int joined, int finished, boolean test) {
    }

    WorkshopStore(Database database, QuestionnaireVersions questionnaires, Clock clock) {
        this.database = database;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /**
     * Deletes the workshop with its participants, notes and action plan, and erases them from every
     * file of the database. An assessment it handed over is the company's and stays.
     */
    void delete(long workshopId) {
        database.erasingTransaction(conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM workshop WHERE id = ?")) {
                delete.setLong(1, workshopId);
                return delete.executeUpdate();
            }
        });
    }

    Workshop create(long consultantId, String company, Questionnaire q) {
        return database.transaction(conn -> {
            String joinCode;
            do {
                joinCode = JoinCodes.generate();
            } while (exists(conn, "SELECT 1 FROM workshop WHERE join_code = ?", joinCode));
            String publicId;
            do {
                publicId = publicId();
            } while (exists(conn, "SELECT 1 FROM workshop WHERE public_id = ?", publicId));
            long now = clock.millis();
            try (PreparedStatement insert = conn.prepareStatement("""
                    INSERT INTO workshop (public_id, consultant_id, company, questionnaire_id, version, join_code, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setString(1, publicId);
                insert.setLong(2, consultantId);
                insert.setString(3, company);
                insert.setString(4, q.id());
                insert.setInt(5, q.version());
                insert.setString(6, joinCode);
                insert.setLong(7, now);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    return new Workshop(rs.getLong(1), publicId, consultantId, company, q.id(), q.version(), joinCode, true, false,
                            Answers.NONE, Answers.NONE, now, 0, null, null);
                }
            }
        });
    }

    Optional<Workshop> byPublicId(String publicId) {
        return one("SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE public_id = ?", publicId);
    }

    /** The workshop whose consensus became the assessment with this token hash, if any. */
    Optional<Workshop> byAssessment(String assessmentSha256) {
        return one("SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE assessment_sha256 = ?", assessmentSha256);
    }

    Optional<Workshop> byJoinCode(String code) {
        return one("SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE join_code = ?", code);
    }

    /** The consultant's workshops, newest first, with how many joined and finished. */
    List<Summary> byConsultant(long consultantId) {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("SELECT " + WORKSHOP_COLUMNS + """
                    , (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = workshop.id AND p.removed_at IS NULL),
                      (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = workshop.id AND p.removed_at IS NULL
                         AND p.finished_at IS NOT NULL), test
                    FROM workshop WHERE consultant_id = ? ORDER BY created_at DESC, id DESC""")) {
                select.setLong(1, consultantId);
                try (ResultSet rs = select.executeQuery()) {
                    List<Summary> all = new ArrayList<>();
                    while (rs.next()) {
                        // the list needs no answers: one workshop whose stored answers cannot be read must not hide the others
                        all.add(new Summary(workshop(rs, true), rs.getInt(16), rs.getInt(17), rs.getInt(18) == 1));
                    }
                    return all;
                }
            }
        });
    }

    /** Whether the workshop is marked as a test or demonstration. */
    boolean isTest(long workshopId) {
        return database.read(conn -> exists(conn, "SELECT 1 FROM workshop WHERE id = ? AND test = 1", workshopId));
    }

    /** Marks the workshop as a test or demonstration, or as a real one again. */
    void setTest(long workshopId, boolean test) {
        update("UPDATE workshop SET test = ? WHERE id = ?", test ? 1 : 0, workshopId);
    }

    void settings(long workshopId, boolean joiningOpen, boolean showGroup) {
        update("UPDATE workshop SET joining_open = ?, show_group = ?, revision = revision + 1 WHERE id = ?",
                joiningOpen ? 1 : 0, showGroup ? 1 : 0, workshopId);
    }

    void saveProfile(long workshopId, Answers profile) {
        update("UPDATE workshop SET profile_json = ?, revision = revision + 1 WHERE id = ?", json(profile), workshopId);
    }

    /** Saves the consensus unless it was handed over already; false then. */
    boolean saveConsensus(long workshopId, Answers consensus) {
        return update("UPDATE workshop SET consensus_json = ?, revision = revision + 1 WHERE id = ? AND handed_over_at IS NULL",
                json(consensus), workshopId) == 1;
    }

    /**
     * Records the company's assessment made from the consensus, once, with its token for the
     * consultant's hand-over page; false if it was handed over already.
     */
    boolean handOver(long workshopId, String token, String assessmentSha256) {
        return update("""
                UPDATE workshop SET assessment_sha256 = ?, handover_token = ?, handed_over_at = ?, revision = revision + 1
                WHERE id = ? AND handed_over_at IS NULL""", assessmentSha256, token, clock.millis(), workshopId) == 1;
    }

    /** Adds a participant with the next number; null if joining is closed. */
    Participant join(long workshopId, String tokenHash, String name, Role role) {
        long now = clock.millis();
        return database.transaction(conn -> {
            if (!exists(conn, "SELECT 1 FROM workshop WHERE id = ? AND joining_open = 1", workshopId)) {
                return null;
            }
            String reentry;
            do {
                reentry = JoinCodes.reentry();
            } while (exists(conn, "SELECT 1 FROM workshop_participant WHERE reentry_code = ?", reentry));
            // numbers count every row ever added, removed ones too, so a number is never given twice
            try (PreparedStatement insert = conn.prepareStatement("""
                    INSERT INTO workshop_participant (workshop_id, number, token_hash, name, role, joined_at, updated_at, seen_at, reentry_code)
                    VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM workshop_participant WHERE workshop_id = ?), ?, ?, ?, ?, ?, ?, ?)
                    RETURNING number""")) {
                insert.setLong(1, workshopId);
                insert.setLong(2, workshopId);
                insert.setString(3, tokenHash);
                insert.setString(4, name);
                insert.setString(5, role == null ? null : role.id());
                insert.setLong(6, now);
                insert.setLong(7, now);
                insert.setLong(8, now);
                insert.setString(9, reentry);
                int number;
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
                bump(conn, workshopId);
                return participant(conn, "SELECT " + PARTICIPANT_COLUMNS + " FROM workshop_participant WHERE workshop_id = ? AND number = ?",
                        workshopId, number).orElseThrow();
            }
        });
    }

    Optional<Participant> participant(long workshopId, String tokenHash) {
        return database.read(conn -> participant(conn,
                "SELECT " + PARTICIPANT_COLUMNS + " FROM workshop_participant WHERE workshop_id = ? AND token_hash = ?",
                workshopId, tokenHash));
    }

    /**
     * Lets a participant in again on a new device: the row with this re-entry code gets the new
     * token (the old cookie stops working), so nobody is counted twice. Empty if no participant of
     * the workshop has the code; a removed participant is not let back in this way.
     */
    Optional<Participant> reenter(long workshopId, String reentryCode, String newTokenHash) {
        long now = clock.millis();
        return database.transaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement("""
                    UPDATE workshop_participant SET token_hash = ?, seen_at = ?
                    WHERE workshop_id = ? AND reentry_code = ? AND removed_at IS NULL""")) {
                update.setString(1, newTokenHash);
                update.setLong(2, now);
                update.setLong(3, workshopId);
                update.setString(4, reentryCode);
                if (update.executeUpdate() == 0) {
                    return Optional.<Participant>empty();
                }
            }
            bump(conn, workshopId);
            return participant(conn, "SELECT " + PARTICIPANT_COLUMNS + " FROM workshop_participant WHERE workshop_id = ? AND token_hash = ?",
                    workshopId, newTokenHash);
        });
    }

    /** Notes that the participant did something now, for "last active" (not a change of the workshop). */
    void seen(Participant p) {
        update("UPDATE workshop_participant SET seen_at = ? WHERE id = ?", clock.millis(), p.id());
    }

    /** All participants, removed ones too, by number. */
    List<Participant> participants(long workshopId) {
        return database.read(conn -> participants(conn, workshopId));
    }

    /** The workshop and its participants (removed ones too) as of one moment (one read transaction). */
    record Snapshot(Workshop workshop, List<Participant> participants) {
        /** The participants who count: everyone not removed. */
        List<Participant> present() {
            return participants.stream().filter(p -> !p.removed()).toList();
        }
    }

    Optional<Snapshot> snapshot(long workshopId) {
        return database.read(conn -> {
            conn.setAutoCommit(false);
            try {
                Optional<Workshop> workshop = one(conn, "SELECT " + WORKSHOP_COLUMNS + " FROM workshop WHERE id = ?", workshopId);
                return workshop.map(w -> {
                    try {
                        return new Snapshot(w, participants(conn, workshopId));
                    } catch (SQLException e) {
                        throw new Database.DatabaseException(e);
                    }
                });
            } finally {
                conn.rollback();
                conn.setAutoCommit(true);
            }
        });
    }

    void saveAnswers(Participant p, Answers answers) {
        long now = clock.millis();
        database.transaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement("""
                    UPDATE workshop_participant SET answers_json = ?, updated_at = ? WHERE id = ?""")) {
                update.setString(1, json(answers));
                update.setLong(2, now);
                update.setLong(3, p.id());
                update.executeUpdate();
            }
            bump(conn, p.workshopId());
            return null;
        });
    }

    void finish(Participant p) {
        long now = clock.millis();
        database.transaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement("""
                    UPDATE workshop_participant SET finished_at = coalesce(finished_at, ?), updated_at = ? WHERE id = ?""")) {
                update.setLong(1, now);
                update.setLong(2, now);
                update.setLong(3, p.id());
                update.executeUpdate();
            }
            bump(conn, p.workshopId());
            return null;
        });
    }

    /**
     * Takes a participant off the list (someone who joined twice, or by mistake) or puts them back:
     * the row and its answers stay, only the figures leave them out. False if there is no participant
     * with that number.
     */
    boolean setRemoved(long workshopId, int number, boolean removed) {
        return database.transaction(conn -> {
            int changed;
            try (PreparedStatement update = conn.prepareStatement(
                    "UPDATE workshop_participant SET removed_at = ? WHERE workshop_id = ? AND number = ?")) {
                update.setObject(1, removed ? clock.millis() : null);
                update.setLong(2, workshopId);
                update.setInt(3, number);
                changed = update.executeUpdate();
            }
            if (changed > 0) {
                bump(conn, workshopId);
            }
            return changed > 0;
        });
    }

    private static void bump(Connection conn, long workshopId) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("UPDATE workshop SET revision = revision + 1 WHERE id = ?")) {
            update.setLong(1, workshopId);
            update.executeUpdate();
        }
    }

    private List<Participant> participants(Connection conn, long workshopId) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement(
                "SELECT " + PARTICIPANT_COLUMNS + " FROM workshop_participant WHERE workshop_id = ? ORDER BY number")) {
            select.setLong(1, workshopId);
            try (ResultSet rs = select.executeQuery()) {
                List<Participant> all = new ArrayList<>();
                Questionnaire q = null;
                while (rs.next()) {
                    if (q == null) {
                        q = questionnaireOf(conn, workshopId);
                    }
                    all.add(participant(rs, q));
                }
                return all;
            }
        }
    }

    private Optional<Participant> participant(Connection conn, String sql, long workshopId, Object key) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement(sql)) {
            select.setLong(1, workshopId);
            select.setObject(2, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(participant(rs, questionnaireOf(conn, workshopId))) : Optional.empty();
            }
        }
    }

    private Questionnaire questionnaireOf(Connection conn, long workshopId) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("SELECT questionnaire_id, version FROM workshop WHERE id = ?")) {
            select.setLong(1, workshopId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return questionnaire(rs.getString(1), rs.getInt(2));
            }
        }
    }

    private Participant participant(ResultSet rs, Questionnaire q) throws SQLException {
        long finished = rs.getLong(9);
        boolean notFinished = rs.wasNull();
        return new Participant(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                rs.getString(5) == null ? null : Role.of(rs.getString(5)).orElse(Role.OTHER),
                answers(q, rs.getString(6)), rs.getLong(7), rs.getLong(8), notFinished ? null : finished, rs.getString(10),
                rs.getObject(11) == null ? null : rs.getLong(11), rs.getObject(12) == null ? null : rs.getLong(12));
    }

    private Optional<Workshop> one(String sql, String key) {
        return database.read(conn -> one(conn, sql, key));
    }

    private Optional<Workshop> one(Connection conn, String sql, Object key) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(workshop(rs)) : Optional.empty();
            }
        }
    }

    private Workshop workshop(ResultSet rs) throws SQLException {
        return workshop(rs, false);
    }

    /** With {@code lenient}, answers that cannot be read are left empty instead of failing. */
    private Workshop workshop(ResultSet rs, boolean lenient) throws SQLException {
        Questionnaire q = questionnaire(rs.getString(5), rs.getInt(6));
        return new Workshop(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), answers(q, rs.getString(10), lenient),
                answers(q, rs.getString(11), lenient), rs.getLong(12), rs.getLong(13), rs.getObject(14) == null ? null : rs.getLong(14),
                rs.getString(15));
    }

    private static Answers answers(Questionnaire q, String json, boolean lenient) {
        try {
            return answers(q, json);
        } catch (UnreadableRecordException e) {
            if (lenient) {
                return Answers.NONE;
            }
            throw e;
        }
    }

    /** The questionnaire version a workshop was started with (kept by {@link QuestionnaireVersions} after the file moved on). */
    Questionnaire questionnaire(String id, int version) {
        return questionnaires.find(id, version).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + id + " version " + version + " of a workshop is not available"));
    }

    /** Stored answers were checked when they were saved; reading them back cannot fail unless the file was edited by hand. */
    private static Answers answers(Questionnaire q, String json) {
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(q, Json.mapper().readTree(json));
            if (!parsed.valid()) {
                throw new UnreadableRecordException("stored answers do not fit " + q.id() + " " + q.version() + ": "
                        + parsed.problems().size() + " problem(s)", null);
            }
            return parsed.answers();
        } catch (JsonProcessingException e) {
            throw new UnreadableRecordException("stored answers cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(Answers answers) {
        try {
            return Json.mapper().writeValueAsString(AnswersJson.toJson(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        return database.transaction(conn -> {
            try (PreparedStatement update = conn.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection conn, String sql, Object key) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String publicId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
