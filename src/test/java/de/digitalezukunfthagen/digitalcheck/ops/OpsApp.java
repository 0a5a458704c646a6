package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;

/** The app of the operations tests: the fixture questionnaires, operations settings, and a new database of an engine. */
final class OpsApp {
    private OpsApp() {
    }

    /** As {@link TestApp#create(Path, OperationsConfig)}, on {@code engine}; the {@code databaseFile} is null on PostgreSQL. */
    static TestApp create(Path dir, OperationsConfig operations, TestDatabase engine) {
        Database database = engine.open(dir);
        Catalog catalog = TestApp.fixtures();
        Javalin app = App.create(new AppConfig(0, engine.location(dir), TestApp.FIXTURES, null, null, operations), catalog,
                database, Clock.systemUTC());
        return new TestApp(app, database, catalog, engine == TestDatabase.SQLITE ? dir.resolve("test.db") : null);
    }
}
