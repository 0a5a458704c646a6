package de.digitalezukunfthagen.digitalcheck.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether stored answers complete their check, judged with the questionnaire version they were answered
 * with, read from the database's own snapshot (so {@code purge} needs no questionnaire files). One per
 * run of the retention: it caches the parsed versions.
 */
final class Completion {
    private final Map<String, Optional<Questionnaire>> versions = new HashMap<>();

    /** Empty when it cannot be judged (the version or the answers cannot be read): such a check is kept. */
    Optional<Boolean> complete(Connection conn, String questionnaireId, int version, String answersJson) throws SQLException {
        Optional<Questionnaire> questionnaire = versions.get(questionnaireId + "@" + version);
        if (questionnaire == null) {
            questionnaire = snapshot(conn, questionnaireId, version);
            versions.put(questionnaireId + "@" + version, questionnaire);
        }
        if (questionnaire.isEmpty()) {
            return Optional.empty();
        }
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire.get(), Json.mapper().readTree(answersJson));
            if (!parsed.valid()) {
                return Optional.empty();
            }
            return Optional.of(Scorer.evaluate(questionnaire.get(), List.of(), parsed.answers()).result().complete());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Questionnaire> snapshot(Connection conn, String id, int version) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("""
                SELECT source_yaml FROM questionnaire_snapshot WHERE questionnaire_id = ? AND version = ?
                """)) {
            select.setString(1, id);
            select.setInt(2, version);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                QuestionnaireLoader.FromText parsed = QuestionnaireLoader.parse(id + ".yaml", rs.getString(1));
                return parsed.valid() ? Optional.of(parsed.questionnaire()) : Optional.empty();
            }
        }
    }
}
