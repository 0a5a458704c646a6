package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.ReportInput;
import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import de.digitalezukunfthagen.digitalcheck.web.ApiProblem;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/v1/assessments/{token}/report.pdf?lang=de|en&full=1}: the PDF report of an
 * assessment, scored with the questionnaire version it was answered with: the short report of at
 * most 10 pages, or with {@code full=1} the long one with the complete appendix. An assessment that
 * is a workshop's consensus gets the page on how the team answered.
 */
final class ReportDownload {
    private final Assessments assessments;
    private final Function<String, Optional<WorkshopSpread>> spreads;
    private final Clock clock;
    /** One per app: what every report lays out alike is kept between downloads. */
    private final PdfReport reports;

    ReportDownload(Assessments assessments, Function<String, Optional<WorkshopSpread>> spreads, PdfReport reports, Clock clock) {
        this.reports = reports;
        this.assessments = assessments;
        this.spreads = spreads;
        this.clock = clock;
    }

    void pdf(Context ctx) {
        String token = ctx.pathParam("token");
        String lang = ctx.queryParam("lang");
        if (lang == null) {
            lang = Language.of(ctx).code();
        } else if (!ReportInput.supports(lang)) {
            ApiProblem.invalid("The report was not made: 1 problem(s).", List.of(new ApiProblem.Error(null, null,
                    "\"lang\" must be one of " + String.join(", ", ReportInput.LANGUAGES) + ", not '" + lang + "'")))
                    .send(ctx);
            return;
        }
        String full = ctx.queryParam("full");
        if (full != null && !full.equals("1") && !full.equals("0")) {
            ApiProblem.invalid("The report was not made: 1 problem(s).", List.of(new ApiProblem.Error(null, null,
                    "\"full\" must be 1 (the long report) or 0, not '" + full + "'")))
                    .send(ctx);
            return;
        }
        Assessments.Opened opened = assessments.open(token).orElseThrow(NotFoundResponse::new);
        WorkshopSpread spread = "workshop".equals(opened.assessment().origin()) ? spreads.apply(token).orElse(null) : null;
        ReportInput input = new ReportInput(opened.questionnaire(), opened.contacts(), opened.answers(), lang,
                opened.assessment().company(), Hagen.today(clock), spread, "1".equals(full))
                .withComparisons(FollowUp.comparisons(assessments, opened, opened.evaluate()));
        byte[] pdf = reports.make(input);
        ctx.contentType(PdfReport.CONTENT_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + PdfReport.fileName(input) + "\"");
        ctx.result(pdf);
    }
}
