package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.Json;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.ReportInput;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
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
import java.util.regex.Pattern;

/**
 * The consultant's workshop pages under {@code /consultant/workshops/<id>} (the {@link Auth} guard
 * lets only logged-in consultants in): overview and settings, the company profile, the projector
 * page with join code and QR code, the live view with its JSON, the consensus, the exports and the
 * consensus report. A workshop of another consultant is "not found".
 */
final class ConsultantPages {
    static final int MAX_COMPANY = 120;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    private final WorkshopService service;
    private final Auth auth;
    private final Catalog catalog;
    private final Messages messages;

    ConsultantPages(WorkshopService service, Auth auth, Catalog catalog, Messages messages) {
        this.service = service;
        this.auth = auth;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** {@code POST /consultant/workshops}: a new workshop for a company, then its company profile. */
    void create(Context ctx) {
        Consultant me = auth.consultant(ctx);
        String company = Optional.ofNullable(ctx.formParam("company")).orElse("").strip();
        Optional<Questionnaire> q = catalog.find(Optional.ofNullable(ctx.formParam("questionnaire")).orElse(""));
        if (company.isEmpty() || company.length() > MAX_COMPANY || q.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("workshop/consultant/invalid.peb", Map.of("back", Auth.AREA));
            return;
        }
        Workshop w = service.store().create(me.id(), company, q.get());
        ctx.redirect(base(w) + "/profile", HttpStatus.SEE_OTHER);
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
        service.store().settings(w.id(), "on".equals(ctx.formParam("joiningOpen")), "on".equals(ctx.formParam("showGroup")));
        ctx.redirect(base(w), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /consultant/workshops/{id}/participants/{number}/remove}. */
    void removeParticipant(Context ctx) {
        Workshop w = owned(ctx);
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        if (!service.store().remove(w.id(), number)) {
            throw new NotFoundResponse();
        }
        ctx.redirect(base(w), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /consultant/workshops/{id}/profile}: the company profile, answered once for everyone. */
    void profile(Context ctx) {
        Workshop w = owned(ctx);
        renderProfile(ctx, w, service.questionnaire(w), Map.of(), Map.of());
    }

    void saveProfile(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        AnswerForm.Submitted submitted = AnswerForm.read(ctx, q, q.profile());
        if (!submitted.valid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderProfile(ctx, w, q, submitted.problems(), AnswerForm.rawValues(ctx, q.profile()));
            return;
        }
        Answers before = w.profile();
        Answers after = submitted.applyTo(before);
        service.store().saveProfile(w.id(), after);
        Evaluation was = Scorer.evaluate(q, service.contacts(), before);
        Evaluation is = Scorer.evaluate(q, service.contacts(), after);
        boolean newQuestions = q.profile().stream().anyMatch(x -> is.isVisible(x.id()) && !was.isVisible(x.id()) && !after.has(x.id()));
        ctx.redirect(newQuestions ? base(w) + "/profile" : base(w), HttpStatus.SEE_OTHER);
    }

    private void renderProfile(Context ctx, Workshop w, Questionnaire q, Map<String, de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem> problems,
            Map<String, String> raw) {
        Evaluation e = Scorer.evaluate(q, service.contacts(), w.profile());
        List<Question> visible = q.profile().stream().filter(x -> e.isVisible(x.id())).toList();
        Map<String, Object> model = model(ctx, w);
        model.put("questions", AnswerForm.views(visible, w.profile(), Language.of(ctx), problems, raw, null));
        model.put("hasErrors", !problems.isEmpty());
        ctx.render("workshop/consultant/profile.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/projector}: join code and QR code, big, for the wall. */
    void projector(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("workshop/consultant/projector.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/qr.svg}. */
    void qr(Context ctx) {
        Workshop w = owned(ctx);
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.result(QrCode.svg(joinUrl(ctx, w), messages.get(Language.of(ctx), "workshop.projector.qrAlt", joinUrl(ctx, w))));
    }

    /** {@code GET /consultant/workshops/{id}/live}: the live view; {@code ?part=1} only its changing part, for the script. */
    void live(Context ctx) {
        Workshop w = owned(ctx);
        Map<String, Object> model = model(ctx, w);
        Spread spread = service.spread(w);
        model.put("spread", spread);
        if ("1".equals(ctx.queryParam("part"))) {
            ctx.render("workshop/consultant/live-part.peb", model);
        } else {
            ctx.render("workshop/consultant/live.peb", model);
        }
    }

    /** {@code GET /consultant/workshops/{id}/live.json}. */
    void liveJson(Context ctx) {
        Workshop w = owned(ctx);
        ctx.json(LiveJson.of(service.spread(w)));
    }

    /** {@code GET /consultant/workshops/{id}/consensus/{n}}: the n-th dimension, each question with its spread and the agreed answer. */
    void consensus(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        int n = step(ctx, q);
        renderConsensus(ctx, w, q, n, Map.of(), Map.of());
    }

    void saveConsensus(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        int n = step(ctx, q);
        Dimension d = q.dimensions().get(n - 1);
        AnswerForm.Submitted submitted = AnswerForm.read(ctx, q, d.questions());
        if (!submitted.valid()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderConsensus(ctx, w, q, n, submitted.problems(), AnswerForm.rawValues(ctx, d.questions()));
            return;
        }
        Answers after = submitted.applyTo(w.consensus());
        service.store().saveConsensus(w.id(), after);
        if ("back".equals(ctx.formParam("go"))) {
            ctx.redirect(base(w) + "/consensus/" + Math.max(1, n - 1), HttpStatus.SEE_OTHER);
        } else if (n < q.dimensions().size()) {
            ctx.redirect(base(w) + "/consensus/" + (n + 1), HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(base(w) + "/consensus", HttpStatus.SEE_OTHER);
        }
    }

    /** {@code GET /consultant/workshops/{id}/consensus}: the agreed answers so far and the result they give. */
    void consensusSummary(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        Answers agreed = w.profile().merge(w.consensus().values());
        Evaluation e = Scorer.evaluate(q, service.contacts(), agreed);
        Map<String, Object> model = model(ctx, w);
        model.put("result", e.result());
        model.put("open", ParticipantPages.openQuestions(q, e, agreed));
        ctx.render("workshop/consultant/consensus-summary.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/report.pdf}: the consensus report with the page on the spread. */
    void report(Context ctx) {
        Workshop w = owned(ctx);
        Questionnaire q = service.questionnaire(w);
        Spread spread = service.spread(w);
        ReportInput input = new ReportInput(q, service.contacts(), w.profile().merge(w.consensus().values()),
                Language.of(ctx).code(), w.company(), LocalDate.now(ZONE), ReportSpread.of(spread));
        byte[] pdf = PdfReport.render(input);
        ctx.contentType(PdfReport.CONTENT_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + PdfReport.fileName(input) + "\"");
        ctx.result(pdf);
    }

    /** {@code GET /consultant/workshops/{id}/answers.csv}. */
    void csv(Context ctx) {
        Workshop w = owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        Questionnaire q = service.questionnaire(w);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".csv\"");
        ctx.result(Export.csv(q, service.contacts(), s.workshop(), s.participants(), Language.of(ctx), messages));
    }

    /** {@code GET /consultant/workshops/{id}/answers.json}. */
    void json(Context ctx) throws Exception {
        Workshop w = owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        Questionnaire q = service.questionnaire(w);
        Spread spread = Spread.of(q, service.contacts(), s.workshop(), s.participants());
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".json\"");
        ctx.result(Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Export.json(q, service.contacts(), s.workshop(), s.participants(), spread))
                .getBytes(StandardCharsets.UTF_8));
    }

    private void renderConsensus(Context ctx, Workshop w, Questionnaire q, int n,
            Map<String, de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem> problems, Map<String, String> raw) {
        Dimension d = q.dimensions().get(n - 1);
        Spread spread = service.spread(w);
        // what is shown: the agreed answer, else the most common one of the participants
        Map<String, Answer> prefill = new LinkedHashMap<>();
        for (Question x : d.questions()) {
            Spread.QuestionSpread s = spread.question(x.id());
            if (!w.consensus().has(x.id()) && s != null && s.mostCommon() != null) {
                prefill.put(x.id(), s.mostCommon());
            }
        }
        Answers shown = w.consensus().merge(prefill);
        Evaluation e = Scorer.evaluate(q, service.contacts(), w.profile().merge(shown.values()));
        List<Question> visible = d.questions().stream().filter(x -> e.isVisible(x.id())).toList();
        Map<String, Object> model = model(ctx, w);
        model.put("dimension", d);
        model.put("step", n);
        model.put("steps", q.dimensions().size());
        model.put("spread", spread);
        model.put("questions", AnswerForm.views(visible, shown, Language.of(ctx), problems, raw, spread));
        model.put("agreed", w.consensus());
        model.put("hasErrors", !problems.isEmpty());
        ctx.render("workshop/consultant/consensus.peb", model);
    }

    private static int step(Context ctx, Questionnaire q) {
        try {
            int n = Integer.parseInt(ctx.pathParam("n"));
            if (n >= 1 && n <= q.dimensions().size()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundResponse();
    }

    /** The workshop named in the path if it is this consultant's; otherwise "not found", to others as to anyone. */
    Workshop owned(Context ctx) {
        Consultant me = auth.consultant(ctx);
        return service.store().byPublicId(ctx.pathParam("id"))
                .filter(w -> w.consultantId() == me.id())
                .orElseThrow(NotFoundResponse::new);
    }

    private Map<String, Object> model(Context ctx, Workshop w) {
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
        String host = ctx.host();
        String origin = host != null && HOST.matcher(host).matches() ? ctx.scheme() + "://" + host : "";
        return origin + ParticipantPages.path(w.joinCode());
    }
}
