package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML form of a page of questions: how each question is shown (with the answer given so far),
 * and how a submitted form becomes answers, checked by the engine's {@link AnswerParser}. Each
 * question is a field {@code q.<id>}; the page lists the questions it showed in {@code shown}, so a
 * question that was not on the page keeps its answer, and an emptied one loses it.
 */
final class AnswerForm {
    static final String PREFIX = "q.";
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}([.,]\\d{1,6})?");

    private AnswerForm() {
    }

    /** One option as shown. */
    record OptionView(String id, Object label, boolean checked, boolean na, boolean exclusive) {
    }

    /** One question as shown; {@code value} is the text of a number or text field; {@code error} a message key. */
    record QuestionView(Question question, String type, List<OptionView> options, String value, String error,
            Object errorArg, Spread.QuestionSpread spread) {

        public String id() {
            return question.id();
        }

        public String field() {
            return PREFIX + question.id();
        }

        /** The ids of the help text and the error message beside it, for aria-describedby; empty if neither. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (question.help() != null) {
                ids.add("help-" + question.id());
            }
            if (error != null) {
                ids.add("err-" + question.id());
            }
            return String.join(" ", ids);
        }
    }

    /** What the submitted form says: the accepted changes, or the problems by question id. */
    record Submitted(Map<String, Answer> changes, Map<String, AnswerProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }

        Answers applyTo(Answers answers) {
            return answers.merge(changes);
        }
    }

    static List<QuestionView> views(List<Question> questions, Answers answers, Language language,
            Map<String, AnswerProblem> problems, Map<String, String> rawValues, Spread spread) {
        List<QuestionView> views = new ArrayList<>();
        for (Question q : questions) {
            Answer answer = answers.get(q.id());
            List<String> chosen = answer instanceof Answer.Choice c ? List.of(c.option())
                    : answer instanceof Answer.Choices c ? c.options() : List.of();
            List<OptionView> options = q.options().stream()
                    .map(o -> new OptionView(o.id(), o.label(), chosen.contains(o.id()), o.na(), o.exclusive())).toList();
            String value = rawValues.containsKey(q.id()) ? rawValues.get(q.id()) : text(answer, language);
            AnswerProblem problem = problems.get(q.id());
            views.add(new QuestionView(q, q.type().id(), options, value, problem == null ? null : errorKey(q),
                    problem == null ? "" : errorArg(q, language), spread == null ? null : spread.question(q.id())));
        }
        return views;
    }

    /** Reads the fields of the questions the page showed (and that belong to {@code allowed}). */
    static Submitted read(Context ctx, Questionnaire questionnaire, List<Question> allowed) {
        Set<String> shown = new LinkedHashSet<>(ctx.formParams("shown"));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Question q : allowed) {
            if (!shown.contains(q.id())) {
                continue;
            }
            String field = PREFIX + q.id();
            switch (q.type()) {
                case SINGLE -> {
                    String value = ctx.formParam(field);
                    node.set(q.id(), value == null || value.isBlank() ? node.nullNode() : node.textNode(value));
                }
                case MULTI -> {
                    List<String> values = ctx.formParams(field).stream().filter(v -> !v.isBlank()).distinct().toList();
                    if (values.isEmpty()) {
                        node.putNull(q.id());
                    } else {
                        ArrayNode array = node.putArray(q.id());
                        values.forEach(array::add);
                    }
                }
                case NUMBER -> {
                    String value = trimmed(ctx.formParam(field));
                    if (value.isEmpty()) {
                        node.putNull(q.id());
                    } else if (DECIMAL.matcher(value).matches()) {
                        node.put(q.id(), new BigDecimal(value.replace(',', '.')));
                    } else {
                        node.put(q.id(), value); // the parser reports it as "not a number"
                    }
                }
                case TEXT -> {
                    String value = trimmed(ctx.formParam(field));
                    node.set(q.id(), value.isEmpty() ? node.nullNode() : node.textNode(value));
                }
            }
        }
        AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire, node);
        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        parsed.problems().forEach(p -> problems.putIfAbsent(p.question(), p));
        return new Submitted(parsed.changes(), problems);
    }

    /** The raw text typed into number and text fields, to show it again beside an error. */
    static Map<String, String> rawValues(Context ctx, List<Question> questions) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.NUMBER || q.type() == QuestionType.TEXT) {
                String value = ctx.formParam(PREFIX + q.id());
                if (value != null) {
                    raw.put(q.id(), value);
                }
            }
        }
        return raw;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String text(Answer answer, Language language) {
        if (answer instanceof Answer.Num n) {
            NumberFormat format = NumberFormat.getNumberInstance(language.locale());
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(6);
            return format.format(n.value());
        }
        return answer instanceof Answer.FreeText t ? t.value() : "";
    }

    private static String errorKey(Question q) {
        return switch (q.type()) {
            case NUMBER -> q.min() != null || q.max() != null ? "workshop.error.numberRange" : "workshop.error.number";
            case MULTI -> "workshop.error.exclusive";
            case TEXT -> "workshop.error.tooLong";
            case SINGLE -> "workshop.error.option";
        };
    }

    private static Object errorArg(Question q, Language language) {
        if (q.type() != QuestionType.NUMBER) {
            return Question.MAX_TEXT_LENGTH;
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        String min = q.min() == null ? "–" : format.format(q.min());
        String max = q.max() == null ? "–" : format.format(q.max());
        return min + " – " + max;
    }

    /** How an answer reads for people (export, consensus): option labels, numbers in the reader's format. */
    static String describe(Question q, Answer answer, Language language) {
        if (answer == null) {
            return "";
        }
        if (answer instanceof Answer.Choice c) {
            return q.option(c.option()).map(o -> o.label().in(language.code())).orElse(c.option());
        }
        if (answer instanceof Answer.Choices c) {
            List<String> labels = new ArrayList<>();
            for (String id : c.options()) {
                labels.add(q.option(id).map(Option::label).map(l -> l.in(language.code())).orElse(id));
            }
            return String.join(", ", labels);
        }
        return text(answer, language);
    }
}
