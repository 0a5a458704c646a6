package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the workshop's forms share with the online flow's step form ({@code assessment/step.peb}):
 * {@code _shown} lists the questions the page showed, {@code data-answers} the answers of other
 * pages, so {@code assessment.js} can apply {@code show_if} at once; after saving, a question the
 * answers newly opened sends the person back to the same page.
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

    /** The ids of the questions shown as visible, for {@code _shown}. */
    static String shown(List<Question> questions, Evaluation evaluation) {
        return String.join(" ", questions.stream().map(Question::id).filter(evaluation::isVisible).toList());
    }

    /** The visible answers not on this page, as JSON for the script. */
    static String otherAnswers(Answers answers, List<Question> onPage, Evaluation evaluation) {
        Set<String> here = new HashSet<>(onPage.stream().map(Question::id).toList());
        Map<String, Answer> other = new LinkedHashMap<>();
        answers.values().forEach((id, answer) -> {
            if (!here.contains(id) && evaluation.isVisible(id)) {
                other.put(id, answer);
            }
        });
        try {
            return Json.mapper().writeValueAsString(AnswersJson.toJson(new Answers(other)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first question of the page that is visible now, was not shown when the form was sent, and is unanswered. */
    static Optional<String> newlyOpened(Context ctx, List<Question> onPage, Evaluation after, Answers answers) {
        Set<String> shown = new HashSet<>(Arrays.asList(String.valueOf(ctx.formParam("_shown")).split("\\s+")));
        return onPage.stream().map(Question::id)
                .filter(id -> after.isVisible(id) && !shown.contains(id) && !answers.has(id))
                .findFirst();
    }
}
