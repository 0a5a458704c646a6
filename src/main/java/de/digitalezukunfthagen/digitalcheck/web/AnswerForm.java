package de.digitalezukunfthagen.digitalcheck.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the answers to some questions from an HTML form (field {@code q.<question id>}; a multi
 * question sends one value per ticked box) and checks them with the engine. An empty field removes
 * the answer. Numbers are accepted as a person types them: {@code 12}, {@code 2,5} or {@code 2.5}.
 * Every message is in the reader's language. Shared by the online check and the workshop mode.
 */
public final class AnswerForm {
    public static final String PREFIX = "q.";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern GROUPED_DE = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern GROUPED_EN = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    private AnswerForm() {
    }

    /**
     * What the form said: the checked changes (null value = remove), the values as typed (to show the
     * form again), and a message per question that could not be accepted. Nothing is valid unless
     * {@code errors} is empty.
     */
    public record Read(Map<String, Answer> changes, Map<String, List<String>> values, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Read read(Map<String, List<String>> form, Questionnaire questionnaire, List<Question> questions,
                            Messages messages, Language language) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : questions) {
            List<String> given = new ArrayList<>();
            for (String v : form.getOrDefault(PREFIX + q.id(), List.of())) {
                String clean = q.type() == de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType.TEXT
                        ? v.replace("\r\n", "\n").strip() : v.strip();
                if (!clean.isEmpty()) {
                    given.add(clean);
                }
            }
            values.put(q.id(), given);
            if (given.isEmpty()) {
                json.putNull(q.id());
                continue;
            }
            switch (q.type()) {
                case SINGLE -> json.put(q.id(), given.get(0));
                case MULTI -> {
                    ArrayNode array = json.putArray(q.id());
                    new LinkedHashSet<>(given).forEach(array::add);
                }
                case NUMBER -> {
                    BigDecimal number = parseNumber(given.get(0), language);
                    if (number == null) {
                        errors.put(q.id(), messages.get(language, grouped(given.get(0), language)
                                ? "form.number.grouping" : "form.number.invalid"));
                    } else if (q.integer() && number.stripTrailingZeros().scale() > 0) {
                        errors.put(q.id(), messages.get(language, "form.number.whole"));
                    } else {
                        json.put(q.id(), number);
                    }
                }
                case TEXT -> json.put(q.id(), given.get(0));
            }
        }
        AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire, json);
        for (AnswerProblem problem : parsed.problems()) {
            if (problem.question() != null && !errors.containsKey(problem.question())) {
                Question q = questionnaire.question(problem.question()).orElse(null);
                errors.put(problem.question(), message(q, problem, messages, language));
            }
        }
        if (!errors.isEmpty()) {
            return new Read(Map.of(), values, errors);
        }
        return new Read(parsed.changes(), values, errors);
    }

    /** A number as typed: {@code 12}, {@code 2,5}, {@code 2.5}, {@code -1}; null when it is not one. */
    public static BigDecimal parseNumber(String text, Language language) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(t).matches() || grouped(t, language)) {
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** 1.000 in German (1,000 in English) is a thousands separator, not a decimal: ask again rather than guess. */
    private static boolean grouped(String text, Language language) {
        return (language == Language.DE ? GROUPED_DE : GROUPED_EN).matcher(text.strip()).matches();
    }

    /** The values of stored answers as a form shows them: option ids, or a number in the reader's format. */
    public static Map<String, List<String>> values(Answers answers, List<Question> questions, Language language) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question q : questions) {
            Answer a = answers.get(q.id());
            List<String> v;
            if (a instanceof Answer.Choice c) {
                v = List.of(c.option());
            } else if (a instanceof Answer.Choices c) {
                v = c.options();
            } else if (a instanceof Answer.Num n) {
                v = List.of(formatNumber(n.value(), language));
            } else if (a instanceof Answer.FreeText t) {
                v = List.of(t.value());
            } else {
                v = List.of();
            }
            values.put(q.id(), v);
        }
        return values;
    }

    /** 2.5 as "2,5" in German, "2.5" in English; no grouping, so that it reads back the same. */
    public static String formatNumber(BigDecimal value, Language language) {
        DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(language.locale()));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static String message(Question q, AnswerProblem problem, Messages messages, Language language) {
        if (q == null) {
            return messages.get(language, "form.option.unknown");
        }
        switch (q.type()) {
            case NUMBER -> {
                String min = q.min() == null ? null : formatNumber(BigDecimal.valueOf(q.min()), language);
                String max = q.max() == null ? null : formatNumber(BigDecimal.valueOf(q.max()), language);
                if (min != null && max != null) {
                    return messages.get(language, "form.number.range", min, max);
                }
                return min != null ? messages.get(language, "form.number.min", min)
                        : max != null ? messages.get(language, "form.number.max", max)
                        : messages.get(language, "form.number.invalid");
            }
            case TEXT -> {
                return messages.get(language, "form.text.long", String.valueOf(Question.MAX_TEXT_LENGTH));
            }
            case MULTI -> {
                Option option = problem.option() == null ? null : q.option(problem.option()).orElse(null);
                if (option != null && option.standsAlone()) {
                    return messages.get(language, "form.multi.alone", option.label().in(language.code()));
                }
                return messages.get(language, "form.option.unknown");
            }
            default -> {
                return messages.get(language, "form.option.unknown");
            }
        }
    }
}
