package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question as {@code templates/partials/question.peb} shows it, with its texts already in the
 * reader's language: the current value, whether it is visible now ({@code show_if}), an error, and
 * whether it is a required question still open. {@code showIf} is the condition as JSON for the
 * script that shows and hides questions at once (null: always shown). {@code integer}: the number must
 * be whole, so phones offer the keypad without a decimal separator.
 */
public record QuestionView(
        String id,
        String type,
        String text,
        String help,
        boolean required,
        boolean visible,
        List<OptionView> options,
        String unit,
        String range,
        String value,
        String error,
        boolean open,
        String showIf,
        int maxLength,
        boolean integer) {

    public record OptionView(String id, String label, boolean exclusive, boolean checked) {
    }

    /**
     * The views of {@code questions}: {@code values} as the form shows them (see {@link AnswerForm}),
     * {@code visible} the ids visible now, {@code errors} a message per question id, {@code open} the
     * ids of required questions to mark as still open.
     */
    public static List<QuestionView> of(List<Question> questions, Map<String, List<String>> values, Set<String> visible,
                                        Map<String, String> errors, Set<String> open, Messages messages, Language language) {
        String lang = language.code();
        List<QuestionView> views = new ArrayList<>();
        for (Question q : questions) {
            List<String> chosen = values.getOrDefault(q.id(), List.of());
            List<OptionView> options = new ArrayList<>();
            for (Option o : q.options()) {
                options.add(new OptionView(o.id(), o.label().in(lang), o.standsAlone(), chosen.contains(o.id())));
            }
            String range = null;
            if (q.min() != null && q.max() != null) {
                range = messages.get(language, "form.number.hint.range", num(q.min(), language), num(q.max(), language));
            } else if (q.min() != null) {
                range = messages.get(language, "form.number.hint.min", num(q.min(), language));
            } else if (q.max() != null) {
                range = messages.get(language, "form.number.hint.max", num(q.max(), language));
            }
            views.add(new QuestionView(
                    q.id(),
                    q.type().id(),
                    q.text().in(lang),
                    text(q.help(), lang),
                    q.required(),
                    visible.contains(q.id()),
                    options,
                    text(q.unit(), lang),
                    range,
                    chosen.isEmpty() ? "" : chosen.get(0),
                    errors.get(q.id()),
                    open.contains(q.id()) && !errors.containsKey(q.id()),
                    q.showIf() == null ? null : json(q),
                    Question.MAX_TEXT_LENGTH,
                    q.integer()));
        }
        return views;
    }

    private static String json(Question q) {
        try {
            return Json.mapper().writeValueAsString(ConditionJson.of(q.showIf()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Text text, String lang) {
        if (text == null) {
            return null;
        }
        String s = text.in(lang);
        return s.isBlank() ? null : s;
    }

    private static String num(Double d, Language language) {
        return AnswerForm.formatNumber(BigDecimal.valueOf(d), language);
    }
}
