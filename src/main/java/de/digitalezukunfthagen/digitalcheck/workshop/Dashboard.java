package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /consultant}: the consultant's own assisted checks and workshops, and the forms to start
 * new ones. An assisted check is the online flow, started here for a company and filled in together.
 */
final class Dashboard {
    private final WorkshopService service;
    private final AssistedChecks checks;
    private final Auth auth;

    Dashboard(WorkshopService service, AssistedChecks checks, Auth auth) {
        this.service = service;
        this.checks = checks;
        this.auth = auth;
    }

    void show(Context ctx) {
        Consultant me = auth.consultant(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("consultant", me);
        model.put("workshops", service.store().byConsultant(me.id()));
        model.put("checks", checks.of(me.id()));
        model.put("questionnaires", service.versions().current());
        model.put("maxCompany", Assessments.MAX_COMPANY_LENGTH);
        model.put("deleted", "1".equals(ctx.queryParam("deleted")));
        ctx.render("workshop/consultant/dashboard.peb", model);
    }

    /** {@code POST /consultant/checks}: starts the online check for a company and opens its first page. */
    void startCheck(Context ctx) {
        Consultant me = auth.consultant(ctx);
        Optional<OwnWorkshops.Start> start = OwnWorkshops.start(ctx, service);
        if (start.isEmpty()) {
            return;
        }
        String token = checks.start(me.id(), start.get().company(), start.get().questionnaire());
        ctx.redirect("/a/" + token + "/step/1", HttpStatus.SEE_OTHER);
    }
}
