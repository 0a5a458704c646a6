package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.AssistedBy;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.config.RoutesConfig;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Workshop mode and assisted checks: the routes of consultants ({@code /consultant...},
 * behind the login of {@link Auth}) and of participants ({@code /join}, {@code /w/<code>...}, no
 * account).
 */
public final class Workshops {
    private Workshops() {
    }

    public static void routes(RoutesConfig routes, Auth auth, Assessments assessments, Database database, Messages messages,
            Clock clock) {
        WorkshopService service = service(assessments, database, messages, clock);
        Dashboard dashboard = new Dashboard(service, new AssistedChecks(database, assessments, clock), auth);
        ConsultantPages consultant = new ConsultantPages(service, auth, assessments);
        ConsensusPages consensus = new ConsensusPages(service, consultant, assessments);
        ParticipantPages participant = new ParticipantPages(service, new JoinThrottle(database, clock));

        routes.get(Auth.AREA, dashboard::show);
        routes.post(Auth.AREA + "/checks", dashboard::startCheck);
        routes.post(Auth.AREA + "/workshops", consultant::create);
        String w = Auth.AREA + "/workshops/{id}";
        routes.get(w, consultant::overview);
        routes.post(w + "/settings", consultant::settings);
        routes.get(w + "/delete", consultant::confirmDelete);
        routes.post(w + "/delete", consultant::delete);
        routes.get(w + "/participants/{number}/remove", consultant::confirmRemove);
        routes.post(w + "/participants/{number}/remove", consultant::removeParticipant);
        routes.post(w + "/participants/{number}/restore", consultant::restoreParticipant);
        routes.get(w + "/profile", consultant::profile);
        routes.post(w + "/profile", consultant::saveProfile);
        routes.get(w + "/projector", consultant::projector);
        routes.get(w + "/qr.svg", consultant::qr);
        routes.get(w + "/live", consultant::live);
        routes.get(w + "/live.json", consultant::liveJson);
        routes.get(w + "/by-role", consultant::byRole);
        routes.get(w + "/consensus", consensus::summary);
        routes.post(w + "/consensus/adopt", consensus::adopt);
        routes.get(w + "/consensus/finish", consensus::confirmHandOver);
        routes.post(w + "/consensus/finish", consensus::handOver);
        routes.get(w + "/consensus/{n}", consensus::question);
        routes.post(w + "/consensus/{n}", consensus::save);
        routes.post(w + "/actions", consensus::addAction);
        routes.post(w + "/actions/{action}/remove", consensus::removeAction);
        routes.get(w + "/handover", consensus::handOverPage);
        routes.get(w + "/handover/qr.svg", consensus::handOverQr);
        routes.get(w + "/report.pdf", consultant::report);
        routes.get(w + "/answers.csv", consultant::csv);
        routes.get(w + "/answers.json", consultant::json);

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

    /**
     * For the company's own report: the spread of the workshop whose consensus became the assessment
     * with this token, so that its PDF shows how the team answered, as the consultant's report does.
     */
    public static Function<String, Optional<WorkshopSpread>> spreadOfAssessment(Assessments assessments, Database database,
            Messages messages, Clock clock) {
        WorkshopService service = service(assessments, database, messages, clock);
        return token -> service.store().byAssessment(Token.hash(token))
                .map(w -> ReportSpread.of(service.spread(w), service.discussion().actions(w.id()), messages));
    }

    /**
     * For the assessment pages: the assisted check behind a token, when the logged-in consultant is
     * the one who advises it (anyone else, the company included, gets nothing).
     */
    public static AssistedBy assistedBy(Auth auth, Database database, Assessments assessments, Clock clock) {
        AssistedChecks checks = new AssistedChecks(database, assessments, clock);
        return (ctx, token) -> auth.current(ctx)
                .flatMap(me -> checks.company(me.id(), token)
                        .map(company -> new AssistedBy.Assisted(company, me.name(), Auth.AREA)));
    }

    private static WorkshopService service(Assessments assessments, Database database, Messages messages, Clock clock) {
        return new WorkshopService(new WorkshopStore(database, assessments.versions(), clock), assessments.versions(), messages,
                new Discussion(database, clock));
    }
}
