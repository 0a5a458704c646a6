package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import io.javalin.config.RoutesConfig;

/** A participant's pages: finding a workshop, joining it and answering on the phone; no account. */
public final class ParticipantRoutes implements FeatureRoutes {
    private final ParticipantPages participant;

    ParticipantRoutes(WorkshopService service, JoinThrottle throttle) {
        this.participant = new ParticipantPages(service, throttle);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/join", participant::findForm);
        routes.get("/w/{code}", participant::start);
        routes.post("/w/{code}/join", participant::join);
        routes.post("/w/{code}/reenter", participant::reenter);
        routes.get("/w/{code}/step/{n}", participant::step);
        routes.post("/w/{code}/step/{n}", participant::saveStep);
        routes.get("/w/{code}/review", participant::review);
        routes.post("/w/{code}/finish", participant::finish);
        routes.get("/w/{code}/mine", participant::mine);
    }
}
