package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@code backup --out FILE}: a consistent copy of the SQLite database, also while the server writes to
 * it. {@code VACUUM INTO} reads the database in one read transaction (WAL lets the server go on
 * writing meanwhile) and writes a new, compact file that holds everything committed when the copy
 * began, with no {@code -wal} file of its own.
 */
public final class BackupCommand implements Cli.Command {

    @Override
    public String summary() {
        return "copy the database consistently, also while the server runs";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar backup --out FILE [--db FILE]

                Writes a consistent copy of the SQLite database to FILE (which must not exist yet), also
                while the server runs: every answer saved before the backup began is in it. To restore,
                stop the server and put the copy in place of the database file (see the README).
                --db defaults to DIGITALCHECK_DB, else data/digitalcheck.db.

                Example:
                  java -jar digitalcheck.jar backup --db data/digitalcheck.db --out /backup/digitalcheck-$(date +%F).db""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("db", "out"));
        Path out = Path.of(options.required("out"));
        Path db;
        try {
            db = options.has("db") ? Path.of(options.get("db")) : AppConfig.fromEnvironment(io.env()).database();
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        if (!Files.isRegularFile(db)) {
            io.err().println("backup: there is no database file " + db);
            return Cli.USAGE;
        }
        if (Files.exists(out)) {
            io.err().println("backup: " + out + " exists already; a backup never overwrites a file");
            return Cli.USAGE;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long started = System.nanoTime();
        copy(db, out);
        io.out().println("backup of " + db + " written to " + out + " (" + Files.size(out) / 1024 + " KB, "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return Cli.OK;
    }

    /** Copies {@code db} into the new file {@code out} with {@code VACUUM INTO}. */
    static void copy(Path db, Path out) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        try (Connection conn = source.getConnection();
             PreparedStatement vacuum = conn.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, out.toAbsolutePath().toString());
            vacuum.execute();
        }
    }
}
