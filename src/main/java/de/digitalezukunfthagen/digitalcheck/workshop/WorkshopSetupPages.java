package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.StepForm;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Preparing and keeping a workshop in order, under {@code /consultant/workshops/<id>}: creating it,
 * its overview and settings, the company profile answered once for everyone, taking participants
 * off the list and back, and deleting the workshop.
 */
final class WorkshopSetupPages {
    private final WorkshopService service;
    private final OwnWorkshops workshops;

    WorkshopSetupPages(WorkshopService service, OwnWorkshops workshops) {
        this.service = service;
        this.workshops = workshops;
    }

    /** {@code POST /consultant/workshops}: a new workshop for a company, then its company profile. */
    void create(Context ctx) {
        Consultant me = workshops.consultant(ctx);
        Optional<OwnWorkshops.Start> start = OwnWorkshops.start(ctx, service);
        if (start.isEmpty()) {
            return;
        }
        Workshop w = service.store().create(me.id(), start.get().company(), start.get().questionnaire());
        ctx.redirect(OwnWorkshops.base(w) + "/profile", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /consultant/workshops/{id}}. */
    void overview(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("participants", service.store().participants(w.id()));
        ctx.render("workshop/consultant/overview.peb", model);
    }

    /** {@code POST /consultant/workshops/{id}/settings}: joining open or closed; group result shown to participants or not. */
    void settings(Context ctx) {
        Workshop w = workshops.owned(ctx);
        service.store().settings(w.id(), ctx.formParam("joiningOpen") != null, ctx.formParam("showGroup") != null);
        ctx.redirect(OwnWorkshops.base(w), HttpStatus.SEE_OTHER);
    }

    /** {@code GET .../participants/{number}/remove}: asks before taking someone off the list. */
    void confirmRemove(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Participant p = participant(w, ctx);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("p", p);
        ctx.render("workshop/consultant/confirm-remove.peb", model);
    }

    /** {@code GET .../delete}: asks before the workshop is deleted. */
    void confirmDelete(Context ctx) {
        Workshop w = workshops.owned(ctx);
        ctx.render("workshop/consultant/confirm-delete.peb", workshops.model(ctx, w));
    }

    /**
     * {@code POST .../delete} with {@code confirm=yes}: the workshop, its participants' answers, notes
     * and plan are gone for good. Without the confirmation: the page that asks.
     */
    void delete(Context ctx) {
        Workshop w = workshops.owned(ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(OwnWorkshops.base(w) + "/delete", HttpStatus.SEE_OTHER);
            return;
        }
        service.store().delete(w.id());
        ctx.redirect(Auth.AREA + "?deleted=1", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST .../participants/{number}/remove} with {@code confirm=yes}: the participant counts
     * nowhere from now on, but their answers stay for a restore. Without the confirmation: the page
     * that asks.
     */
    void removeParticipant(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Participant p = participant(w, ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(OwnWorkshops.base(w) + "/participants/" + p.number() + "/remove", HttpStatus.SEE_OTHER);
            return;
        }
        service.store().setRemoved(w.id(), p.number(), true);
        ctx.redirect(OwnWorkshops.base(w) + "#people", HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../participants/{number}/restore}: counts them again, with their answers. */
    void restoreParticipant(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Participant p = participant(w, ctx);
        service.store().setRemoved(w.id(), p.number(), false);
        ctx.redirect(OwnWorkshops.base(w) + "#people", HttpStatus.SEE_OTHER);
    }

    private Participant participant(Workshop w, Context ctx) {
        try {
            int number = Integer.parseInt(ctx.pathParam("number"));
            return service.store().participants(w.id()).stream().filter(p -> p.number() == number).findFirst()
                    .orElseThrow(NotFoundResponse::new);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    /** {@code GET /consultant/workshops/{id}/profile}: the company profile, answered once for everyone. */
    void profile(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Questionnaire q = service.questionnaire(w);
        renderProfile(ctx, w, q, w.profile(), AnswerForm.values(w.profile(), q.profile(), Language.of(ctx)), Map.of(),
                ctx.queryParam("notice"), HttpStatus.OK);
    }

    /** {@code POST /consultant/workshops/{id}/profile}: saves the profile, then back to the overview. */
    void saveProfile(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Questionnaire q = service.questionnaire(w);
        AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), q, q.profile(), service.messages(), Language.of(ctx));
        StepForm.save(ctx, read, q.profile(), new StepForm.Page() {
            @Override
            public void showProblems(AnswerForm.Read read) {
                renderProfile(ctx, w, q, w.profile(), read.values(), read.errors(), "errors", HttpStatus.UNPROCESSABLE_CONTENT);
            }

            @Override
            public StepForm.Saved store(Map<String, Answer> changes) {
                Answers after = w.profile().merge(changes);
                service.store().saveProfile(w.id(), after);
                return new StepForm.Saved(after, service.evaluate(w, after));
            }

            @Override
            public String here() {
                return OwnWorkshops.base(w) + "/profile";
            }

            @Override
            public String onward(StepForm.Saved saved) {
                return OwnWorkshops.base(w);
            }
        });
    }

    private void renderProfile(Context ctx, Workshop w, Questionnaire q, Answers profile, Map<String, List<String>> values,
            Map<String, String> errors, String notice, HttpStatus status) {
        Evaluation e = service.evaluate(w, profile);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("questions", QuestionView.of(q.profile(), values, e.visible(), errors, Set.of(), service.messages(),
                Language.of(ctx)));
        model.put("notice", notice == null ? "" : notice);
        model.put("shown", PageForm.shown(q.profile(), e));
        model.put("answersData", "{}");
        ctx.status(status);
        ctx.render("workshop/consultant/profile.peb", model);
    }
}
