package de.digitalezukunfthagen.digitalcheck.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks JSON answers against a questionnaire. A set of answers is accepted whole or rejected whole,
 * with one problem for everything that is wrong.
 */
public final class AnswerParser {

    /** The accepted answers (a null value: remove this answer), or the problems. */
    public record Parsed(Map<String, Answer> changes, List<AnswerProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }

        /** The answers without removals, for a complete set such as the command line reads. */
        public Answers answers() {
            return Answers.NONE.merge(changes);
        }
    }

    private AnswerParser() {
    }

    /** Parses the value of {@code "answers"}: an object of question ids to answers; null values mean "remove". */
    public static Parsed parse(Questionnaire questionnaire, JsonNode answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<String, Answer> changes = new LinkedHashMap<>();
        if (answers == null || answers.isMissingNode() || answers.isNull()) {
            return new Parsed(changes, problems);
        }
        if (!answers.isObject()) {
            problems.add(new AnswerProblem(null, null, "'answers' must be an object of question ids to answers"));
            return new Parsed(changes, problems);
        }
        Map<String, Question> questions = questionnaire.questionsById();
        answers.fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            JsonNode value = entry.getValue();
            Question question = questions.get(id);
            if (question == null) {
                problems.add(new AnswerProblem(id, null, "there is no question '" + id + "' in questionnaire '"
                        + questionnaire.id() + "'"));
                return;
            }
            if (value.isNull()) {
                changes.put(id, null);
                return;
            }
            Answer answer = parse(question, value, problems);
            if (answer != null) {
                changes.put(id, answer);
            }
        });
        return new Parsed(problems.isEmpty() ? changes : Map.of(), problems);
    }

    private static Answer parse(Question q, JsonNode value, List<AnswerProblem> problems) {
        String id = q.id();
        switch (q.type()) {
            case SINGLE -> {
                if (!value.isTextual()) {
                    problems.add(new AnswerProblem(id, null, "a single-choice answer must be one option id as a string"
                            + optionList(q)));
                    return null;
                }
                String option = value.textValue();
                if (q.option(option).isEmpty()) {
                    problems.add(new AnswerProblem(id, option, "unknown option" + optionList(q)));
                    return null;
                }
                return new Answer.Choice(option);
            }
            case MULTI -> {
                if (!value.isArray() || value.isEmpty()) {
                    problems.add(new AnswerProblem(id, null, "a multiple-choice answer must be a non-empty array of option ids"
                            + optionList(q)));
                    return null;
                }
                List<String> chosen = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                boolean ok = true;
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        problems.add(new AnswerProblem(id, null, "each chosen option must be an option id as a string, not " + item));
                        ok = false;
                        continue;
                    }
                    String option = item.textValue();
                    if (q.option(option).isEmpty()) {
                        problems.add(new AnswerProblem(id, option, "unknown option" + optionList(q)));
                        ok = false;
                    } else if (!seen.add(option)) {
                        problems.add(new AnswerProblem(id, option, "the option is chosen twice"));
                        ok = false;
                    } else {
                        chosen.add(option);
                    }
                }
                // an unknown or repeated entry still counts as "another option" for one that stands alone
                long distinct = java.util.stream.StreamSupport.stream(value.spliterator(), false).distinct().count();
                if (distinct > 1) {
                    for (String option : chosen) {
                        Option o = q.option(option).orElseThrow();
                        if (o.standsAlone()) {
                            problems.add(new AnswerProblem(id, option, "this option cannot be combined with other options"));
                            ok = false;
                        }
                    }
                }
                return ok ? new Answer.Choices(chosen) : null;
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    problems.add(new AnswerProblem(id, null, "the answer must be a number, not " + value));
                    return null;
                }
                if (!Double.isFinite(value.doubleValue())) {
                    problems.add(new AnswerProblem(id, null, "the number " + value.asText() + " is too large"));
                    return null;
                }
                BigDecimal number = value.decimalValue();
                double d = value.doubleValue();
                if (q.integer() && number.stripTrailingZeros().scale() > 0) {
                    problems.add(new AnswerProblem(id, null, "question '" + id + "' takes a whole number, not "
                            + number.toPlainString()));
                    return null;
                }
                if (q.min() != null && d < q.min()) {
                    problems.add(new AnswerProblem(id, null, "the number " + number.toPlainString() + " is below the minimum "
                            + plain(q.min())));
                    return null;
                }
                if (q.max() != null && d > q.max()) {
                    problems.add(new AnswerProblem(id, null, "the number " + number.toPlainString() + " is above the maximum "
                            + plain(q.max())));
                    return null;
                }
                return new Answer.Num(number);
            }
            default -> {
                if (!value.isTextual()) {
                    problems.add(new AnswerProblem(id, null, "the answer must be a text (a JSON string)"));
                    return null;
                }
                String text = value.textValue();
                int length = text.codePointCount(0, text.length());
                if (length > Question.MAX_TEXT_LENGTH) {
                    problems.add(new AnswerProblem(id, null, "the text has " + length + " characters; at most "
                            + Question.MAX_TEXT_LENGTH + " are allowed"));
                    return null;
                }
                return new Answer.FreeText(text);
            }
        }
    }

    private static String optionList(Question q) {
        return q.type() == QuestionType.TEXT ? "" : " (options: "
                + String.join(", ", q.options().stream().map(Option::id).toList()) + ")";
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
