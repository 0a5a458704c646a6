package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.common.Names;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.StepForm;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The participant's pages, under {@code /w/<join code>}: join (no account; a name and a role only if
 * they like), one page per dimension (the online flow's question partial and script), a review, and
 * their own answers with the group result when the consultant shows it. A participant is known by a
 * random token in a cookie that only this workshop's paths receive; the database keeps its hash.
 */
final class ParticipantPages {
    static final String COOKIE = "participant";
    static final int MAX_NAME = 40;
    private static final int COOKIE_DAYS = 2;

    private final WorkshopService service;
    private final JoinThrottle throttle;

    ParticipantPages(WorkshopService service, JoinThrottle throttle) {
        this.service = service;
        this.throttle = throttle;
    }

    /** {@code GET /join}: a field for the code; with {@code ?code=} it leads to the workshop. */
    void findForm(Context ctx) {
        String typed = ctx.queryParam("code");
        if (typed != null) {
            String code = JoinCodes.normalize(typed);
            if (code != null && lookUp(ctx, code).isPresent()) {
                ctx.redirect(path(code), HttpStatus.SEE_OTHER);
                return;
            }
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT); // the form again, with the message (404 would show the error page)
        }
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed == null ? "" : typed);
        model.put("unknown", typed != null);
        ctx.render("workshop/participant/find.peb", model);
    }

    /** {@code GET /w/{code}}: the join form, or on at the first page with an open question for someone who joined already. */
    void start(Context ctx) {
        newcomer(ctx).ifPresent(w -> renderJoin(ctx, w, "", "", null));
    }

    /**
     * {@code POST /w/{code}/reenter}: back in with the personal re-entry code, on this device, as the
     * same participant (the earlier cookie stops working). Wrong codes count against the workshop's
     * limit ({@link JoinThrottle}), not against an address.
     */
    void reenter(Context ctx) {
        Optional<Workshop> workshop = workshop(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Workshop w = workshop.get();
        Optional<Duration> locked = throttle.reentryLockedFor(w.joinCode());
        if (locked.isPresent()) {
            ctx.header("Retry-After", String.valueOf(locked.get().toSeconds()));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "too many wrong re-entry codes");
        }
        String code = JoinCodes.normalizeReentry(ctx.formParam("reentry"));
        String token = Token.generate();
        Optional<Participant> me = code == null ? Optional.empty() : service.store().reenter(w.id(), code, Token.hash(token));
        if (me.isEmpty()) {
            if (code != null) {
                throttle.wrongReentry(w.joinCode());
            }
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            Map<String, Object> extra = Map.of("reentryTyped", Optional.ofNullable(ctx.formParam("reentry")).orElse(""));
            renderJoin(ctx, w, "", "", "workshop.reenter.unknown", extra);
            return;
        }
        setCookie(ctx, w, token);
        ctx.redirect(resumeAt(w, me.get()), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /w/{code}/join}. */
    void join(Context ctx) {
        Optional<Workshop> workshop = newcomer(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Workshop w = workshop.get();
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").replaceAll("[\\t\\r\\n]", " ").strip();
        String roleId = Optional.ofNullable(ctx.formParam("role")).orElse("");
        Optional<Role> role = Role.of(roleId);
        if (name.codePointCount(0, name.length()) > MAX_NAME || Names.hasInvisibleCharacters(name) || (!roleId.isEmpty() && role.isEmpty())) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderJoin(ctx, w, name, roleId, "workshop.join.invalid");
            return;
        }
        String token = Token.generate();
        Participant p = service.store().join(w.id(), Token.hash(token), name.isEmpty() ? null : name, role.orElse(null));
        if (p == null) {
            ctx.status(HttpStatus.CONFLICT);
            renderJoin(ctx, w, name, roleId, null);
            return;
        }
        setCookie(ctx, w, token);
        ctx.redirect(path(w.joinCode()) + "/step/1?notice=joined", HttpStatus.SEE_OTHER);
    }

    private static void setCookie(Context ctx, Workshop w, String token) {
        ctx.cookie(new Cookie(COOKIE, token, path(w.joinCode()), COOKIE_DAYS * 24 * 3600, Requests.secure(ctx), true, null,
                SameSite.LAX));
    }

    /** Where a participant coming back goes on: the first page with an open visible question, else the review. */
    private String resumeAt(Workshop w, Participant me) {
        Questionnaire q = service.questionnaire(w);
        Evaluation e = service.evaluate(w, me.answers());
        for (int i = 0; i < q.dimensions().size(); i++) {
            boolean open = q.dimensions().get(i).questions().stream().anyMatch(x -> e.isVisible(x.id()) && !me.answers().has(x.id()));
            if (open) {
                return path(w.joinCode()) + "/step/" + (i + 1);
            }
        }
        return path(w.joinCode()) + "/review";
    }

    /** {@code GET /w/{code}/step/{n}}: the questions of the n-th dimension. */
    void step(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Dimension d = PageForm.dimension(q, ctx);
            Language language = Language.of(ctx);
            renderStep(ctx, w, me, q, d, me.answers(), AnswerForm.values(me.answers(), d.questions(), language), Map.of(),
                    ctx.queryParam("notice"), HttpStatus.OK);
        });
    }

    /** {@code POST /w/{code}/step/{n}}: saves the page, then back, next, or the same page if something is wrong or new. */
    void saveStep(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Dimension d = PageForm.dimension(q, ctx);
            int n = q.dimensions().indexOf(d) + 1;
            Language language = Language.of(ctx);
            AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), q, d.questions(), service.messages(), language);
            boolean autosave = "autosave".equals(ctx.formParam("go"));
            if (autosave) {
                // the script saves on each change; an entry that cannot be read yet (a number half typed) waits for the next
                if (read.valid()) {
                    service.store().saveAnswers(me, me.answers().merge(read.changes()));
                    ctx.status(HttpStatus.NO_CONTENT);
                } else {
                    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                    ctx.json(read.errors());
                }
                return;
            }
            String base = path(w.joinCode());
            StepForm.save(ctx, read, d.questions(), new StepForm.Page() {
                @Override
                public void showProblems(AnswerForm.Read read) {
                    renderStep(ctx, w, me, q, d, me.answers(), read.values(), read.errors(), "errors",
                            HttpStatus.UNPROCESSABLE_CONTENT);
                }

                @Override
                public StepForm.Saved store(Map<String, Answer> changes) {
                    Answers after = me.answers().merge(changes);
                    service.store().saveAnswers(me, after);
                    return new StepForm.Saved(after, service.evaluate(w, after));
                }

                @Override
                public String here() {
                    return base + "/step/" + n;
                }

                @Override
                public String onward(StepForm.Saved saved) {
                    if ("back".equals(ctx.formParam("go"))) {
                        return base + "/step/" + Math.max(1, n - 1);
                    }
                    return n < q.dimensions().size() ? base + "/step/" + (n + 1) : base + "/review";
                }
            });
        });
    }

    /** {@code GET /w/{code}/review}: what is still open, and the button to finish. */
    void review(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Map<String, Object> model = model(w, q);
            model.put("me", me);
            model.put("open", openQuestions(q, service.evaluate(w, me.answers()), me.answers()));
            model.put("steps", q.dimensions().size());
            ctx.render("workshop/participant/review.peb", model);
        });
    }

    /** {@code POST /w/{code}/finish}. */
    void finish(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            service.store().finish(me);
            ctx.redirect(path(w.joinCode()) + "/mine", HttpStatus.SEE_OTHER);
        });
    }

    /** {@code GET /w/{code}/mine}: the participant's own answers and scores, and the group result if the consultant shows it. */
    void mine(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Language language = Language.of(ctx);
            Evaluation e = service.evaluate(w, me.answers());
            List<Answered> answers = new ArrayList<>();
            for (Dimension d : q.dimensions()) {
                answers.add(new Answered(d, d.questions().stream().filter(x -> e.isVisible(x.id()))
                        .map(x -> new Line(x, AnswerText.of(x, me.answers().get(x.id()), language))).toList()));
            }
            Map<String, Object> model = model(w, q);
            model.put("me", me);
            model.put("result", e.result());
            model.put("answers", answers);
            model.put("group", w.showGroup() ? service.spread(w).dimensions() : List.of());
            ctx.render("workshop/participant/mine.peb", model);
        });
    }

    /** A dimension with the participant's answers, for {@code mine}. */
    record Answered(Dimension dimension, List<Line> lines) {
    }

    record Line(Question question, String answer) {
    }

    /** A required visible question without an answer, with the step it is on. */
    record Open(Question question, Dimension dimension, int step) {
    }

    static List<Open> openQuestions(Questionnaire q, Evaluation e, Answers answers) {
        List<Open> open = new ArrayList<>();
        for (int i = 0; i < q.dimensions().size(); i++) {
            for (Question x : q.dimensions().get(i).questions()) {
                if (x.required() && e.isVisible(x.id()) && !answers.has(x.id())) {
                    open.add(new Open(x, q.dimensions().get(i), i + 1));
                }
            }
        }
        return open;
    }

    static String path(String code) {
        return "/w/" + code;
    }

    @FunctionalInterface
    private interface MyPage {
        void handle(Workshop w, Participant me, Questionnaire q);
    }

    /** Runs {@code page} for the participant of this request; anyone else is sent to the join page (GET) or refused. */
    private void withMe(Context ctx, MyPage page) {
        Optional<Workshop> workshop = workshop(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Optional<Participant> me = me(ctx, workshop.get());
        if (me.isEmpty()) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect(path(workshop.get().joinCode()), HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.FORBIDDEN);
                renderJoin(ctx, workshop.get(), "", "", "workshop.join.first");
            }
            return;
        }
        service.store().seen(me.get());
        page.handle(workshop.get(), me.get(), service.questionnaire(workshop.get()));
    }

    /** The workshop of the code in the path (a code typed in lower case is redirected to its usual spelling). */
    private Optional<Workshop> workshop(Context ctx) {
        String typed = ctx.pathParam("code");
        String code = JoinCodes.normalize(typed);
        if (code != null && !code.equals(typed) && ctx.method() == HandlerType.GET) {
            ctx.redirect(path(code) + ctx.path().substring(("/w/" + typed).length()), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (code == null) {
            throw new NotFoundResponse();
        }
        return Optional.of(lookUp(ctx, code).orElseThrow(NotFoundResponse::new));
    }

    /**
     * The workshop of a well-formed code, counting a code that belongs to none against the app-wide
     * limit ({@link JoinThrottle}; never per address, a room shares one). While that limit holds,
     * code look-ups are refused with 429 before the look-up, except for a participant of the
     * workshop (by their cookie), who goes on answering.
     */
    private Optional<Workshop> lookUp(Context ctx, String code) {
        Optional<Duration> locked = throttle.joinsLockedFor();
        if (locked.isPresent()) {
            Optional<Workshop> mine = service.store().byJoinCode(code).filter(w -> me(ctx, w).isPresent());
            if (mine.isEmpty()) {
                ctx.header("Retry-After", String.valueOf(locked.get().toSeconds()));
                throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "too many unknown join codes");
            }
            return mine;
        }
        Optional<Workshop> workshop = service.store().byJoinCode(code);
        if (workshop.isEmpty()) {
            throttle.unknownCode(code);
        }
        return workshop;
    }

    /** The workshop, for someone who has not joined it yet; who has is sent on to the first page. */
    private Optional<Workshop> newcomer(Context ctx) {
        Optional<Workshop> workshop = workshop(ctx);
        Optional<Participant> me = workshop.flatMap(w -> me(ctx, w));
        if (me.isPresent()) {
            ctx.redirect(resumeAt(workshop.get(), me.get()), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        return workshop;
    }

    /** The participant of this request's cookie; someone the consultant removed is nobody until restored. */
    private Optional<Participant> me(Context ctx, Workshop w) {
        String token = ctx.cookie(COOKIE);
        return Token.wellFormed(token) ? service.store().participant(w.id(), Token.hash(token)).filter(p -> !p.removed())
                : Optional.empty();
    }


    private void renderStep(Context ctx, Workshop w, Participant me, Questionnaire q, Dimension d, Answers answers,
            Map<String, List<String>> values, Map<String, String> errors, String notice, HttpStatus status) {
        Language language = Language.of(ctx);
        Evaluation e = service.evaluate(w, answers);
        int n = q.dimensions().indexOf(d) + 1;
        List<QuestionView> questions = QuestionView.of(d.questions(), values, e.visible(), errors, Set.of(), service.messages(),
                language);
        Map<String, Object> model = model(w, q);
        model.put("me", me);
        model.put("dimension", d);
        model.put("step", n);
        model.put("steps", q.dimensions().size());
        model.put("answered", d.questions().stream().filter(x -> e.isVisible(x.id()) && answers.has(x.id())).count());
        model.put("visible", d.questions().stream().filter(x -> e.isVisible(x.id())).count());
        model.put("questions", questions);
        model.put("notice", notice == null ? "" : notice);
        model.put("shown", PageForm.shown(d.questions(), e));
        model.put("answersData", StepForm.otherAnswers(w.profile().merge(answers.values()), d.questions(), e));
        model.put("action", path(w.joinCode()) + "/step/" + n);
        ctx.status(status);
        ctx.render("workshop/participant/step.peb", model);
    }

    private void renderJoin(Context ctx, Workshop w, String name, String role, String error) {
        renderJoin(ctx, w, name, role, error, Map.of());
    }

    private void renderJoin(Context ctx, Workshop w, String name, String role, String error, Map<String, Object> extra) {
        Map<String, Object> model = model(w, service.questionnaire(w));
        model.put("reentryTyped", "");
        model.putAll(extra);
        model.put("name", name);
        model.put("role", role);
        model.put("roles", List.of(Role.values()));
        model.put("error", error);
        model.put("maxName", MAX_NAME);
        ctx.render("workshop/participant/join.peb", model);
    }

    private static Map<String, Object> model(Workshop w, Questionnaire q) {
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", w);
        model.put("questionnaire", q);
        model.put("base", path(w.joinCode()));
        return model;
    }
}
