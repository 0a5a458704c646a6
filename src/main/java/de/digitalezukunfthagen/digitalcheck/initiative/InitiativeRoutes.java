package de.digitalezukunfthagen.digitalcheck.initiative;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/** The routes of the initiative's dashboard and of a consultant's own figures. */
public final class InitiativeRoutes {
    private InitiativeRoutes() {
    }

    public static void register(RoutesConfig routes, Auth auth, Assessments assessments, Messages messages, Clock clock) {
        InitiativePages pages = new InitiativePages(auth, assessments, messages, clock);
        routes.get(InitiativePages.INITIATIVE, pages::initiativePage);
        routes.get(InitiativePages.INITIATIVE + "/figures.csv", pages::initiativeCsv);
        routes.get(InitiativePages.INITIATIVE + "/summary.pdf", pages::initiativePdf);
        routes.get(InitiativePages.CONSULTANT, pages::consultantPage);
        routes.get(InitiativePages.CONSULTANT + ".csv", pages::consultantCsv);
        routes.get(InitiativePages.CONSULTANT + ".pdf", pages::consultantPdf);
    }
}
