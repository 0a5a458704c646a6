package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.QrCode;
import io.javalin.http.Context;
import java.util.Map;


/**
 * What the room sees while the workshop runs: the projector page with join code and QR code, the
 * live view of the answers (HTML, and JSON for its script) and the means by role.
 */
final class LiveViewPages {
    private final WorkshopService service;
    private final OwnWorkshops workshops;

    LiveViewPages(WorkshopService service, OwnWorkshops workshops) {
        this.service = service;
        this.workshops = workshops;
    }

    /** {@code GET /consultant/workshops/{id}/projector}: join code and QR code, big, for the wall. */
    void projector(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("workshop/consultant/projector.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/qr.svg}: the join link as a QR code, drawn here. */
    void qr(Context ctx) {
        Workshop w = workshops.owned(ctx);
        String url = OwnWorkshops.joinUrl(ctx, w);
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.result(QrCode.svg(url, service.messages().get(Language.of(ctx), "workshop.projector.qrAlt", url)));
    }

    /** {@code GET /consultant/workshops/{id}/live}: the live view; {@code ?part=1} only its changing part, for the script. */
    void live(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("1".equals(ctx.queryParam("part")) ? "workshop/consultant/live-part.peb" : "workshop/consultant/live.peb", model);
    }

    /** {@code GET /consultant/workshops/{id}/live.json}. */
    void liveJson(Context ctx) {
        Workshop w = workshops.owned(ctx);
        ctx.json(LiveJson.of(service.spread(w)));
    }

    /** {@code GET /consultant/workshops/{id}/by-role}: each dimension's mean by the participants' roles. */
    void byRole(Context ctx) {
        Workshop w = workshops.owned(ctx);
        Map<String, Object> model = workshops.model(ctx, w);
        model.put("spread", service.spread(w));
        ctx.render("workshop/consultant/by-role.peb", model);
    }
}
