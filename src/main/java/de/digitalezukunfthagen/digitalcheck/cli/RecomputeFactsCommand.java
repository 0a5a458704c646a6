package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * {@code recompute-facts}: scores every stored assessment again and rewrites its row of the facts table
 * (what the peer comparison, the dashboards and their counts read), after the questionnaires, the
 * contacts or the scoring changed. serve computes only missing facts when it starts.
 */
public final class RecomputeFactsCommand implements Cli.Command {
    private final Clock clock;

    public RecomputeFactsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "score every stored check again for the comparisons and dashboards";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar recompute-facts [--db FILE|URL] [--questionnaires DIR]

                Scores every stored assessment again with the questionnaire version it was answered with
                and the current contacts, and rewrites what the peer comparison and the dashboards read of
                it (scores, levels, plan steps, matched contacts; no names). Run it after a questionnaire,
                the contacts or the scoring changed; serve by itself only fills in facts that are missing.
                Safe while the server runs: it works in batches of 200 checks, each one transaction.
                An assessment whose answers no longer fit its questionnaire version keeps its old facts
                and is counted as skipped.
                --db              the database (default: DIGITALCHECK_DB or data/digitalcheck.db);
                                  a jdbc:postgresql:// URL with DIGITALCHECK_DB_USER and _PASSWORD
                --questionnaires  as for serve (default: DIGITALCHECK_QUESTIONNAIRES or the bundled ones)
                Exit code 0 on success; 64 for a wrong option or a missing database file; 1 when the
                questionnaires or the database cannot be read.

                Example:
                  java -jar digitalcheck.jar recompute-facts --db data/digitalcheck.db""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("db", "questionnaires"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(io.env());
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        String db = options.get("db") != null ? options.get("db") : config.database();
        if (!Database.isPostgresql(db) && !Files.isRegularFile(Path.of(db))) {
            throw new Cli.UsageException("--db: there is no database file " + db);
        }
        Path folder = options.get("questionnaires") != null ? Path.of(options.get("questionnaires")) : config.questionnaires();
        Catalog catalog = BundledQuestionnaires.load(folder);
        try (Database database = Database.open(db, io.env())) {
            Assessments assessments = new Assessments(database, QuestionnaireVersions.record(catalog, database, clock), clock);
            Assessments.Recomputed done = assessments.recomputeFacts();
            io.out().println("recomputed the facts of " + done.saved() + " assessment(s)");
            if (done.skipped() > 0) {
                io.err().println("recompute-facts: " + done.skipped() + " assessment(s) could not be read and kept their old facts");
            }
        }
        return Cli.OK;
    }
}
