package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import java.util.ArrayList;
import java.util.List;

/** An answer as people read it (participant's summary, CSV): option labels, numbers in the reader's format with their unit. */
final class AnswerText {
    private AnswerText() {
    }

    static String of(Question q, Answer answer, Language language) {
        if (answer == null) {
            return "";
        }
        if (answer instanceof Answer.Choice c) {
            return label(q, c.option(), language);
        }
        if (answer instanceof Answer.Choices c) {
            List<String> labels = new ArrayList<>();
            c.options().forEach(id -> labels.add(label(q, id, language)));
            return String.join(", ", labels);
        }
        if (answer instanceof Answer.Num n) {
            String unit = q.unit() == null ? "" : q.unit().in(language.code());
            return AnswerForm.formatNumber(n.value(), language) + (unit.isBlank() ? "" : " " + unit);
        }
        return ((Answer.FreeText) answer).value();
    }

    private static String label(Question q, String optionId, Language language) {
        return q.option(optionId).map(Option::label).map(l -> l.in(language.code())).orElse(optionId);
    }
}
