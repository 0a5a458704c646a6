package de.digitalezukunfthagen.digitalcheck;

import static de.digitalezukunfthagen.digitalcheck.common.RequestLimits.MAX_FORM_KEYS;
import static de.digitalezukunfthagen.digitalcheck.common.RequestLimits.MAX_REQUEST_BYTES;

import de.digitalezukunfthagen.digitalcheck.assessment.AssessmentRoutes;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersionConflictException;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.AuthRoutes;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.initiative.InitiativeRoutes;
import de.digitalezukunfthagen.digitalcheck.ops.OperationsRoutes;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.Assets;
import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import de.digitalezukunfthagen.digitalcheck.web.ErrorPages;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import de.digitalezukunfthagen.digitalcheck.web.SecurityHeaders;
import de.digitalezukunfthagen.digitalcheck.web.ServerLimits;
import de.digitalezukunfthagen.digitalcheck.web.Templates;
import de.digitalezukunfthagen.digitalcheck.workshop.Workshops;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** Builds the web application from its parts; the one place that does, used by {@code serve} and by the tests alike. */
public final class App {
    private App() {
    }

    /** Purges expired failed logins every minute while the server runs, and prepares the login after the start. */
    private static void housekeeping(io.javalin.config.JavalinConfig javalin, Auth auth) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "digitalcheck-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        javalin.events.serverStarted(() -> {
            timer.scheduleWithFixedDelay(() -> {
                try {
                    auth.purgeExpired();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(App.class).warn("purging expired failed logins failed: {}", e.toString());
                }
            }, 1, 1, TimeUnit.MINUTES);
            // a few seconds later: the first requests after the start do not share the cores with it
            timer.schedule(auth::prepareLogin, 3, TimeUnit.SECONDS);
        });
        javalin.events.serverStopping(timer::shutdownNow);
    }

    /**
     * The composition root: records the loaded questionnaire versions in the database, builds every
     * feature with its dependencies and the one {@code clock} they all read the time from, and the
     * Javalin app that serves them.
     *
     * @throws QuestionnaireVersionConflictException when a questionnaire file changed its content but
     *     not its version; the message says which file and what to do
     */
    public static Javalin create(AppConfig config, Catalog catalog, Database database, Clock clock) {
        QuestionnaireVersions versions = QuestionnaireVersions.record(catalog, database, clock);
        Assessments assessments = new Assessments(database, versions, clock);
        assessments.backfillFacts();
        Messages messages = new Messages();
        Auth auth = new Auth(database, clock);
        Workshops workshops = new Workshops(auth, assessments, database, messages, clock);
        OperationsRoutes operations = new OperationsRoutes(config.operations(), database, assessments, messages, clock);
        // the login comes first: its check runs before every route marked for consultants
        List<FeatureRoutes> features = List.of(
                new AuthRoutes(auth, database, clock),
                new AssessmentRoutes(assessments, messages, workshops.spreadOfAssessment(), workshops.assistedBy(), clock),
                workshops.consultantRoutes(),
                workshops.participantRoutes(),
                new InitiativeRoutes(auth, assessments, messages, clock),
                operations);
        Templates templates = new Templates(messages);
        // the start page is what a visitor (and a load balancer) asks for first: compiled while Jetty starts
        templates.compileInBackground("index.peb");
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.fileRenderer(templates);
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            ServerLimits.apply(javalin.jetty, config.host(), MAX_REQUEST_BYTES, messages);
            javalin.jetty.modifyServletContextHandler(handler -> {
                handler.setMaxFormContentSize((int) MAX_REQUEST_BYTES);
                handler.setMaxFormKeys(MAX_FORM_KEYS);
            });
            operations.configure(javalin);
            javalin.routes.before(Requests.publicAddress(config.baseUrl()));
            javalin.routes.before(SecurityHeaders::apply);
            javalin.routes.before(Csrf::check);
            ErrorPages.register(javalin.routes);
            housekeeping(javalin, auth);
            new Assets().addTo(javalin.routes);
            features.forEach(feature -> feature.addTo(javalin.routes));
        });
    }
}
