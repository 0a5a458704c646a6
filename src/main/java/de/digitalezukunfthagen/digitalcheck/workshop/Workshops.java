package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * Workshop mode (issue 6): the routes of consultants ({@code /consultant...}, behind the login) and
 * participants ({@code /join}, {@code /w/<code>...}, no account).
 */
public final class Workshops {
    private Workshops() {
    }

    public static void routes(RoutesConfig routes, Auth auth, Catalog catalog, Database database, Messages messages, Clock clock) {
        QuestionnaireSource questionnaires = (id, version) -> catalog.find(id).filter(q -> q.version() == version);
        WorkshopService service = new WorkshopService(new WorkshopStore(database, questionnaires, clock), questionnaires,
                catalog.contacts());
        Dashboard dashboard = new Dashboard(service, auth, catalog);
        ConsultantPages consultant = new ConsultantPages(service, auth, catalog, messages);
        ParticipantPages participant = new ParticipantPages(service);

        routes.get(Auth.AREA, dashboard::show);
        String w = Auth.AREA + "/workshops/{id}";
        routes.post(Auth.AREA + "/workshops", consultant::create);
        routes.get(w, consultant::overview);
        routes.post(w + "/settings", consultant::settings);
        routes.post(w + "/participants/{number}/remove", consultant::removeParticipant);
        routes.get(w + "/profile", consultant::profile);
        routes.post(w + "/profile", consultant::saveProfile);
        routes.get(w + "/projector", consultant::projector);
        routes.get(w + "/qr.svg", consultant::qr);
        routes.get(w + "/live", consultant::live);
        routes.get(w + "/live.json", consultant::liveJson);
        routes.get(w + "/consensus", consultant::consensusSummary);
        routes.get(w + "/consensus/{n}", consultant::consensus);
        routes.post(w + "/consensus/{n}", consultant::saveConsensus);
        routes.get(w + "/report.pdf", consultant::report);
        routes.get(w + "/answers.csv", consultant::csv);
        routes.get(w + "/answers.json", consultant::json);

        routes.get("/join", participant::joinForm);
        routes.get("/w/{code}", participant::start);
        routes.post("/w/{code}/join", participant::join);
        routes.get("/w/{code}/step/{n}", participant::step);
        routes.post("/w/{code}/step/{n}", participant::saveStep);
        routes.get("/w/{code}/review", participant::review);
        routes.post("/w/{code}/finish", participant::finish);
        routes.get("/w/{code}/mine", participant::mine);
    }
}
