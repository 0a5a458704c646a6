package de.digitalezukunfthagen.digitalcheck;

import de.digitalezukunfthagen.digitalcheck.assessment.AssessmentRoutes;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersionConflictException;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.initiative.InitiativeRoutes;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import de.digitalezukunfthagen.digitalcheck.web.ErrorPages;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import de.digitalezukunfthagen.digitalcheck.web.SecurityHeaders;
import de.digitalezukunfthagen.digitalcheck.web.ServerLimits;
import de.digitalezukunfthagen.digitalcheck.web.Templates;
import de.digitalezukunfthagen.digitalcheck.workshop.Workshops;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** Builds the web application from its parts; used by {@code main} and by the tests alike. */
public final class App {
    /** Larger bodies are refused before they are read. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;

    private App() {
    }

    /** Purges expired failed logins every minute while the server runs. */
    private static void housekeeping(io.javalin.config.JavalinConfig javalin, Auth auth) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "digitalcheck-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        javalin.events.serverStarted(() -> timer.scheduleWithFixedDelay(() -> {
            try {
                auth.purgeExpired();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(App.class).warn("purging expired failed logins failed: {}", e.toString());
            }
        }, 1, 1, TimeUnit.MINUTES));
        javalin.events.serverStopping(timer::shutdownNow);
    }

    /**
     * Records the loaded questionnaire versions in the database, then builds the app.
     *
     * @throws QuestionnaireVersionConflictException when a questionnaire file changed its content but
     *     not its version; the message says which file and what to do
     */
    public static Javalin create(AppConfig config, Catalog catalog, Database database) {
        QuestionnaireVersions versions = QuestionnaireVersions.record(catalog, database);
        Assessments assessments = new Assessments(database, versions);
        assessments.backfillFacts();
        Messages messages = new Messages();
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.fileRenderer(new Templates(messages));
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            ServerLimits.apply(javalin.jetty, config.host(), MAX_REQUEST_BYTES, messages);
            javalin.jetty.modifyServletContextHandler(handler -> {
                handler.setMaxFormContentSize((int) MAX_REQUEST_BYTES);
                handler.setMaxFormKeys(500);
            });
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            javalin.routes.before(Requests.publicAddress(config.baseUrl()));
            javalin.routes.before(SecurityHeaders::apply);
            javalin.routes.before(Csrf::check);
            ErrorPages.register(javalin.routes);
            // the login comes first: the assessment pages ask it whether a consultant advises the check
            Auth auth = Auth.routes(javalin.routes, database, Clock.systemUTC());
            housekeeping(javalin, auth);
            AssessmentRoutes.register(javalin.routes, assessments, messages,
                    Workshops.spreadOfAssessment(assessments, database, messages, Clock.systemUTC()),
                    Workshops.assistedBy(auth, database, assessments, Clock.systemUTC()));

            // --- Consultants and workshops (issue 6): packages auth and workshop ---
            Workshops.routes(javalin.routes, auth, assessments, database, messages, Clock.systemUTC());
            // --- end of consultants and workshops ---
            InitiativeRoutes.register(javalin.routes, auth, assessments, messages, Clock.systemUTC());
        });
    }
}
