package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.auth.Tokens;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The participant's pages, under {@code /w/<join code>}: join (no account; a name and a role only if
 * they like), one page per dimension, a review, and their own answers with the group result when the
 * consultant shows it. A participant is known by a random token in a cookie that only this
 * workshop's paths receive; the database keeps its hash.
 */
final class ParticipantPages {
    static final String COOKIE = "participant";
    static final int MAX_NAME = 40;
    private static final int COOKIE_DAYS = 2;

    private final WorkshopService service;

    ParticipantPages(WorkshopService service) {
        this.service = service;
    }

    /** {@code GET /join}: a field for the code; with {@code ?code=} it leads to the workshop. */
    void joinForm(Context ctx) {
        String typed = ctx.queryParam("code");
        if (typed != null) {
            String code = JoinCodes.normalize(typed);
            if (code != null && service.store().byJoinCode(code).isPresent()) {
                ctx.redirect(path(code), HttpStatus.SEE_OTHER);
                return;
            }
            ctx.status(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed == null ? "" : typed);
        model.put("unknown", typed != null);
        ctx.render("workshop/participant/find.peb", model);
    }

    /** {@code GET /w/{code}}: the join form, or straight on for someone who joined already. */
    void start(Context ctx) {
        Optional<Workshop> workshop = workshop(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Workshop w = workshop.get();
        if (me(ctx, w).isPresent()) {
            ctx.redirect(path(w.joinCode()) + "/step/1", HttpStatus.SEE_OTHER);
            return;
        }
        renderJoin(ctx, w, "", null, null);
    }

    /** {@code POST /w/{code}/join}. */
    void join(Context ctx) {
        Optional<Workshop> workshop = workshop(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Workshop w = workshop.get();
        if (me(ctx, w).isPresent()) {
            ctx.redirect(path(w.joinCode()) + "/step/1", HttpStatus.SEE_OTHER);
            return;
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String roleId = Optional.ofNullable(ctx.formParam("role")).orElse("");
        Optional<Role> role = Role.of(roleId);
        if (name.codePointCount(0, name.length()) > MAX_NAME || (!roleId.isEmpty() && role.isEmpty())) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderJoin(ctx, w, name, roleId, "workshop.join.invalid");
            return;
        }
        String token = Tokens.random();
        Participant p = service.store().join(w.id(), Tokens.hash(token), name.isEmpty() ? null : name, role.orElse(null));
        if (p == null) {
            ctx.status(HttpStatus.CONFLICT);
            renderJoin(ctx, w, name, roleId, null);
            return;
        }
        ctx.cookie(new Cookie(COOKIE, token, path(w.joinCode()), COOKIE_DAYS * 24 * 3600, "https".equals(ctx.scheme()), true, null,
                SameSite.LAX));
        ctx.redirect(path(w.joinCode()) + "/step/1", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /w/{code}/step/{n}}: the questions of the n-th dimension. */
    void step(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            int n = stepNumber(ctx, q);
            if (n < 0) {
                return;
            }
            renderStep(ctx, w, me, q, n, Map.of(), Map.of());
        });
    }

    /** {@code POST /w/{code}/step/{n}}: saves the page, then back, next, or the same page if something is wrong. */
    void saveStep(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            int n = stepNumber(ctx, q);
            if (n < 0) {
                return;
            }
            Dimension d = q.dimensions().get(n - 1);
            AnswerForm.Submitted submitted = AnswerForm.read(ctx, q, d.questions());
            if (!submitted.valid()) {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                renderStep(ctx, w, me, q, n, submitted.problems(), AnswerForm.rawValues(ctx, d.questions()));
                return;
            }
            Answers before = me.answers();
            Answers after = submitted.applyTo(before);
            service.store().saveAnswers(me, after);
            String base = path(w.joinCode());
            if (newlyVisible(q, w.profile(), before, after, d)) {
                ctx.redirect(base + "/step/" + n + "#questions", HttpStatus.SEE_OTHER);
            } else if ("back".equals(ctx.formParam("go"))) {
                ctx.redirect(n == 1 ? base + "/step/1" : base + "/step/" + (n - 1), HttpStatus.SEE_OTHER);
            } else if (n < q.dimensions().size()) {
                ctx.redirect(base + "/step/" + (n + 1), HttpStatus.SEE_OTHER);
            } else {
                ctx.redirect(base + "/review", HttpStatus.SEE_OTHER);
            }
        });
    }

    /** {@code GET /w/{code}/review}: what is still open, and the button to finish. */
    void review(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Evaluation e = Scorer.evaluate(q, service.contacts(), w.profile().merge(me.answers().values()));
            Map<String, Object> model = model(w, q);
            model.put("me", me);
            model.put("open", openQuestions(q, e, me.answers()));
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

    /** {@code GET /w/{code}/mine}: the participant's own answers and scores, and the group result if shown. */
    void mine(Context ctx) {
        withMe(ctx, (w, me, q) -> {
            Language language = Language.of(ctx);
            Evaluation e = Scorer.evaluate(q, service.contacts(), w.profile().merge(me.answers().values()));
            Map<String, Object> model = model(w, q);
            model.put("me", me);
            model.put("result", e.result());
            model.put("answers", q.dimensions().stream().map(d -> new Answered(d, d.questions().stream()
                    .filter(x -> e.isVisible(x.id()))
                    .map(x -> new Line(x, AnswerForm.describe(x, me.answers().get(x.id()), language))).toList())).toList());
            model.put("group", w.showGroup() ? service.spread(w).dimensions() : List.of());
            ctx.render("workshop/participant/mine.peb", model);
        });
    }

    /** A dimension with the participant's answers, for {@code mine}. */
    record Answered(Dimension dimension, List<Line> lines) {
    }

    record Line(Question question, String answer) {
    }

    @FunctionalInterface
    private interface MyPage {
        void handle(Workshop w, Participant me, Questionnaire q) throws Exception;
    }

    /** Runs {@code page} for the participant of this request; anyone else is sent to the join page. */
    private void withMe(Context ctx, MyPage page) {
        Optional<Workshop> workshop = workshop(ctx);
        if (workshop.isEmpty()) {
            return;
        }
        Optional<Participant> me = me(ctx, workshop.get());
        if (me.isEmpty()) {
            if (ctx.method().toString().equals("GET")) {
                ctx.redirect(path(workshop.get().joinCode()), HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.FORBIDDEN);
                renderJoin(ctx, workshop.get(), "", null, "workshop.join.first");
            }
            return;
        }
        try {
            page.handle(workshop.get(), me.get(), service.questionnaire(workshop.get()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workshop of the code in the path; renders "not found" (or redirects to the code's usual spelling) otherwise. */
    private Optional<Workshop> workshop(Context ctx) {
        String typed = ctx.pathParam("code");
        String code = JoinCodes.normalize(typed);
        if (code != null && !code.equals(typed) && ctx.method().toString().equals("GET")) {
            ctx.redirect(ctx.path().replaceFirst("^/w/[^/]+", path(code)), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        Optional<Workshop> workshop = code == null ? Optional.empty() : service.store().byJoinCode(code);
        if (workshop.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            ctx.render("workshop/participant/unknown.peb", Map.of());
        }
        return workshop;
    }

    private Optional<Participant> me(Context ctx, Workshop w) {
        String token = ctx.cookie(COOKIE);
        return Tokens.plausible(token) ? service.store().participant(w.id(), Tokens.hash(token)) : Optional.empty();
    }

    private int stepNumber(Context ctx, Questionnaire q) {
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > q.dimensions().size()) {
            ctx.status(HttpStatus.NOT_FOUND);
            ctx.render("workshop/participant/unknown.peb", Map.of());
            return -1;
        }
        return n;
    }

    private void renderStep(Context ctx, Workshop w, Participant me, Questionnaire q, int n,
            Map<String, de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem> problems, Map<String, String> raw) {
        Dimension d = q.dimensions().get(n - 1);
        Answers answers = me.answers();
        Evaluation e = Scorer.evaluate(q, service.contacts(), w.profile().merge(answers.values()));
        List<Question> visible = d.questions().stream().filter(x -> e.isVisible(x.id())).toList();
        Map<String, Object> model = model(w, q);
        model.put("me", me);
        model.put("dimension", d);
        model.put("step", n);
        model.put("steps", q.dimensions().size());
        model.put("answered", visible.stream().filter(x -> answers.has(x.id())).count());
        model.put("visible", visible.size());
        model.put("questions", AnswerForm.views(visible, answers, Language.of(ctx), problems, raw, null));
        model.put("hasErrors", !problems.isEmpty());
        model.put("action", path(w.joinCode()) + "/step/" + n);
        ctx.render("workshop/participant/step.peb", model);
    }

    private void renderJoin(Context ctx, Workshop w, String name, String role, String error) {
        Map<String, Object> model = model(w, service.questionnaire(w));
        model.put("name", name);
        model.put("role", role == null ? "" : role);
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

    /** Whether saving made a question of this page visible that was hidden and is not answered yet. */
    private boolean newlyVisible(Questionnaire q, Answers profile, Answers before, Answers after, Dimension d) {
        Evaluation was = Scorer.evaluate(q, service.contacts(), profile.merge(before.values()));
        Evaluation is = Scorer.evaluate(q, service.contacts(), profile.merge(after.values()));
        return d.questions().stream().anyMatch(x -> is.isVisible(x.id()) && !was.isVisible(x.id()) && !after.has(x.id()));
    }

    /** The visible required questions without an answer, with the step they are on. */
    static List<Open> openQuestions(Questionnaire q, Evaluation e, Answers answers) {
        List<Open> open = new java.util.ArrayList<>();
        for (int i = 0; i < q.dimensions().size(); i++) {
            for (Question x : q.dimensions().get(i).questions()) {
                if (x.required() && e.isVisible(x.id()) && !answers.has(x.id())) {
                    open.add(new Open(x, q.dimensions().get(i), i + 1));
                }
            }
        }
        return open;
    }

    record Open(Question question, Dimension dimension, int step) {
    }

    static String path(String code) {
        return "/w/" + code;
    }
}
