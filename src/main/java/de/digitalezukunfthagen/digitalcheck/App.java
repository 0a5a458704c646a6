package de.digitalezukunfthagen.digitalcheck;

import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.SecurityHeaders;
import de.digitalezukunfthagen.digitalcheck.web.Templates;
import de.digitalezukunfthagen.digitalcheck.workshop.Workshops;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;

/** Builds the web application from its parts; used by {@code main} and by the tests alike. */
public final class App {
    /** Larger bodies are refused before they are read. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;

    private App() {
    }

    public static Javalin create(AppConfig config, Catalog catalog, Database database) {
        Messages messages = new Messages();
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.fileRenderer(new Templates(messages));
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            javalin.routes.before(SecurityHeaders::apply);
            javalin.routes.before(Csrf::check);

            javalin.routes.get("/", ctx -> ctx.render("index.peb", Map.of("questionnaires", catalog.questionnaires())));
            javalin.routes.get("/api/v1/questionnaires", ctx -> ctx.json(catalog.questionnaires().stream()
                    .map(q -> Map.of("id", q.id(), "version", q.version(), "title", q.title().in(q.language())))
                    .toList()));

            // --- Consultants and workshops (issue 6): packages auth and workshop ---
            Auth auth = Auth.routes(javalin.routes, database, Clock.systemUTC());
            Workshops.routes(javalin.routes, auth, catalog, database, messages, Clock.systemUTC());
            // --- end of consultants and workshops ---
        });
    }
}
