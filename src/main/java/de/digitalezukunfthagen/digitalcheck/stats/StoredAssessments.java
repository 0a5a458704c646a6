package de.digitalezukunfthagen.digitalcheck.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored assessments for the summary evaluation, through a read-only {@link Database}: the
 * database file is never created, migrated or changed. Each assessment comes with the questionnaire
 * version it was answered with, parsed from the snapshot table (never today's file). Only the
 * questionnaire, its version and the answers are read: not the company name, the token hash, the
 * origin or any time, nor the workshop tables with the participants' own answers (a workshop
 * counts once, by the consensus it handed over as an assessment).
 */
public final class StoredAssessments {

    /** Every questionnaire the database knows (newest version of each), the assessments, and how many could not be read. */
    public record Loaded(List<Questionnaire> questionnaires, List<Aggregator.Entry> entries, int unreadable) {
        public Loaded {
            questionnaires = List.copyOf(questionnaires);
            entries = List.copyOf(entries);
        }
    }

    private StoredAssessments() {
    }

    /** Reads the database file {@code file} without changing it. */
    public static Loaded read(Path file) {
        try (Database database = Database.openReadOnly(file)) {
            return database.read(conn -> read(conn, file));
        } catch (Database.DatabaseException e) {
            throw new IllegalStateException("cannot read the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static Loaded read(Connection conn, Path file) throws SQLException {
        try (Statement s = conn.createStatement()) {
            // one read transaction, so snapshots and assessments are seen at the same moment
            s.execute("BEGIN");
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('assessment', 'questionnaire_snapshot')")) {
                rs.next();
                if (rs.getInt(1) != 2) {
                    throw new IllegalArgumentException(file + " is not a database of the Digital-Check");
                }
            }
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
            List<Aggregator.Entry> entries = new ArrayList<>();
            int unreadable = 0;
            try (ResultSet rs = s.executeQuery(
                    "SELECT questionnaire_id, questionnaire_version, answers_json FROM assessment ORDER BY id")) {
                while (rs.next()) {
                    Questionnaire q = versions.get(rs.getString(1) + "@" + rs.getInt(2));
                    AnswerParser.Parsed parsed = q == null ? null : parse(q, rs.getString(3));
                    if (parsed == null || !parsed.valid()) {
                        unreadable++;
                    } else {
                        entries.add(new Aggregator.Entry(q, parsed.answers()));
                    }
                }
            }
            s.execute("COMMIT");
            return new Loaded(newest.values().stream().sorted(Comparator.comparing(Questionnaire::id)).toList(), entries, unreadable);
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
