package de.digitalezukunfthagen.digitalcheck.bench;

import de.digitalezukunfthagen.digitalcheck.App;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import java.time.Clock;
import java.nio.file.Path;

/**
 * The app as its composition root builds it, started in its own JVM by {@link SpeedBenchmark}: the
 * questionnaires of a folder, a fresh SQLite file (or a PostgreSQL URL, with user and password from
 * the environment as for {@code serve}), listening on 127.0.0.1 only. This is the one place
 * the speed harness depends on how the app is put together; when {@code App.create} changes, only
 * these lines change.
 *
 * <p>Arguments: {@code port database-file-or-url questionnaires-folder}.
 */
public final class AppServer {
    private AppServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String db = args[1];
        Path questionnaires = Path.of(args[2]);
        // as serve does: the questionnaires are read while the database is opened and migrated
        java.util.concurrent.FutureTask<Catalog> loading = new java.util.concurrent.FutureTask<>(
                () -> BundledQuestionnaires.load(questionnaires));
        new Thread(loading, "load-questionnaires").start();
        Database database = Database.open(db, System.getenv());
        Catalog catalog = loading.get();
        // the load must not be stopped by the limits on creating assessments
        AppConfig config = new AppConfig(port, db, questionnaires).withOperations(OperationsConfig.DEFAULTS.withCreateLimits(0, 0));
        App.create(config, catalog, database, Clock.systemUTC()).start("127.0.0.1", port);
    }
}
