package de.digitalezukunfthagen.digitalcheck.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One company's answers, written by question id and option id exactly as in the YAML. The same sheet
 * answers the full check and the Quick-Check: for the Quick-Check only the questions it asks are
 * passed on. The answers go through {@link AnswerParser}, the path the API and the command line use,
 * so a typo in an id fails the test instead of silently leaving a question unanswered.
 */
final class AnswerSheet {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final Map<String, Consumer<ObjectNode>> answers = new LinkedHashMap<>();

    AnswerSheet one(String question, String option) {
        answers.put(question, node -> node.put(question, option));
        return this;
    }

    AnswerSheet many(String question, String... options) {
        answers.put(question, node -> {
            ArrayNode array = node.putArray(question);
            for (String option : options) {
                array.add(option);
            }
        });
        return this;
    }

    AnswerSheet number(String question, int value) {
        answers.put(question, node -> node.put(question, value));
        return this;
    }

    AnswerSheet without(String question) {
        answers.remove(question);
        return this;
    }

    AnswerSheet copy() {
        AnswerSheet copy = new AnswerSheet();
        copy.answers.putAll(answers);
        return copy;
    }

    /** Every question of every dimension answered with its best (or worst) option, never "does not apply" or "don't know". */
    AnswerSheet everywhere(Questionnaire questionnaire, boolean best) {
        Comparator<Option> byPoints = Comparator.comparingDouble(Option::points);
        for (Dimension d : questionnaire.dimensions()) {
            for (Question q : d.questions()) {
                if (q.type() != QuestionType.SINGLE) {
                    throw new AssertionError("no rule for '" + q.id() + "' of type " + q.type());
                }
                // "does not apply" and "don't know" are never an answer of this kind of persona
                var candidates = q.options().stream().filter(o -> !o.na() && !o.unknown());
                // ties: the option listed first (e.g. "Gar nicht" rather than "Weiß ich nicht")
                Option chosen = best ? candidates.max(byPoints).orElseThrow() : candidates.min(byPoints).orElseThrow();
                one(q.id(), chosen.id());
            }
        }
        return this;
    }

    /** The answers for {@code questionnaire}: all of them, or, with {@code onlyItsQuestions}, those it asks. */
    Answers to(Questionnaire questionnaire, boolean onlyItsQuestions) {
        ObjectNode node = JSON.objectNode();
        Map<String, Question> questions = questionnaire.questionsById();
        answers.forEach((id, writer) -> {
            if (!onlyItsQuestions || questions.containsKey(id)) {
                writer.accept(node);
            }
        });
        AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire, node);
        if (!parsed.valid()) {
            throw new AssertionError("the persona's answers do not fit " + questionnaire.id() + ": " + parsed.problems());
        }
        return parsed.answers();
    }
}
