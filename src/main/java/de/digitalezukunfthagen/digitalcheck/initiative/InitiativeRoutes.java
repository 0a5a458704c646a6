package de.digitalezukunfthagen.digitalcheck.initiative;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Access;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The routes of the initiative's dashboard (its own role check: a consultant's login is not enough)
 * and of a consultant's own figures (marked for consultants like their other pages).
 */
public final class InitiativeRoutes implements FeatureRoutes {
    private final InitiativePages pages;

    public InitiativeRoutes(Auth auth, Assessments assessments, Messages messages, Clock clock) {
        this.pages = new InitiativePages(auth, assessments, messages, clock);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(InitiativePages.INITIATIVE, pages::initiativePage);
        routes.get(InitiativePages.INITIATIVE + "/figures.csv", pages::initiativeCsv);
        routes.get(InitiativePages.INITIATIVE + "/summary.pdf", pages::initiativePdf);
        routes.get(InitiativePages.CONSULTANT, pages::consultantPage, Access.CONSULTANT);
        routes.get(InitiativePages.CONSULTANT + ".csv", pages::consultantCsv, Access.CONSULTANT);
        routes.get(InitiativePages.CONSULTANT + ".pdf", pages::consultantPdf, Access.CONSULTANT);
    }
}
