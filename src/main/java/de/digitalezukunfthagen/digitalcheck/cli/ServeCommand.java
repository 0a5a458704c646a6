package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersionConflictException;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.InvalidQuestionnairesException;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Problem;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code serve}: starts the web application. */
public final class ServeCommand implements Cli.Command {
    /** Builds the web app; {@code Main} passes {@code App::create}, so this package needs nothing above it. */
    @FunctionalInterface
    public interface AppFactory {
        Javalin create(AppConfig config, Catalog catalog, Database database, Clock clock);
    }

    private final AppFactory apps;
    private final Clock clock;

    public ServeCommand(AppFactory apps, Clock clock) {
        this.apps = apps;
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "start the web application (the default command)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar serve [--host ADDRESS] [--port N] [--db FILE|URL] [--questionnaires DIR] [--base-url URL]
                                                        [--public] [--imprint FILE] [--privacy FILE] [more options below]

                Starts the web application. Each option can also be set by an environment variable:
                  --host            DIGITALCHECK_HOST             (default 127.0.0.1: only this machine,
                                                                   e.g. a reverse proxy on it; 0.0.0.0
                                                                   for every address)
                  --port            DIGITALCHECK_PORT             (default 7070)
                  --db              DIGITALCHECK_DB               (default data/digitalcheck.db)
                                    a SQLite file, or a PostgreSQL database as
                                    jdbc:postgresql://HOST:PORT/DATABASE with the user and
                                    password in DIGITALCHECK_DB_USER and DIGITALCHECK_DB_PASSWORD;
                                    several instances may share one PostgreSQL database
                  --questionnaires  DIGITALCHECK_QUESTIONNAIRES   (default questionnaires/, or the
                                                                   questionnaires packed in the jar when
                                                                   that folder does not exist)
                  --base-url        DIGITALCHECK_BASE_URL         (default: the address the browser used)
                                    the public address behind a reverse proxy, e.g.
                                    https://check.example.org: the personal links, the API's "url"
                                    and the workshops' join links and QR codes start with it, and
                                    with https:// the cookies are marked Secure
                %s

                Example:
                  java -jar digitalcheck.jar serve --port 8080
                  java -jar digitalcheck.jar serve --base-url https://check.example.org
                  java -jar digitalcheck.jar serve --public --imprint impressum.md --privacy datenschutz.md
                  DIGITALCHECK_DB_USER=check DIGITALCHECK_DB_PASSWORD=... \\
                    java -jar digitalcheck.jar serve --db jdbc:postgresql://db.internal:5432/check""".formatted(OperationsOptions.HELP.stripTrailing());
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Set<String> known = new HashSet<>(Set.of("host", "port", "db", "questionnaires", "base-url"));
        known.addAll(OperationsOptions.VALUES);
        Options options = Options.parse(args, known, OperationsOptions.SWITCHES);
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(io.env());
            if (options.get("base-url") != null) {
                config = config.withBaseUrl(options.get("base-url"));
            }
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        if (options.get("port") != null) {
            try {
                config = config.withPort(Integer.parseInt(options.get("port")));
            } catch (NumberFormatException e) {
                throw new Cli.UsageException("--port must be a number, not '" + options.get("port") + "'");
            }
        }
        if (options.get("host") != null) {
            config = config.withHost(options.get("host"));
        }
        if (options.get("db") != null) {
            config = config.withDatabase(options.get("db"));
        }
        if (options.get("questionnaires") != null) {
            config = config.withQuestionnaires(Path.of(options.get("questionnaires")));
        }
        config = config.withOperations(OperationsOptions.apply(options, config.operations()));
        List<String> missing = config.operations().missingLegalPages();
        if (!missing.isEmpty() && config.operations().publicSite()) {
            io.err().println("The app does not start with --public: a site on the internet needs an imprint and a privacy statement.");
            missing.forEach(m -> io.err().println("  " + m));
            return Cli.USAGE;
        }
        missing.forEach(m -> io.err().println("warning: " + m + "; /impressum and /datenschutz say it is not provided yet"));
        // the questionnaires are read and checked while the database is opened and migrated: the two
        // largest parts of the start, independent of each other, on two cores
        Path questionnaires = config.questionnaires();
        java.util.concurrent.FutureTask<Catalog> loading = new java.util.concurrent.FutureTask<>(
                () -> BundledQuestionnaires.load(questionnaires));
        Thread loader = new Thread(loading, "digitalcheck-load-questionnaires");
        loader.setDaemon(true);
        loader.start();
        Database database = Database.open(config.database(), io.env());
        Catalog catalog;
        try {
            catalog = loading.get();
        } catch (java.util.concurrent.ExecutionException e) {
            database.close();
            if (e.getCause() instanceof InvalidQuestionnairesException invalid) {
                io.err().println("The questionnaires are invalid; the app does not start:");
                invalid.problems().stream().map(Problem::toString).forEach(io.err()::println);
                return Cli.INVALID_QUESTIONNAIRES;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            database.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the questionnaires", e);
        }
        String source = BundledQuestionnaires.usesBundled(config.questionnaires())
                ? "the questionnaires packed in the jar" : config.questionnaires().toString();
        Javalin app;
        try {
            app = apps.create(config, catalog, database, clock).start(config.port());
        } catch (QuestionnaireVersionConflictException e) {
            database.close();
            io.err().println(e.getMessage());
            return Cli.INVALID_QUESTIONNAIRES;
        } catch (IllegalArgumentException e) {
            // an imprint or privacy file that cannot be read: the message names it
            database.close();
            io.err().println("The app does not start: " + e.getMessage());
            return Cli.USAGE;
        }
        // SIGTERM (and Ctrl-C): take no new requests, finish those in flight, then leave the .db complete
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, database), "digitalcheck-shutdown"));
        String shown = config.host().equals("0.0.0.0") || config.host().equals("127.0.0.1") ? "localhost" : config.host();
        io.out().println("Digital-Check Hagen runs at http://" + shown + ":" + app.port() + "/ (listening on "
                + config.host() + ") with " + catalog.questionnaires().size() + " questionnaire(s) from " + source
                + (config.baseUrl() == null ? "" : "; links start with " + config.baseUrl()));
        return Cli.OK;
    }

    /** Stops the server (requests in flight are finished), then closes the database. */
    static void stop(Javalin app, Database database) {
        try {
            app.stop();
        } finally {
            database.close();
        }
    }
}
