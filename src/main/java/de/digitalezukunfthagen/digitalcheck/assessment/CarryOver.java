package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moving from a shorter check to a longer one without answering twice. An answer is carried over when
 * the longer questionnaire has a question with the same id and the same type, and the answer is valid
 * there as it stands (every chosen option exists, a number lies within the limits): the engine's own
 * answer parser decides, so no answer is ever translated or guessed. Only answers to questions that
 * were asked (visible) are taken; the company name goes along.
 */
final class CarryOver {
    private CarryOver() {
    }

    /**
     * The questionnaire a person may continue with from {@code from}: the longest other current one
     * with more questions that shares at least one question id.
     */
    static Optional<Questionnaire> target(Questionnaire from, List<Questionnaire> current) {
        return current.stream()
                .filter(q -> !q.id().equals(from.id()))
                .filter(q -> q.allQuestions().size() > from.allQuestions().size())
                .filter(q -> q.allQuestions().stream().anyMatch(x -> from.question(x.id()).isPresent()))
                .max(Comparator.comparingInt((Questionnaire q) -> q.allQuestions().size()));
    }

    static Answers answers(Evaluation source, Answers answers, Questionnaire from, Questionnaire to) {
        Map<String, Answer> carried = new LinkedHashMap<>();
        answers.values().forEach((id, answer) -> {
            Optional<Question> there = to.question(id);
            Optional<Question> here = from.question(id);
            if (there.isEmpty() || here.isEmpty() || there.get().type() != here.get().type() || !source.isVisible(id)) {
                return;
            }
            ObjectNode one = Json.mapper().createObjectNode();
            one.set(id, AnswersJson.toJson(answer));
            AnswerParser.Parsed parsed = AnswerParser.parse(to, one);
            if (parsed.valid()) {
                carried.putAll(parsed.changes());
            }
        });
        return new Answers(carried);
    }
}
