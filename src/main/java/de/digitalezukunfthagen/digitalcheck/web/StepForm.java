package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every page of questions shares (the online check's steps, the workshop's pages): saving a
 * step and going on ({@link #save}); {@code _shown}
 * lists the questions the page showed, {@code data-answers} the answers of other pages, so
 * {@code assessment.js} can apply {@code show_if} at once; after saving, a question the answers newly
 * opened keeps the person on the same page.
 */
public final class StepForm {
    /** The form field with the ids of the questions the page showed, separated by spaces. */
    public static final String SHOWN = "_shown";

    private StepForm() {
    }

    /** The answers after a save, and how they score. */
    public record Saved(Answers answers, Evaluation evaluation) {
    }

    /** What differs between the online check's steps, a participant's workshop page and the company profile. */
    public interface Page {
        /** Shows the page again with what was typed and a message beside each problem; nothing was stored. */
        void showProblems(AnswerForm.Read read);

        /** Stores the page's changes in one transaction. */
        Saved store(Map<String, Answer> changes);

        /** The page's own address, where a question the answers newly opened is asked. */
        String here();

        /** Where the person goes even when a question has just opened (a step back, a language switch); empty: nowhere yet. */
        default Optional<String> leaving(Saved saved) {
            return Optional.empty();
        }

        /** Where the person goes after a complete save. */
        String onward(Saved saved);
    }

    /**
     * Save a step and go on, the one way for every page of questions: a form with a problem comes back
     * (nothing stored); else the changes are stored, and the person stays on the page when a question
     * has newly opened, or goes on.
     */
    public static void save(Context ctx, AnswerForm.Read read, List<Question> onPage, Page page) {
        if (!read.valid()) {
            page.showProblems(read);
            return;
        }
        Saved saved = page.store(read.changes());
        Optional<String> leaving = page.leaving(saved);
        if (leaving.isPresent()) {
            ctx.redirect(leaving.get(), HttpStatus.SEE_OTHER);
            return;
        }
        // show_if, applied on the server: questions this answer has just revealed are asked before moving on
        Optional<String> revealed = newlyOpened(ctx, onPage, saved.evaluation(), saved.answers());
        if (revealed.isPresent()) {
            ctx.redirect(page.here() + "?notice=more#q-" + revealed.get(), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect(page.onward(saved), HttpStatus.SEE_OTHER);
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
