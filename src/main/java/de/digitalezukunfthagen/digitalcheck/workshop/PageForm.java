package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/**
 * The workshop's pages of questions: the page number in the path and {@code _shown}; what they share
 * with the online flow's step form is in {@link de.digitalezukunfthagen.digitalcheck.web.StepForm}.
 */
final class PageForm {
    private PageForm() {
    }

    /** The dimension of the page number in the path ({@code {n}}, from 1); "not found" for any other. */
    static Dimension dimension(Questionnaire q, Context ctx) {
        try {
            int n = Integer.parseInt(ctx.pathParam("n"));
            if (n >= 1 && n <= q.dimensions().size()) {
                return q.dimensions().get(n - 1);
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundResponse();
    }

    /** Whether the page number in the path ({@code {n}}) is a number past the last dimension. */
    static boolean pastLast(Questionnaire q, Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("n")) > q.dimensions().size();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The ids of the questions shown as visible, for {@code _shown}. */
    static String shown(List<Question> questions, Evaluation evaluation) {
        return String.join(" ", questions.stream().map(Question::id).filter(evaluation::isVisible).toList());
    }

}
