package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.ReportInput;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * What the consultant takes away from a workshop: the consensus report as PDF (with the page on the
 * spread) and the participants' answers as CSV and JSON.
 */
final class WorkshopDownloads {
    private final WorkshopService service;
    private final OwnWorkshops workshops;
    private final Clock clock;

    WorkshopDownloads(WorkshopService service, OwnWorkshops workshops, Clock clock) {
        this.service = service;
        this.workshops = workshops;
        this.clock = clock;
    }

    /** {@code GET /consultant/workshops/{id}/report.pdf}: the consensus report with the page on the spread. */
    void report(Context ctx) {
        Workshop w = workshops.owned(ctx);
        ReportInput input = new ReportInput(service.questionnaire(w), service.contacts(), w.profile().merge(w.consensus().values()),
                Language.of(ctx).code(), w.company(), Hagen.today(clock),
                ReportSpread.of(service.spread(w), service.discussion().actions(w.id()), service.messages()));
        byte[] pdf = PdfReport.render(input);
        ctx.contentType(PdfReport.CONTENT_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + PdfReport.fileName(input) + "\"");
        ctx.result(pdf);
    }

    /** {@code GET /consultant/workshops/{id}/answers.csv}. */
    void csv(Context ctx) {
        Workshop w = workshops.owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".csv\"");
        ctx.result(Export.csv(service.questionnaire(w), service.contacts(), s.workshop(), s.present(), Language.of(ctx),
                service.messages()));
    }

    /** {@code GET /consultant/workshops/{id}/answers.json}. */
    void json(Context ctx) throws Exception {
        Workshop w = workshops.owned(ctx);
        WorkshopStore.Snapshot s = service.store().snapshot(w.id()).orElseThrow();
        Questionnaire q = service.questionnaire(w);
        Spread spread = Spread.of(q, service.contacts(), s.workshop(), s.present());
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"workshop-" + w.joinCode() + ".json\"");
        ctx.result(Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(Export.json(q, service.contacts(), s.workshop(), s.present(), spread))
                .getBytes(StandardCharsets.UTF_8));
    }
}
