package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


/**
 * A consultant's own workshops as the pages under {@code /consultant/workshops/<id>} reach them: a
 * workshop of another consultant is "not found", exactly like one that does not exist. Also the parts
 * every such page shares (its address, the join link, the model every template gets).
 */
final class OwnWorkshops {
    private final WorkshopService service;
    private final Auth auth;

    OwnWorkshops(WorkshopService service, Auth auth) {
        this.service = service;
        this.auth = auth;
    }

    /** What a consultant starts a workshop or an assisted check for. */
    record Start(String company, Questionnaire questionnaire) {
    }

    /**
     * The company (as {@link Assessments#company} cleans it, of acceptable length) and the current
     * questionnaire a start form names; empty after answering with the page that says the form was
     * not filled in right.
     */
    static Optional<Start> start(Context ctx, WorkshopService service) {
        Optional<String> company;
        try {
            company = Optional.ofNullable(Assessments.company(ctx.formParam("company")));
        } catch (IllegalArgumentException e) {
            company = Optional.empty();
        }
        Optional<Questionnaire> q = service.versions().current(Optional.ofNullable(ctx.formParam("questionnaire")).orElse(""));
        if (company.isEmpty() || q.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            ctx.render("workshop/consultant/invalid.peb", Map.of("back", Auth.AREA));
            return Optional.empty();
        }
        return Optional.of(new Start(company.get(), q.get()));
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

    /** The logged-in consultant of this request. */
    Consultant consultant(Context ctx) {
        return auth.consultant(ctx);
    }
}
