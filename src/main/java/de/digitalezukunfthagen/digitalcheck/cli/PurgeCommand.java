package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.ops.Retention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** {@code purge}: deletes now what the daily retention job would delete (or, with --dry-run, counts it). */
public final class PurgeCommand implements Cli.Command {
    private final Clock clock;

    public PurgeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "delete data past its retention period (also done daily by serve)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar purge [--db FILE] [--dry-run]
                           [--retain-unfinished DAYS] [--retain-workshops DAYS] [--retain-assisted DAYS]

                Deletes what has been inactive for longer than its retention period, and erases it from
                every file of the database; safe while the server runs. With --dry-run it only counts.
                  unfinished online checks   after DIGITALCHECK_RETAIN_UNFINISHED_DAYS (default 180) days
                                             without a change; finished checks stay until the firm
                                             deletes them
                  workshops                  DIGITALCHECK_RETAIN_WORKSHOPS_DAYS after their last activity
                                             (default 0: keep); a handed-over result stays the firm's
                  assisted checks            after DIGITALCHECK_RETAIN_ASSISTED_DAYS without a change
                                             (default 0: keep)
                The flags override the variables. --db defaults to DIGITALCHECK_DB, else data/digitalcheck.db.

                Example:
                  java -jar digitalcheck.jar purge --db data/digitalcheck.db --dry-run""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Set<String> known = new HashSet<>(Set.of("db", "retain-unfinished", "retain-workshops", "retain-assisted"));
        Options options = Options.parse(args, known, Set.of("dry-run"));
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(io.env());
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        Path db = options.has("db") ? Path.of(options.get("db")) : config.database();
        if (!Files.isRegularFile(db)) {
            io.err().println("purge: there is no database file " + db);
            return Cli.USAGE;
        }
        OperationsConfig.RetentionDays periods = OperationsOptions.apply(options, config.operations()).retention();
        boolean dryRun = options.has("dry-run");
        Retention.Outcome outcome;
        try (Database database = Database.open(db)) {
            outcome = new Retention(database, clock, periods).purge(dryRun);
        }
        String verb = dryRun ? "would delete" : "deleted";
        io.out().println(verb + " " + outcome.unfinishedChecks() + " unfinished online check(s) " + rule(periods.unfinishedDays()));
        io.out().println(verb + " " + outcome.workshops() + " workshop(s) " + rule(periods.workshopDays()));
        io.out().println(verb + " " + outcome.assistedChecks() + " assisted check(s) " + rule(periods.assistedDays()));
        return Cli.OK;
    }

    private static String rule(int days) {
        return days == 0 ? "(kept: no retention period set)" : "(inactive for " + days + " days or more)";
    }
}
