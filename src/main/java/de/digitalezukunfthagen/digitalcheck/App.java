package de.digitalezukunfthagen.digitalcheck;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/** Builds the web application from its parts; used by {@code main} and by the tests alike. */
public final class App {
    private App() {
    }

    public static Javalin create(AppConfig config, Catalog catalog) {
        return Javalin.create(javalin -> {
            javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
            javalin.startup.showJavalinBanner = false;
            javalin.routes.get("/", ctx -> ctx.html(index(catalog)));
            javalin.routes.get("/api/v1/questionnaires", ctx -> ctx.json(catalog.questionnaires().stream()
                    .map(q -> Map.of("id", q.id(), "version", q.version(), "title", q.title().in(q.language())))
                    .toList()));
        });
    }

    private static String index(Catalog catalog) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"de\"><meta charset=\"utf-8\">"
                + "<title>Digital-Check Hagen</title><h1>Digital-Check Hagen</h1><ul>");
        for (Questionnaire q : catalog.questionnaires()) {
            html.append("<li>").append(escape(q.title().in("de"))).append(" (Version ").append(q.version()).append(")</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
