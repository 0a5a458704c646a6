package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.AppConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import io.javalin.Javalin;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The whole app for the consultant and workshop tests: the test questionnaire {@code mini-check}
 * (src/test/resources/workshop/questionnaires) and a database in the test's temporary folder.
 */
public record TestApp(Javalin app, Database database, Catalog catalog) {

    public static TestApp create(Path dir) {
        Catalog catalog = loadCatalog();
        Database database = Database.open(dir.resolve("test.db"));
        AppConfig config = new AppConfig(0, dir.resolve("test.db"), questionnaires());
        return new TestApp(App.create(config, catalog, database), database, catalog);
    }

    public static Path questionnaires() {
        try {
            return Path.of(TestApp.class.getResource("/workshop/questionnaires/mini-check.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalog loadCatalog() {
        try {
            return QuestionnaireLoader.loadDirectory(questionnaires());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a consultant account directly, as {@code users add} would. */
    public Consultant addConsultant(String email, String name, String password) {
        return new Accounts(database, Clock.systemUTC()).add(email, name, password);
    }
}
