package de.digitalezukunfthagen.digitalcheck.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes answers in the JSON form of the contract. */
public final class AnswersJson {

    /** A whole answers document: which questionnaire, and the accepted answers or every problem. */
    public record Document(Questionnaire questionnaire, Answers answers, List<AnswerProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final java.util.Set<String> KEYS = java.util.Set.of("questionnaire", "version", "answers");

    private AnswersJson() {
    }

    public static ObjectNode toJson(Answers answers) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        answers.values().forEach((id, answer) -> node.set(id, toJson(answer)));
        return node;
    }

    public static JsonNode toJson(Answer answer) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (answer instanceof Answer.Choice c) {
            return f.textNode(c.option());
        } else if (answer instanceof Answer.Choices c) {
            ArrayNode array = f.arrayNode();
            c.options().forEach(array::add);
            return array;
        } else if (answer instanceof Answer.Num n) {
            return f.numberNode(n.value());
        } else {
            return f.textNode(((Answer.FreeText) answer).value());
        }
    }

    /**
     * The answers as they read back after {@link #toJson} and the JSON mapper wrote them: numbers are
     * written without an exponent, so 1E+2 reads back as 100. Stored and cached answers are kept in
     * this form, so an assessment has the same answers whether they were just saved or read again.
     */
    public static Answers asStored(Answers answers) {
        return new Answers(asStored(answers.values()));
    }

    /** {@link #asStored(Answers)} for changes, where a null value (remove the answer) stays null. */
    public static Map<String, Answer> asStored(Map<String, Answer> answers) {
        Map<String, Answer> stored = new LinkedHashMap<>();
        answers.forEach((id, answer) -> stored.put(id, answer instanceof Answer.Num n
                ? new Answer.Num(new BigDecimal(n.value().toPlainString())) : answer));
        return stored;
    }

    /**
     * Reads {@code {"questionnaire": ID, "version": N, "answers": {...}}} against the loaded catalog.
     * {@code version} may be left out (the current version).
     */
    public static Document read(Catalog catalog, JsonNode root) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add(new AnswerProblem(null, null, "the answers must be a JSON object with \"questionnaire\" and \"answers\""));
            return new Document(null, Answers.NONE, problems);
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                // a typo such as "answer" must not turn into a silently empty set of answers
                problems.add(new AnswerProblem(null, null, "unknown key \"" + Bounds.echo(name) + "\"; the answers have only "
                        + "\"questionnaire\", \"version\" and \"answers\""));
            }
        }
        JsonNode id = root.get("questionnaire");
        if (id == null || !id.isTextual()) {
            problems.add(new AnswerProblem(null, null, "\"questionnaire\" must name a questionnaire id, e.g. \"digital-check\""));
            return new Document(null, Answers.NONE, problems);
        }
        Questionnaire q = catalog.find(id.textValue()).orElse(null);
        if (q == null) {
            problems.add(new AnswerProblem(null, null, "questionnaire '" + Bounds.echo(id.textValue()) + "' does not exist (known: "
                    + String.join(", ", catalog.questionnaires().stream().map(Questionnaire::id).toList()) + ")"));
            return new Document(null, Answers.NONE, problems);
        }
        JsonNode version = root.get("version");
        if (version != null && !version.isNull()) {
            if (!version.canConvertToExactIntegral() || !version.isNumber()) {
                problems.add(new AnswerProblem(null, null, "\"version\" must be a whole number"));
            } else if (version.decimalValue().compareTo(java.math.BigDecimal.valueOf(q.version())) != 0) {
                // compared exactly: 4294967297 must not pass for version 1 through int overflow
                problems.add(new AnswerProblem(null, null, "questionnaire '" + q.id() + "' has no version "
                        + Bounds.echo(version.asText()) + " (the current version is "
                        + q.version() + ")"));
            }
        }
        AnswerParser.Parsed parsed = AnswerParser.parse(q, root.get("answers"));
        problems.addAll(parsed.problems());
        return new Document(q, problems.isEmpty() ? parsed.answers() : Answers.NONE, problems);
    }
}
