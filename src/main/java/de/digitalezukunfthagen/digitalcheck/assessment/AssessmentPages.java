package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.StepForm;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the online self-assessment: start, one page per step, review, result, delete. Every
 * page works without JavaScript; every form posts back and redirects (so reloading never posts twice).
 */
final class AssessmentPages {
    private static final Set<String> ACTIONS = Set.of("next", "back", "skip", "save");

    private final Assessments assessments;
    private final Messages messages;
    private final Text profileTitle;
    private final AssistedBy assistedBy;

    AssessmentPages(Assessments assessments, Messages messages, AssistedBy assistedBy) {
        this.assessments = assessments;
        this.messages = messages;
        this.assistedBy = assistedBy;
        this.profileTitle = new Text(Map.of(
                "de", messages.get(Language.DE, "step.profile.title"),
                "en", messages.get(Language.EN, "step.profile.title")), "de");
    }

    /** The address of an assessment's pages, which is also its personal link. */
    static String base(String token) {
        return "/a/" + token;
    }

    // ---------------------------------------------------------------- start

    record Choice(String id, String title, String intro, int minutes, int questions, boolean quick) {
    }

    void start(Context ctx) {
        Language lang = Language.of(ctx);
        List<Choice> choices = new ArrayList<>();
        List<Questionnaire> sorted = new ArrayList<>(assessments.versions().current());
        sorted.sort(Comparator.comparingInt(AssessmentPages::minutes));
        for (int i = 0; i < sorted.size(); i++) {
            Questionnaire q = sorted.get(i);
            choices.add(new Choice(q.id(), q.title().in(lang.code()), q.intro() == null ? null : q.intro().in(lang.code()),
                    minutes(q), q.allQuestions().size(), i == 0 && sorted.size() > 1));
        }
        ctx.render("index.peb", Map.of("choices", choices));
    }

    /** The questionnaire's own estimate, else about 25 seconds per question. */
    static int minutes(Questionnaire q) {
        if (q.estimatedMinutes() != null) {
            return q.estimatedMinutes();
        }
        return Math.max(1, (int) Math.ceil(q.allQuestions().size() * 25 / 60.0));
    }

    void create(Context ctx) {
        String id = ctx.formParam("questionnaire");
        Questionnaire q = id == null ? null : assessments.versions().current(id).orElse(null);
        if (q == null) {
            throw new BadRequestResponse("unknown questionnaire");
        }
        Assessments.Created created = assessments.create(q, Answers.NONE, null);
        ctx.redirect(base(created.token()) + "/step/1", HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- resume

    void resume(Context ctx) {
        Assessments.Opened opened = open(ctx);
        List<Steps.Step> steps = steps(opened.questionnaire());
        Evaluation evaluation = opened.evaluate();
        List<String> missing = evaluation.result().missing();
        String target = base(opened.token()) + "/result";
        if (opened.answers().values().isEmpty()) {
            target = base(opened.token()) + "/step/1";
        } else {
            for (Steps.Step step : steps) {
                if (!step.open(missing).isEmpty()) {
                    target = base(opened.token()) + "/step/" + step.number();
                    break;
                }
            }
        }
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- steps

    void step(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Steps.Step step = step(ctx, opened);
        Language lang = Language.of(ctx);
        Evaluation evaluation = opened.evaluate();
        Map<String, List<String>> values = AnswerForm.values(opened.answers(), step.questions(), lang);
        String notice = ctx.queryParam("notice");
        boolean started = step.questions().stream().anyMatch(q -> opened.answers().has(q.id()));
        Set<String> open = "open".equals(notice) || started
                ? new HashSet<>(step.open(evaluation.result().missing())) : Set.of();
        renderStep(ctx, opened, step, evaluation, values, Map.of(), open, notice, opened.assessment().company(), null, 200);
    }

    void saveStep(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Steps.Step step = step(ctx, opened);
        Language lang = Language.of(ctx);
        String action = ctx.formParam("_action");
        if (action == null || !ACTIONS.contains(action)) {
            action = "next";
        }
        AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), opened.questionnaire(), step.questions(), messages, lang);
        String company = null;
        String companyError = null;
        if (step.isProfile()) {
            try {
                company = Assessments.company(ctx.formParam("company"));
            } catch (IllegalArgumentException e) {
                companyError = messages.get(lang, "form.company.long", String.valueOf(Assessments.MAX_COMPANY_LENGTH));
            }
        }
        if (!read.valid() || companyError != null) {
            // nothing is stored; the form comes back with what was typed and a message beside each problem
            Answers tentative = opened.answers().merge(read.valid() ? read.changes() : Map.of());
            Evaluation evaluation = Scorer.evaluate(opened.questionnaire(), opened.contacts(), tentative);
            renderStep(ctx, opened, step, evaluation, read.values(), read.errors(), Set.of(), "errors",
                    step.isProfile() ? ctx.formParam("company") : opened.assessment().company(), companyError, 422);
            return;
        }
        Assessments.Opened saved = (step.isProfile()
                ? assessments.saveAnswersAndCompany(opened.token(), read.changes(), company)
                : assessments.saveAnswers(opened.token(), read.changes())).orElseThrow(NotFoundResponse::new);
        Evaluation after = saved.evaluate();
        String here = base(saved.token()) + "/step/" + step.number();
        List<Steps.Step> steps = steps(saved.questionnaire());

        if (action.equals("back")) {
            ctx.redirect(step.number() > 1 ? base(saved.token()) + "/step/" + (step.number() - 1) : here, HttpStatus.SEE_OTHER);
            return;
        }
        // show_if, applied on the server: questions this answer has just revealed are asked before moving on
        Optional<String> revealed = StepForm.newlyOpened(ctx, step.questions(), after, saved.answers());
        if (revealed.isPresent()) {
            ctx.redirect(here + "?notice=more#q-" + revealed.get(), HttpStatus.SEE_OTHER);
            return;
        }
        if (action.equals("save")) {
            ctx.redirect(here + "?notice=saved", HttpStatus.SEE_OTHER);
            return;
        }
        List<String> open = step.open(after.result().missing());
        if (action.equals("next") && !open.isEmpty()) {
            ctx.redirect(here + "?notice=open#q-" + open.get(0), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect(step.number() < steps.size()
                ? base(saved.token()) + "/step/" + (step.number() + 1)
                : base(saved.token()) + "/review", HttpStatus.SEE_OTHER);
    }

    private void renderStep(Context ctx, Assessments.Opened opened, Steps.Step step, Evaluation evaluation,
                            Map<String, List<String>> values, Map<String, String> errors, Set<String> open, String notice,
                            String company, String companyError, int status) {
        Language lang = Language.of(ctx);
        List<Steps.Step> steps = steps(opened.questionnaire());
        List<QuestionView> questions = QuestionView.of(step.questions(), values, evaluation.visible(), errors, open, messages, lang);
        Map<String, Object> model = common(ctx, opened, evaluation);
        model.put("stepNumber", step.number());
        model.put("isProfile", step.isProfile());
        model.put("stepTitle", step.title().in(lang.code()));
        model.put("stepDescription", step.description() == null ? "" : step.description().in(lang.code()));
        // how to answer (e.g. "don't know" is fine) is told once, where the answering starts
        model.put("intro", step.number() == 1 && opened.questionnaire().intro() != null
                ? opened.questionnaire().intro().in(lang.code()) : "");
        model.put("stepCount", steps.size());
        model.put("questions", questions);
        model.put("notice", notice == null ? "" : notice);
        model.put("openCount", open.size());
        model.put("errorCount", errors.size() + (companyError == null ? 0 : 1));
        model.put("isLast", step.number() == steps.size());
        model.put("company", company == null ? "" : company);
        model.put("companyError", companyError == null ? "" : companyError);
        model.put("companyMax", Assessments.MAX_COMPANY_LENGTH);
        model.put("shown", String.join(" ", questions.stream().filter(QuestionView::visible).map(QuestionView::id).toList()));
        model.put("answersData", StepForm.otherAnswers(opened.answers(), step.questions(), evaluation));
        ctx.status(status);
        ctx.render("assessment/step.peb", model);
    }

    // ---------------------------------------------------------------- review and result

    record OpenQuestion(String id, String text) {
    }

    record OpenStep(int number, String title, List<OpenQuestion> questions) {
    }

    void review(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Language lang = Language.of(ctx);
        Evaluation evaluation = opened.evaluate();
        List<String> missing = evaluation.result().missing();
        List<OpenStep> openSteps = new ArrayList<>();
        for (Steps.Step step : steps(opened.questionnaire())) {
            List<OpenQuestion> questions = step.questions().stream().filter(q -> missing.contains(q.id()))
                    .map(q -> new OpenQuestion(q.id(), q.text().in(lang.code()))).toList();
            if (!questions.isEmpty()) {
                openSteps.add(new OpenStep(step.number(), step.title().in(lang.code()), questions));
            }
        }
        Map<String, Object> model = common(ctx, opened, evaluation);
        model.put("openSteps", openSteps);
        model.put("missing", missing.size());
        ctx.render("assessment/review.peb", model);
    }

    void result(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Language lang = Language.of(ctx);
        Evaluation evaluation = opened.evaluate();
        Map<String, Object> model = common(ctx, opened, evaluation);
        model.put("result", ResultView.of(opened.questionnaire(), opened.contacts(), evaluation, opened.answers(), messages, lang));
        model.put("company", opened.assessment().company() == null ? "" : opened.assessment().company());
        ctx.render("assessment/result.peb", model);
    }

    // ---------------------------------------------------------------- delete

    void confirmDelete(Context ctx) {
        Assessments.Opened opened = open(ctx);
        ctx.render("assessment/delete.peb", common(ctx, opened, opened.evaluate()));
    }

    void delete(Context ctx) {
        if (!assessments.delete(ctx.pathParam("token"))) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/deleted", HttpStatus.SEE_OTHER);
    }

    void deleted(Context ctx) {
        ctx.render("assessment/deleted.peb", Map.of());
    }

    void privacy(Context ctx) {
        ctx.render("privacy.peb", Map.of());
    }

    // ---------------------------------------------------------------- shared

    private Assessments.Opened open(Context ctx) {
        return assessments.open(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
    }

    private Steps.Step step(Context ctx, Assessments.Opened opened) {
        return Steps.find(steps(opened.questionnaire()), ctx.pathParam("n")).orElseThrow(NotFoundResponse::new);
    }

    private List<Steps.Step> steps(Questionnaire q) {
        return Steps.of(q, profileTitle);
    }

    record StepLink(int number, String title, int open, long answered, int visible) {
    }

    /**
     * What every page of an assessment shows: the title, the personal link, the steps and how far the
     * answers are, and for the advising consultant the bar of the assisted check.
     */
    private Map<String, Object> common(Context ctx, Assessments.Opened opened, Evaluation evaluation) {
        Language lang = Language.of(ctx);
        Questionnaire q = opened.questionnaire();
        List<Steps.Step> steps = steps(q);
        List<String> missing = evaluation.result().missing();
        List<StepLink> links = new ArrayList<>();
        int visibleTotal = 0;
        long answeredTotal = 0;
        for (Steps.Step s : steps) {
            int visible = (int) s.questions().stream().filter(x -> evaluation.isVisible(x.id())).count();
            long answered = s.answered(evaluation.visible(), opened.answers());
            visibleTotal += visible;
            answeredTotal += answered;
            links.add(new StepLink(s.number(), s.title().in(lang.code()), s.open(missing).size(), answered, visible));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("token", opened.token());
        model.put("base", base(opened.token()));
        model.put("link", Requests.baseUrl(ctx) + base(opened.token()));
        model.put("questionnaireTitle", q.title().in(lang.code()));
        model.put("steps", links);
        model.put("answered", answeredTotal);
        model.put("visibleTotal", visibleTotal);
        model.put("complete", evaluation.result().complete());
        // only for the consultant who advises this check: whose check it is and the way back
        model.put("assisted", assistedBy.of(ctx, opened.token()).orElse(null));
        return model;
    }
}
