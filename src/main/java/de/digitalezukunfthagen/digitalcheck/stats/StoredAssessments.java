package de.digitalezukunfthagen.digitalcheck.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the stored assessments for the summary evaluation, through a read-only {@link Database}: the
 * database file is never created, migrated or changed. Each assessment is handed on as its
 * {@link Facts}, one at a time, so memory does not grow with their number: the facts the app stored
 * when the assessment was saved, or, for an assessment without them (a database the app has not
 * opened since the facts table came), computed here by the engine with the questionnaire version it
 * was answered with, parsed from the snapshot table (never today's file). Tests and demonstrations
 * are left out. Not read: the company name, the token hash, free text, the workshop tables with the
 * participants' own answers (a workshop counts once, by the consensus it handed over).
 */
public final class StoredAssessments {

    /** Every questionnaire the database knows: the newest version of each, and all versions. */
    public record Known(List<Questionnaire> newest, List<Questionnaire> versions) {
        public Known {
            newest = List.copyOf(newest);
            versions = List.copyOf(versions);
        }
    }

    /** Receives the questionnaires first, then the facts of each assessment; returns how many could not be read. */
    public interface Reader {
        Consumer<Facts> start(Known known);
    }

    private StoredAssessments() {
    }

    /** Streams the database {@code file} into {@code reader}; returns the number of assessments that could not be read. */
    public static int read(Path file, Reader reader) {
        try (Database database = Database.openReadOnly(file)) {
            return read(database, file.toString(), reader);
        }
    }

    /** Streams an open database (a SQLite file or PostgreSQL), named {@code name} in messages, into {@code reader}. */
    public static int read(Database database, String name, Reader reader) {
        try {
            return database.read(conn -> read(conn, name, reader));
        } catch (Database.DatabaseException e) {
            throw new IllegalStateException("cannot read the database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection conn, String table) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static int read(Connection conn, String name, Reader reader) throws SQLException {
        if (!hasTable(conn, "assessment") || !hasTable(conn, "questionnaire_snapshot")) {
            throw new IllegalArgumentException(name + " is not a database of the Digital-Check");
        }
        boolean withFacts = hasTable(conn, "assessment_facts");
        // one read transaction, so snapshots and assessments are seen at the same moment
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            Map<String, Questionnaire> versions = new HashMap<>();
            Map<String, Questionnaire> newest = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT questionnaire_id, version, source_yaml FROM questionnaire_snapshot")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    int version = rs.getInt(2);
                    QuestionnaireLoader.FromText parsed = QuestionnaireLoader.parse(id + ".yaml", rs.getString(3));
                    if (!parsed.valid()) {
                        throw new IllegalStateException("the stored copy of questionnaire '" + id + "' version " + version
                                + " cannot be read: " + parsed.problems());
                    }
                    Questionnaire q = parsed.questionnaire();
                    versions.put(id + "@" + version, q);
                    newest.merge(id, q, (a, b) -> a.version() >= b.version() ? a : b);
                }
            }
            Consumer<Facts> sink = reader.start(new Known(
                    newest.values().stream().sorted(Comparator.comparing(Questionnaire::id)).toList(),
                    versions.values().stream().toList()));
            int unreadable = 0;
            String sql = withFacts
                    ? "SELECT a.questionnaire_id, a.questionnaire_version, a.created_at, a.origin, "
                            + "CASE WHEN f.assessment_id IS NULL THEN a.answers_json END, " + FactsStore.COLUMNS
                            + " FROM assessment a LEFT JOIN assessment_facts f ON f.assessment_id = a.id WHERE a.test = 0 ORDER BY a.id"
                    : "SELECT questionnaire_id, questionnaire_version, created_at, origin, answers_json FROM assessment ORDER BY id";
            try (PreparedStatement select = conn.prepareStatement(sql)) {
                select.setFetchSize(500);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String json = rs.getString(5);
                        if (json == null) {
                            sink.accept(FactsStore.read(rs, 6));
                            continue;
                        }
                        Questionnaire q = versions.get(rs.getString(1) + "@" + rs.getInt(2));
                        AnswerParser.Parsed parsed = q == null ? null : parse(q, json);
                        if (parsed == null || !parsed.valid()) {
                            unreadable++;
                        } else {
                            sink.accept(Facts.of(q, parsed.answers(), Scorer.evaluate(q, List.of(), parsed.answers()),
                                    Instant.parse(rs.getString(3)), rs.getString(4), false));
                        }
                    }
                }
            }
            return unreadable;
        } finally {
            conn.rollback();
            conn.setAutoCommit(true);
        }
    }

    private static AnswerParser.Parsed parse(Questionnaire q, String json) {
        try {
            return AnswerParser.parse(q, Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
