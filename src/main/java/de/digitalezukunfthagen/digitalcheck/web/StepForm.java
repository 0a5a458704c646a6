package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every page of questions shares (the online check's steps, the workshop's pages): {@code _shown}
 * lists the questions the page showed, {@code data-answers} the answers of other pages, so
 * {@code assessment.js} can apply {@code show_if} at once; after saving, a question the answers newly
 * opened keeps the person on the same page.
 */
public final class StepForm {
    /** The form field with the ids of the questions the page showed, separated by spaces. */
    public static final String SHOWN = "_shown";

    private StepForm() {
    }

    /** The visible answers not on this page, as JSON for the script. */
    public static String otherAnswers(Answers answers, List<Question> onPage, Evaluation evaluation) {
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
    public static Optional<String> newlyOpened(Context ctx, List<Question> onPage, Evaluation after, Answers answers) {
        Set<String> shown = new HashSet<>(Arrays.asList(String.valueOf(ctx.formParam(SHOWN)).split("\\s+")));
        return onPage.stream().map(Question::id)
                .filter(id -> after.isVisible(id) && !shown.contains(id) && !answers.has(id))
                .findFirst();
    }
}
