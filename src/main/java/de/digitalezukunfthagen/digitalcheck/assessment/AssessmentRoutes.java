package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.report.PdfReport;
import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.RenderedPages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** The routes of the online self-assessment and of its JSON API. */
public final class AssessmentRoutes implements FeatureRoutes {
    private final AssessmentPages pages;
    private final AssessmentApi api;
    private final ReportDownload reports;
    private final FollowUp followUp;
    /** Room for kept step and result pages: about 200 result pages of the full check. */
    static final long RENDERED_PAGES_BYTES = 24L << 20;

    /**
     * @param spreads for an assessment token, the spread of the workshop whose consensus it is (if
     *     any), shown in its PDF report
     * @param assistedBy whether a page is asked for by the consultant who advises that assessment
     */
    public AssessmentRoutes(Assessments assessments, Messages messages, Function<String, Optional<WorkshopSpread>> spreads,
            AssistedBy assistedBy, Clock clock) {
        this.pages = new AssessmentPages(assessments, messages, assistedBy, new RenderedPages(clock, RENDERED_PAGES_BYTES));
        this.api = new AssessmentApi(assessments);
        this.reports = new ReportDownload(assessments, spreads, new PdfReport(), clock);
        this.followUp = new FollowUp(assessments, messages);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/", pages::start);
        routes.get("/privacy", pages::privacy);
        routes.post("/assessments", pages::create);
        routes.get("/continue", pages::continueCheck);
        routes.post("/forget", pages::forget);
        // a form of the check sent with an expired CSRF token leads back into the check, not to a dead end
        routes.exception(Csrf.Expired.class, (e, ctx) -> pages.expired(ctx));
        routes.get("/deleted", pages::deleted);
        routes.get("/a/{token}", pages::resume);
        routes.get("/a/{token}/start", pages::started);
        routes.post("/a/{token}/full", pages::upgrade);
        routes.get("/a/{token}/step/{n}", pages::step);
        routes.post("/a/{token}/step/{n}", pages::saveStep);
        routes.get("/a/{token}/review", pages::review);
        routes.get("/a/{token}/result", pages::result);
        routes.post("/a/{token}/repeat", followUp::repeat);
        routes.get("/a/{token}/delete", pages::confirmDelete);
        routes.post("/a/{token}/delete", pages::delete);

        routes.before("/api/*", AssessmentApi::requireJson);
        routes.get("/api/v1/questionnaires", api::questionnaires);
        routes.post("/api/v1/assessments", api::create);
        routes.get("/api/v1/assessments/{token}", api::get);
        routes.put("/api/v1/assessments/{token}/answers", api::putAnswers);
        routes.delete("/api/v1/assessments/{token}", ctx -> {
            api.delete(ctx);
            pages.forgetPages(ctx.pathParam("token"));
        });
        routes.get("/api/v1/assessments/{token}/report.pdf", reports::pdf);
    }
}
