package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.common.Names;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.RenderedPages;
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
    private final Map<String, List<Steps.Step>> stepsByFingerprint = new java.util.concurrent.ConcurrentHashMap<>();
    private final FollowUp followUp;
    private final RenderedPages rendered;

    AssessmentPages(Assessments assessments, Messages messages, AssistedBy assistedBy, RenderedPages rendered) {
        this.assessments = assessments;
        this.rendered = rendered;
        this.messages = messages;
        this.assistedBy = assistedBy;
        this.followUp = new FollowUp(assessments, messages);
        this.profileTitle = new Text(Map.of(
                "de", messages.get(Language.DE, "step.profile.title"),
                "en", messages.get(Language.EN, "step.profile.title")), "de");
    }

    /** The address of an assessment's pages, which is also its personal link. */
    static String base(String token) {
        return "/a/" + token;
    }

    // ---------------------------------------------------------------- start

    record Choice(String id, String title, String intro, TimeEstimate minutes, int questions, boolean quick) {
    }

    /** The check this browser started (see {@link ResumeCookie}), for "continue my check" on the start page. */
    record Remembered(String title, long answered, int total, boolean complete) {
    }

    void start(Context ctx) {
        Language lang = Language.of(ctx);
        List<Choice> choices = new ArrayList<>();
        List<Questionnaire> sorted = new ArrayList<>(assessments.versions().current());
        // shortest first; the author's own estimate breaks a tie
        sorted.sort(Comparator.comparingInt((Questionnaire q) -> TimeEstimate.of(q).from())
                .thenComparingInt(q -> TimeEstimate.of(q).to())
                .thenComparingInt(q -> q.estimatedMinutes() == null ? Integer.MAX_VALUE : q.estimatedMinutes()));
        for (int i = 0; i < sorted.size(); i++) {
            Questionnaire q = sorted.get(i);
            choices.add(new Choice(q.id(), q.title().in(lang.code()), q.intro() == null ? null : q.intro().in(lang.code()),
                    TimeEstimate.of(q), q.allQuestions().size(), i == 0 && sorted.size() > 1));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("choices", choices);
        model.put("remembered", remembered(ctx, lang));
        model.put("notice", notice(ctx, Set.of("expired", "forgotten")));
        ctx.render("index.peb", model);
    }

    private Remembered remembered(Context ctx, Language lang) {
        Optional<Assessments.Opened> opened = ResumeCookie.token(ctx).flatMap(assessments::open);
        if (opened.isEmpty()) {
            if (ResumeCookie.token(ctx).isPresent()) {
                ResumeCookie.forget(ctx); // the check was deleted: nothing to continue
            }
            return null;
        }
        Evaluation evaluation = opened.get().evaluate();
        long answered = opened.get().questionnaire().allQuestions().stream()
                .filter(q -> evaluation.isVisible(q.id()) && opened.get().answers().has(q.id())).count();
        return new Remembered(opened.get().questionnaire().title().in(lang.code()), answered,
                opened.get().questionnaire().allQuestions().size(), evaluation.result().complete());
    }

    /** GET /continue: to the check this browser started; the token never appears in the start page. */
    void continueCheck(Context ctx) {
        Optional<String> token = ResumeCookie.token(ctx).filter(t -> assessments.open(t).isPresent());
        ctx.redirect(token.map(AssessmentPages::base).orElse("/"), HttpStatus.SEE_OTHER);
    }

    /** POST /forget: this browser no longer remembers the check (the check itself stays). */
    void forget(Context ctx) {
        ResumeCookie.forget(ctx);
        ctx.redirect("/?notice=forgotten", HttpStatus.SEE_OTHER);
    }

    void create(Context ctx) {
        String id = ctx.formParam("questionnaire");
        Questionnaire q = id == null ? null : assessments.versions().current(id).orElse(null);
        if (q == null) {
            throw new BadRequestResponse("unknown questionnaire");
        }
        Assessments.Created created = assessments.create(q, Answers.NONE, null);
        ResumeCookie.remember(ctx, created.token());
        ctx.redirect(base(created.token()) + "/start", HttpStatus.SEE_OTHER);
    }

    /**
     * The first screen of a new check: the personal link is the only way back, so it comes first, with
     * ways to keep it (copy, send it to oneself, QR code) and how to answer.
     */
    void started(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Language lang = Language.of(ctx);
        Questionnaire q = opened.questionnaire();
        Map<String, Object> model = common(ctx, opened, opened.evaluate(), stamp(ctx, opened, null));
        model.put("intro", q.intro() == null ? "" : q.intro().in(lang.code()));
        model.put("minutes", TimeEstimate.of(q));
        model.put("carried", carried(ctx));
        model.put("firstStep", base(opened.token()) + "/step/1");
        model.put("qr", PersonalLink.qr(messages, lang, (String) model.get("link")));
        ctx.render("assessment/started.peb", model);
    }

    private static int carried(Context ctx) {
        try {
            return Math.max(0, Integer.parseInt(String.valueOf(ctx.queryParam("carried"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * POST /a/{token}/full: starts the longer check with what the shorter one already knows (see
     * {@link CarryOver}); the shorter check stays as it is.
     */
    void upgrade(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Questionnaire target = CarryOver.target(opened.questionnaire(), assessments.versions().current())
                .orElseThrow(NotFoundResponse::new);
        Answers carried = CarryOver.answers(opened.evaluate(), opened.answers(), opened.questionnaire(), target);
        Assessments.Created created = assessments.create(target, carried, opened.assessment().company());
        ResumeCookie.remember(ctx, created.token());
        ctx.redirect(base(created.token()) + "/start?carried=" + carried.values().size(), HttpStatus.SEE_OTHER);
    }

    /**
     * A form sent after its CSRF token expired (a tab left open over night, a restarted browser): nothing
     * was stored; the person is led back to the page the form came from, which says so (and the script
     * puts back what was typed).
     */
    void expired(Context ctx) {
        String path = ctx.path();
        String target;
        if (path.equals("/assessments")) {
            target = "/";
        } else if (path.matches("/a/[A-Za-z0-9_-]+/(step/[0-9-]+|delete)")) {
            target = path;
        } else if (path.matches("/a/[A-Za-z0-9_-]+/full")) {
            target = path.substring(0, path.length() - "/full".length()) + "/result";
        } else {
            de.digitalezukunfthagen.digitalcheck.web.ErrorPages.respond(ctx, 403);
            return;
        }
        ctx.redirect(target + "?notice=expired", HttpStatus.SEE_OTHER);
    }

    private static String notice(Context ctx, Set<String> known) {
        String notice = ctx.queryParam("notice");
        return notice != null && known.contains(notice) ? notice : "";
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
                    target = base(opened.token()) + "/step/" + step.path();
                    break;
                }
            }
        }
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- steps

    private static final Set<String> STEP_NOTICES = Set.of("open", "more", "saved", "expired");

    void step(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Steps.Step step = step(ctx, opened);
        Stamp stamp = stamp(ctx, opened, null);
        if (rendered.answer(ctx, stamp)) {
            return;
        }
        Language lang = Language.of(ctx);
        Evaluation evaluation = opened.evaluate();
        Map<String, List<String>> values = AnswerForm.values(opened.answers(), step.questions(), lang);
        String notice = notice(ctx, STEP_NOTICES);
        boolean started = step.questions().stream().anyMatch(q -> opened.answers().has(q.id()));
        Set<String> open = "open".equals(notice) || started
                ? new HashSet<>(step.open(evaluation.result().missing())) : Set.of();
        renderStep(ctx, opened, step, evaluation, values, Map.of(), open, notice, opened.assessment().company(), null, stamp);
    }

    void saveStep(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Steps.Step step = step(ctx, opened);
        Language lang = Language.of(ctx);
        String action = ctx.formParam("_action");
        if (action == null || !ACTIONS.contains(action)) {
            action = "next";
        }
        // the language switch of a step page sends the form first (assessment.js), so nothing typed is lost
        String switchTo = Language.supports(ctx.formParam("_lang")) ? ctx.formParam("_lang") : null;
        AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), opened.questionnaire(), step.questions(), messages, lang);
        String company = null;
        String companyError = null;
        boolean asksCompany = asksCompany(step);
        if (asksCompany) {
            try {
                company = Assessments.company(ctx.formParam("company"));
            } catch (IllegalArgumentException e) {
                companyError = Names.hasInvisibleCharacters(ctx.formParam("company")) ? messages.get(lang, "form.company.invisible")
                        : messages.get(lang, "form.company.long", String.valueOf(Assessments.MAX_COMPANY_LENGTH));
            }
        }
        String companyTyped = asksCompany ? ctx.formParam("company") : opened.assessment().company();
        String checkedCompany = company;
        String problemWithCompany = companyError;
        String chosen = action;
        StepForm.Page page = new StepForm.Page() {
            @Override
            public void showProblems(AnswerForm.Read read) {
                // nothing is stored; the form comes back with what was typed and a message beside each problem
                Answers tentative = opened.answers().merge(read.valid() ? read.changes() : Map.of());
                Evaluation evaluation = Scorer.evaluate(opened.questionnaire(), opened.contacts(), tentative);
                ctx.status(422);
                renderStep(ctx, opened, step, evaluation, read.values(), read.errors(), Set.of(), "errors", companyTyped,
                        problemWithCompany, null);
            }

            @Override
            public StepForm.Saved store(Map<String, Answer> changes) {
                Assessments.Opened saved = (asksCompany
                        ? assessments.saveAnswersAndCompany(opened.token(), changes, checkedCompany)
                        : assessments.saveAnswers(opened.token(), changes)).orElseThrow(NotFoundResponse::new);
                return new StepForm.Saved(saved.answers(), saved.evaluate());
            }

            @Override
            public String here() {
                return base(opened.token()) + "/step/" + step.path();
            }

            @Override
            public Optional<String> leaving(StepForm.Saved saved) {
                if (switchTo != null) {
                    return Optional.of(here() + "?lang=" + switchTo);
                }
                if (chosen.equals("back")) {
                    return Optional.of(Steps.previous(steps(opened.questionnaire()), step)
                            .map(s -> base(opened.token()) + "/step/" + s.path()).orElse(here()));
                }
                return Optional.empty();
            }

            @Override
            public String onward(StepForm.Saved saved) {
                if (chosen.equals("save")) {
                    return here() + "?notice=saved";
                }
                List<String> open = step.open(saved.evaluation().result().missing());
                if (chosen.equals("next") && !open.isEmpty()) {
                    return here() + "?notice=open#q-" + open.get(0);
                }
                return Steps.next(steps(opened.questionnaire()), step).map(s -> base(opened.token()) + "/step/" + s.path())
                        .orElse(base(opened.token()) + "/review");
            }
        };
        if (problemWithCompany != null) {
            page.showProblems(read);
            return;
        }
        StepForm.save(ctx, read, step.questions(), page);
    }

    /** The company name is asked on the first page of the profile. */
    private static boolean asksCompany(Steps.Step step) {
        return step.isProfile() && step.part() == 1;
    }

    private void renderStep(Context ctx, Assessments.Opened opened, Steps.Step step, Evaluation evaluation,
                            Map<String, List<String>> values, Map<String, String> errors, Set<String> open, String notice,
                            String company, String companyError, Stamp stamp) {
        Language lang = Language.of(ctx);
        List<Steps.Step> steps = steps(opened.questionnaire());
        List<QuestionView> questions = QuestionView.of(step.questions(), values, evaluation.visible(), errors, open, messages, lang);
        Map<String, Object> model = common(ctx, opened, evaluation, stamp != null ? stamp : stamp(ctx, opened, null));
        int page = Steps.indexOf(steps, step);
        model.put("stepNumber", step.number());
        model.put("stepPath", step.path());
        model.put("part", step.part());
        model.put("parts", step.parts());
        model.put("page", page + 1);
        model.put("pageCount", steps.size());
        model.put("isProfile", asksCompany(step));
        model.put("stepTitle", step.title().in(lang.code()));
        // the step's description once, on its first part
        model.put("stepDescription", step.description() == null || step.part() > 1 ? "" : step.description().in(lang.code()));
        model.put("stepCount", Steps.count(steps));
        model.put("questions", questions);
        model.put("notice", notice == null ? "" : notice);
        model.put("openCount", open.size());
        model.put("errorCount", errors.size() + (companyError == null ? 0 : 1));
        model.put("isFirst", page == 0);
        model.put("isLast", page == steps.size() - 1);
        model.put("company", company == null ? "" : company);
        model.put("companyError", companyError == null ? "" : companyError);
        model.put("companyMax", Assessments.MAX_COMPANY_LENGTH);
        model.put("shown", String.join(" ", questions.stream().filter(QuestionView::visible).map(QuestionView::id).toList()));
        model.put("answersData", StepForm.otherAnswers(opened.answers(), step.questions(), evaluation));
        if (stamp == null) {
            ctx.render("assessment/step.peb", model);
        } else {
            rendered.render(ctx, stamp, "assessment/step.peb", model);
        }
    }

    // ---------------------------------------------------------------- review and result

    record OpenQuestion(String id, String text) {
    }

    record OpenStep(int number, String path, String title, List<OpenQuestion> questions) {
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
                openSteps.add(new OpenStep(step.number(), step.path(), step.title().in(lang.code()), questions));
            }
        }
        Map<String, Object> model = common(ctx, opened, evaluation, stamp(ctx, opened, null));
        model.put("openSteps", openSteps);
        model.put("missing", missing.size());
        ctx.render("assessment/review.peb", model);
    }

    /** What the result page shows besides the assessment itself: the earlier check and the similar firms. */
    private record Compared(RenderedPages.Same earlier, java.time.LocalDate earlierDate,
            de.digitalezukunfthagen.digitalcheck.scoring.Progress progress, de.digitalezukunfthagen.digitalcheck.stats.Peers peers) {
    }

    void result(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Evaluation evaluation = opened.evaluate();
        de.digitalezukunfthagen.digitalcheck.report.Comparisons comparisons = FollowUp.comparisons(assessments, opened, evaluation);
        Stamp stamp = stamp(ctx, opened, new Compared(new RenderedPages.Same(comparisons.earlier()), comparisons.earlierDate(),
                comparisons.progress(), comparisons.peers()));
        if (rendered.answer(ctx, stamp)) {
            return;
        }
        Language lang = Language.of(ctx);
        Map<String, Object> model = common(ctx, opened, evaluation, stamp);
        model.put("result", ResultView.of(opened.questionnaire(), opened.contacts(), evaluation, opened.answers(), messages, lang));
        model.put("company", opened.assessment().company() == null ? "" : opened.assessment().company());
        // from a shorter check, one button starts the longer one with the answers carried over
        model.put("fullCheck", CarryOver.target(opened.questionnaire(), assessments.versions().current())
                .map(q -> q.title().in(lang.code())).orElse(""));
        model.put("notice", notice(ctx, Set.of("expired")));
        model.putAll(followUp.model(comparisons, opened, evaluation.result(), lang));
        rendered.render(ctx, stamp, "assessment/result.peb", model);
    }

    // ---------------------------------------------------------------- delete

    void confirmDelete(Context ctx) {
        Assessments.Opened opened = open(ctx);
        Map<String, Object> model = common(ctx, opened, opened.evaluate(), stamp(ctx, opened, null));
        model.put("notice", notice(ctx, Set.of("expired")));
        ctx.render("assessment/delete.peb", model);
    }

    void delete(Context ctx) {
        String token = ctx.pathParam("token");
        if (!assessments.delete(token)) {
            throw new NotFoundResponse();
        }
        forgetPages(token);
        if (ResumeCookie.token(ctx).filter(token::equals).isPresent()) {
            ResumeCookie.forget(ctx);
        }
        ctx.redirect("/deleted", HttpStatus.SEE_OTHER);
    }

    /** Drops the kept pages of a deleted assessment, so that nothing of it stays in memory. */
    void forgetPages(String token) {
        rendered.forget(base(token) + "/");
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

    /** The pages of a questionnaire version, laid out once; a request asks for them up to three times. */
    private List<Steps.Step> steps(Questionnaire q) {
        return q.fingerprint() == null ? Steps.of(q, profileTitle)
                : stepsByFingerprint.computeIfAbsent(q.fingerprint(), fingerprint -> Steps.of(q, profileTitle));
    }

    record StepLink(int number, String title, int open, long answered, int visible) {
    }

    /**
     * What every page of an assessment shows: the title, the personal link, the steps and how far the
     * answers are, and for the advising consultant the bar of the assisted check. The total of questions
     * is every question the questionnaire can ask, so it stays the same when an answer opens a follow-up
     * question ("12 of up to 56").
     */
    /**
     * What a page of an assessment is made from besides the page's address, language and query (see
     * {@link RenderedPages}): the kept evaluation (the same object while the stored answers are the same
     * text, and with it the answers and the questionnaire version), the company, the personal link, the
     * consultant's bar, and what else the page shows ({@code more}).
     */
    private record Stamp(RenderedPages.Same evaluation, String company, String link, AssistedBy.Assisted assisted, Object more) {
    }

    private Stamp stamp(Context ctx, Assessments.Opened opened, Object more) {
        return new Stamp(new RenderedPages.Same(opened.evaluate()), opened.assessment().company(),
                Requests.baseUrl(ctx) + base(opened.token()), assistedBy.of(ctx, opened.token()).orElse(null), more);
    }

    private Map<String, Object> common(Context ctx, Assessments.Opened opened, Evaluation evaluation, Stamp stamp) {
        Language lang = Language.of(ctx);
        Questionnaire q = opened.questionnaire();
        List<Steps.Step> steps = steps(q);
        List<String> missing = evaluation.result().missing();
        Map<Integer, StepLink> links = new java.util.LinkedHashMap<>();
        long answeredTotal = 0;
        for (Steps.Step s : steps) {
            int visible = (int) s.questions().stream().filter(x -> evaluation.isVisible(x.id())).count();
            long answered = s.answered(evaluation.visible(), opened.answers());
            answeredTotal += answered;
            StepLink before = links.get(s.number());
            links.put(s.number(), before == null
                    ? new StepLink(s.number(), s.title().in(lang.code()), s.open(missing).size(), answered, visible)
                    : new StepLink(s.number(), before.title(), before.open() + s.open(missing).size(),
                            before.answered() + answered, before.visible() + visible));
        }
        String link = stamp.link();
        Map<String, Object> model = new HashMap<>();
        model.put("token", opened.token());
        model.put("base", base(opened.token()));
        model.put("link", link);
        model.put("mailto", PersonalLink.mailto(messages, lang, q.title().in(lang.code()), link));
        model.put("questionnaireTitle", q.title().in(lang.code()));
        model.put("steps", List.copyOf(links.values()));
        model.put("answered", answeredTotal);
        model.put("questionTotal", q.allQuestions().size());
        model.put("complete", evaluation.result().complete());
        // only for the consultant who advises this check: whose check it is and the way back
        model.put("assisted", stamp.assisted());
        return model;
    }
}
