package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.AppConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.Javalin;
import java.nio.file.Path;

/** The app of the tests (fixture questionnaires, a database in a temporary folder) with chosen operations settings. */
record OpsApp(Javalin app, Database database, Path file) implements AutoCloseable {

    static OpsApp create(Path dir, OperationsConfig operations) {
        Path file = dir.resolve("test.db");
        Database database = Database.open(file);
        AppConfig config = new AppConfig(0, file, TestApp.FIXTURES, null, null, operations);
        return new OpsApp(App.create(config, TestApp.fixtures(), database), database, file);
    }

    @Override
    public void close() {
        database.close();
    }
}
