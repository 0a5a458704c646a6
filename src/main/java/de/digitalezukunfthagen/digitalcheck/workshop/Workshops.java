package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.AssistedBy;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Workshop mode and assisted checks, built once with their dependencies: the routes of consultants
 * ({@link #consultantRoutes}, behind the login) and of participants ({@link #participantRoutes}, no
 * account), and what the assessment pages ask of them.
 */
public final class Workshops {
    private final WorkshopService service;
    private final AssistedChecks checks;
    private final Auth auth;
    private final Assessments assessments;
    private final Database database;
    private final Clock clock;

    public Workshops(Auth auth, Assessments assessments, Database database, Messages messages, Clock clock) {
        this.service = new WorkshopService(new WorkshopStore(database, assessments.versions(), clock), assessments.versions(),
                messages, new Discussion(database, clock));
        this.checks = new AssistedChecks(database, assessments, clock);
        this.auth = auth;
        this.assessments = assessments;
        this.database = database;
        this.clock = clock;
    }

    /** {@code /consultant...}: the dashboard, the workshops and their consensus. */
    public ConsultantRoutes consultantRoutes() {
        return new ConsultantRoutes(service, checks, auth, assessments, clock);
    }

    /** {@code /join} and {@code /w/<code>...}: a participant's own answers. */
    public ParticipantRoutes participantRoutes() {
        return new ParticipantRoutes(service, new JoinThrottle(database, clock));
    }

    /**
     * For the company's own report: the spread of the workshop whose consensus became the assessment
     * with this token, so that its PDF shows how the team answered, as the consultant's report does.
     */
    public Function<String, Optional<WorkshopSpread>> spreadOfAssessment() {
        return token -> service.store().byAssessment(Token.hash(token))
                .map(w -> ReportSpread.of(service.spread(w), service.discussion().actions(w.id()), service.messages()));
    }

    /**
     * For the assessment pages: the assisted check behind a token, when the logged-in consultant is
     * the one who advises it (anyone else, the company included, gets nothing).
     */
    public AssistedBy assistedBy() {
        return (ctx, token) -> auth.current(ctx)
                .flatMap(me -> checks.company(me.id(), token)
                        .map(company -> new AssistedBy.Assisted(company, me.name(), Auth.AREA)));
    }
}
