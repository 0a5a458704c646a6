package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /consultant}: the consultant's own workshops and assisted checks, and forms to start new ones. */
final class Dashboard {
    private final WorkshopService service;
    private final Auth auth;
    private final Catalog catalog;

    Dashboard(WorkshopService service, Auth auth, Catalog catalog) {
        this.service = service;
        this.auth = auth;
        this.catalog = catalog;
    }

    void show(Context ctx) {
        Consultant me = auth.consultant(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("consultant", me);
        model.put("workshops", service.store().byConsultant(me.id()));
        model.put("questionnaires", catalog.questionnaires());
        model.put("maxCompany", ConsultantPages.MAX_COMPANY);
        ctx.render("workshop/consultant/dashboard.peb", model);
    }
}
