package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.ReportInput;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.QrCode;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.StepForm;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The consultant's workshop pages under {@code /consultant/workshops/<id>} (the {@link Auth} guard
 * lets only logged-in consultants in): overview and settings, the company profile, the projector
 * page with join code and QR code, the live view with its JSON, the consensus and its hand-over as
 * the company's assessment, the exports and the consensus report. A workshop of another consultant is
 * "not found", exactly like one that does not exist.
 */
final class ConsultantPages {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final WorkshopService service;
    private final Auth auth;
    private final Assessments assessments;

    ConsultantPages(WorkshopService service, Auth auth, Assessments assessments) {
        this.service = service;
        this.auth = auth;
        this.assessments = assessments;
    }

    /** {@code POST /consultant/workshops}: a new workshop for a company, then its company profile. */
    void create(Context ctx) {
        Consultant me = auth.consultant(ctx);
        Optional<String> company = company(ctx);
        Optional<Questionnaire> q = service.versions().current(Optional.ofNullable(ctx.formParam("questionnaire")).orElse(""));
        if (company.isEmpty() || q.isEmpty()) {
            invalid(ctx);
            return;
        }
        Workshop w = service.store().create(me.id(), company.get(), q.get());
        ctx.redirect(base(w) + "/profile", HttpStatus.SEE_OTHER);
    }

    /** The company name as {@link Assessments#company} cleans it, if there is one of acceptable length. */
    static Optional<String> company(Context ctx) {
        try {
            return Optional.ofNullable(Assessments.company(ctx.formParam("company")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void invalid(Context ctx) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        ctx.render("workshop/consultant/invalid.peb", Map.of("back", Auth.AREA));
    }

    /** {@code GET /consultant/workshops/{id}}. */
    void overview(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("participants", service.store().participants(w.id()));
        ctx.render("workshop/consultant/overview.peb", model);
    }

    /** {@code POST /consultant/workshops/{id}/settings}: joining open or closed; group result shown to participants or not. */
    void settings(Context ctx) {
        Workshop w = owned(ctx);
        service.store().settings(w.id(), ctx.formParam("joiningOpen") != null, ctx.formParam("showGroup") != null);
        ctx.redirect(base(w), HttpStatus.SEE_OTHER);
    }

    /** {@code GET .../participants/{number}/remove}: asks before taking someone off the list. */
    void confirmRemove(Context ctx) {
        Workshop w = owned(ctx);
        Participant p = participant(w, ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("p", p);
        ctx.render("workshop/consultant/confirm-remove.peb", model);
    }

    /** {@code GET .../delete}: asks before the workshop is deleted. */
    void confirmDelete(Context ctx) {
        Workshop w = owned(ctx);
        ctx.render("workshop/consultant/confirm-delete.peb", model(ctx, w));
    }

    /**
     * {@code POST .../delete} with {@code confirm=yes}: the workshop, its participants' answers, notes
     * and plan are gone for good. Without the confirmation: the page that asks.
     */
    void delete(Context ctx) {
        Workshop w = owned(ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(base(w) + "/delete", HttpStatus.SEE_OTHER);
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
        Workshop w = owned(ctx);
        Participant p = participant(w, ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(base(w) + "/participants/" + p.number() + "/remove", HttpStatus.SEE_OTHER);
            return;
        }
        service.store().setRemoved(w.id(), p.number(), true);
        ctx.redirect(base(w) + "#people", HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../participants/{number}/restore}: counts them again, with their answers. */
    void restoreParticipant(Context ctx) {
        Workshop w = owned(ctx);
        Participant p = participant(w, ctx);
        service.store().setRemoved(w.id(), p.number(), false);
        ctx.redirect(base(w) + "#people", HttpStatus.SEE_OTHER);
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

    /** {@code GET /consultant/workshops/{id}/by-role}: each dimension's mean by the participants' roles. */
    void byRole(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("workshop/consultant/by-role.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/profile}: the company profile, answered once for everyone. */
    void profile(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        renderProfile(ctx, w, q, w.profile(), AnswerForm.values(w.profile(), q.profile(), Language.of(ctx)), Map.of(),
                ctx.queryParam("notice"), HttpStatus.OK);
    }

    void saveProfile(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), q, q.profile(), service.messages(), Language.of(ctx));
        if (!read.valid()) {
            renderProfile(ctx, w, q, w.profile(), read.values(), read.errors(), "errors", HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Answers after = w.profile().merge(read.changes());
        service.store().saveProfile(w.id(), after);
        Optional<String> opened = StepForm.newlyOpened(ctx, q.profile(), service.evaluate(w, after), after);
        ctx.redirect(opened.map(id -> base(w) + "/profile?notice=more#q-" + id).orElse(base(w)), HttpStatus.SEE_OTHER);
    }

    private void renderProfile(Context ctx, Workshop w, Questionnaire q, Answers profile, Map<String, List<String>> values,
            Map<String, String> errors, String notice, HttpStatus status) {
        Evaluation e = service.evaluate(w, profile);
        Map<String, Object> model = model(ctx, w);
        model.put("questions", QuestionView.of(q.profile(), values, e.visible(), errors, Set.of(), service.messages(),
                Language.of(ctx)));
        model.put("notice", notice == null ? "" : notice);
        model.put("shown", PageForm.shown(q.profile(), e));
        model.put("answersData", "{}");
        ctx.status(status);
        ctx.render("workshop/consultant/profile.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/projector}: join code and QR code, big, for the wall. */
    void projector(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("workshop/consultant/projector.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/qr.svg}: the join link as a QR code, drawn here. */
    void qr(Context ctx) {
        Workshop w = owned(ctx);
        String url = joinUrl(ctx, w);
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.result(QrCode.svg(url, service.messages().get(Language.of(ctx), "workshop.projector.qrAlt", url)));
    }

    /** {@code GET /consultant/workshops/{id}/live}: the live view; {@code ?part=1} only its changing part, for the script. */
    void live(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("1".equals(ctx.queryParam("part")) ? "workshop/consultant/live-part.peb" : "workshop/consultant/live.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/live.json}. */
    void liveJson(Context ctx) {
        Workshop w = owned(ctx);
        ctx.json(LiveJson.of(service.spread(w)));
    }

    /** {@code GET /consultant/workshops/{id}/report.pdf}: the consensus report with the page on the spread. */
    void report(Context ctx) {
        Workshop w = owned(ctx);
        ReportInput input = new ReportInput(service.questionnaire(w), service.contacts(), w.profile().merge(w.consensus().values()),
                Language.of(ctx).code(), w.company(), LocalDate.now(ZONE),
                ReportSpread.of(service.spread(w), service.discussion().actions(w.id()), service.messages()));
        byte[] pdf = PdfReport.render(input);
        ctx.contentType(PdfReport.CONTENT_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + PdfReport.fileName(input) + "\"");
        ctx.result(pdf);
    }

    /** {@code GET /consultant/workshops/{id}/answers.csv}. */
    void csv(Context ctx) {
        Workshop w = owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".csv\"");
        ctx.result(Export.csv(service.questionnaire(w), service.contacts(), s.workshop(), s.present(), Language.of(ctx),
                service.messages()));
    }

    /** {@code GET /consultant/workshops/{id}/answers.json}. */
    void json(Context ctx) throws Exception {
        Workshop w = owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        Questionnaire q = service.questionnaire(w);
        Spread spread = Spread.of(q, service.contacts(), s.workshop(), s.present());
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".json\"");
        ctx.result(Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Export.json(q, service.contacts(), s.workshop(), s.present(), spread))
                .getBytes(StandardCharsets.UTF_8));
    }


    /** The workshop named in the path if it is this consultant's; otherwise "not found", to others as to anyone. */
    Workshop owned(Context ctx) {
        Consultant me = auth.consultant(ctx);
        return service.store().byPublicId(ctx.pathParam("id"))
                .filter(w -> w.consultantId() == me.id())
                .orElseThrow(NotFoundResponse::new);
    }

    Map<String, Object> model(Context ctx, Workshop w) {
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", w);
        model.put("questionnaire", service.questionnaire(w));
        model.put("base", base(w));
        model.put("joinUrl", joinUrl(ctx, w));
        model.put("consultant", auth.consultant(ctx));
        return model;
    }

    static String base(Workshop w) {
        return Auth.AREA + "/workshops/" + w.publicId();
    }

    /** Where phones join: this server as the consultant's browser reached it, and the workshop's code. */
    static String joinUrl(Context ctx, Workshop w) {
        return Requests.baseUrl(ctx) + ParticipantPages.path(w.joinCode());
    }
}
