package de.digitalezukunfthagen.digitalcheck;

import de.digitalezukunfthagen.digitalcheck.auth.UsersCommand;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.cli.ScoreCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ServeCommand;
import de.digitalezukunfthagen.digitalcheck.cli.ValidateCommand;

public final class Main {
    private Main() {
    }

    public static Cli cli() {
        return new Cli()
                .register("serve", new ServeCommand())
                .register("validate", new ValidateCommand())
                .register("report", new de.digitalezukunfthagen.digitalcheck.cli.ReportCommand())
                .register("score", new ScoreCommand())
                .register("users", new UsersCommand())
                .register("migrate-db", new de.digitalezukunfthagen.digitalcheck.cli.MigrateDbCommand())
                .register("stats", new de.digitalezukunfthagen.digitalcheck.stats.StatsCommand());
    }

    public static void main(String[] args) {
        int code = cli().run(args, new Cli.Streams(System.in, System.out, System.err, System.getenv()));
        boolean serving = args.length == 0 || args[0].equals("serve");
        if (code != Cli.OK || !serving) {
            System.exit(code);
        }
    }
}
