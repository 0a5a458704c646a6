package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.InvalidQuestionnairesException;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import io.javalin.Javalin;
import java.time.Clock;
import java.nio.file.Path;

/**
 * The app as the tests use it: the fixture questionnaires of {@code src/test/resources/fixtures/questionnaires}
 * (a small quick check and a "full" check, with contacts) and a fresh SQLite file in a temporary folder.
 */
public record TestApp(Javalin app, Database database, Catalog catalog, Path databaseFile) implements AutoCloseable {
    public static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "questionnaires");

    public static Catalog fixtures() {
        try {
            return QuestionnaireLoader.loadDirectory(FIXTURES);
        } catch (InvalidQuestionnairesException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new app on a new database in {@code dir} (use JUnit's {@code @TempDir}). */
    public static TestApp create(Path dir) {
        return create(dir, fixtures());
    }

    public static TestApp create(Path dir, Catalog catalog) {
        return create(dir, catalog, null);
    }

    /** With the public address {@code baseUrl}, as {@code serve --base-url} sets it (null: none). */
    public static TestApp create(Path dir, Catalog catalog, String baseUrl) {
        Path file = dir.resolve("test.db");
        Database database = Database.open(file);
        Javalin app = App.create(new AppConfig(0, file, FIXTURES, baseUrl), catalog, database, Clock.systemUTC());
        return new TestApp(app, database, catalog, file);
    }

    /** With the operations settings {@code operations} (create limits, legal pages, retention, ...). */
    public static TestApp create(Path dir, OperationsConfig operations) {
        Path file = dir.resolve("test.db");
        Database database = Database.open(file);
        Catalog catalog = fixtures();
        Javalin app = App.create(new AppConfig(0, file, FIXTURES, null, null, operations), catalog, database, Clock.systemUTC());
        return new TestApp(app, database, catalog, file);
    }

    @Override
    public void close() {
        database.close();
    }
}
