package de.digitalezukunfthagen.digitalcheck;

import de.digitalezukunfthagen.digitalcheck.cli.BackupCommand;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.cli.MigrateDbCommand;
import de.digitalezukunfthagen.digitalcheck.cli.PurgeCommand;
import de.digitalezukunfthagen.digitalcheck.cli.RecomputeFactsCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ReportCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ScoreCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ServeCommand;
import de.digitalezukunfthagen.digitalcheck.cli.StatsCommand;
import de.digitalezukunfthagen.digitalcheck.cli.UsersCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ValidateCommand;
import de.digitalezukunfthagen.digitalcheck.cli.WarmUpCommand;
import java.time.Clock;

/** The entry point: the one place that reads the system clock; everything else gets it passed in. */
public final class Main {
    private Main() {
    }

    /** The commands, reading the time from the system clock. */
    public static Cli cli() {
        return cli(Clock.systemUTC());
    }

    /** The commands, reading the time from {@code clock} (a fixed one in tests). */
    public static Cli cli(Clock clock) {
        return new Cli()
                .register("serve", new ServeCommand(App::create, clock))
                .register("warm-up", new WarmUpCommand(App::create, clock))
                .register("validate", new ValidateCommand(clock))
                .register("report", new ReportCommand(clock))
                .register("score", new ScoreCommand())
                .register("users", new UsersCommand(clock))
                .register("stats", new StatsCommand())
                .register("purge", new PurgeCommand(clock))
                .register("backup", new BackupCommand())
                .register("migrate-db", new MigrateDbCommand())
                .register("recompute-facts", new RecomputeFactsCommand(clock));
    }

    public static void main(String[] args) {
        int code = cli().run(args, new Cli.Streams(System.in, System.out, System.err, System.getenv()));
        boolean serving = args.length == 0 || args[0].equals("serve");
        if (code != Cli.OK || !serving) {
            System.exit(code);
        }
    }
}
