package de.digitalezukunfthagen.digitalcheck.workshop;

import static de.digitalezukunfthagen.digitalcheck.auth.Access.CONSULTANT;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/** The consultant's pages under {@code /consultant}, every one only for a logged-in consultant. */
public final class ConsultantRoutes implements FeatureRoutes {
    private final Dashboard dashboard;
    private final WorkshopSetupPages setup;
    private final LiveViewPages live;
    private final ConsensusPages consensus;
    private final WorkshopDownloads downloads;
    private final FollowUpPages followUps;

    ConsultantRoutes(WorkshopService service, AssistedChecks checks, Auth auth, Assessments assessments, Clock clock) {
        OwnWorkshops own = new OwnWorkshops(service, auth);
        this.dashboard = new Dashboard(service, checks, auth);
        this.setup = new WorkshopSetupPages(service, own);
        this.live = new LiveViewPages(service, own);
        this.followUps = new FollowUpPages(service, checks, own, auth, assessments);
        this.consensus = new ConsensusPages(service, own, assessments, clock, followUps);
        this.downloads = new WorkshopDownloads(service, own, clock);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(Auth.AREA, dashboard::show, CONSULTANT);
        routes.post(Auth.AREA + "/checks", dashboard::startCheck, CONSULTANT);
        routes.post(Auth.AREA + "/checks/{check}/repeat", followUps::repeatCheck, CONSULTANT);
        routes.post(Auth.AREA + "/checks/{check}/test", followUps::markCheck, CONSULTANT);
        routes.post(Auth.AREA + "/workshops", setup::create, CONSULTANT);
        String w = Auth.AREA + "/workshops/{id}";
        routes.get(w, setup::overview, CONSULTANT);
        routes.post(w + "/settings", setup::settings, CONSULTANT);
        routes.post(w + "/test", followUps::markWorkshop, CONSULTANT);
        routes.post(w + "/link", followUps::linkWorkshop, CONSULTANT);
        routes.get(w + "/delete", setup::confirmDelete, CONSULTANT);
        routes.post(w + "/delete", setup::delete, CONSULTANT);
        routes.get(w + "/participants/{number}/remove", setup::confirmRemove, CONSULTANT);
        routes.post(w + "/participants/{number}/remove", setup::removeParticipant, CONSULTANT);
        routes.post(w + "/participants/{number}/restore", setup::restoreParticipant, CONSULTANT);
        routes.get(w + "/profile", setup::profile, CONSULTANT);
        routes.post(w + "/profile", setup::saveProfile, CONSULTANT);
        routes.get(w + "/projector", live::projector, CONSULTANT);
        routes.get(w + "/qr.svg", live::qr, CONSULTANT);
        routes.get(w + "/live", live::live, CONSULTANT);
        routes.get(w + "/live.json", live::liveJson, CONSULTANT);
        routes.get(w + "/by-role", live::byRole, CONSULTANT);
        routes.get(w + "/consensus", consensus::summary, CONSULTANT);
        routes.post(w + "/consensus/adopt", consensus::adopt, CONSULTANT);
        routes.get(w + "/consensus/finish", consensus::confirmHandOver, CONSULTANT);
        routes.post(w + "/consensus/finish", consensus::handOver, CONSULTANT);
        routes.get(w + "/consensus/{n}", consensus::question, CONSULTANT);
        routes.post(w + "/consensus/{n}", consensus::save, CONSULTANT);
        routes.post(w + "/actions", consensus::addAction, CONSULTANT);
        routes.post(w + "/actions/{action}/remove", consensus::removeAction, CONSULTANT);
        routes.get(w + "/handover", consensus::handOverPage, CONSULTANT);
        routes.get(w + "/handover/qr.svg", consensus::handOverQr, CONSULTANT);
        routes.get(w + "/report.pdf", downloads::report, CONSULTANT);
        routes.get(w + "/answers.csv", downloads::csv, CONSULTANT);
        routes.get(w + "/answers.json", downloads::json, CONSULTANT);
    }
}
