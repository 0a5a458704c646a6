package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.auth.Accounts;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.auth.Passwords;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Names;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

/** {@code users add|list|disable}: the operator manages the consultants' accounts. */
public final class UsersCommand implements Cli.Command {
    private final Clock clock;

    public UsersCommand(Clock clock) {
        this.clock = clock;
    }
    static final int FAILED = 1;

    @Override
    public String summary() {
        return "manage consultant accounts (add, list, disable)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar users add --email E --name N [--db FILE]
                       java -jar digitalcheck.jar users list [--db FILE]
                       java -jar digitalcheck.jar users disable --email E [--db FILE]

                Consultants sign in at /login to run assisted checks and workshops.
                add      creates an account. The password is asked for on the terminal, or read as the
                         first line of stdin; if that is empty, a password is generated and printed once.
                         A password has at least 12 characters. Passwords are stored as Argon2id hashes.
                list     prints every account: id, e-mail, name, active or disabled.
                disable  blocks an account at once and ends its sessions; its workshops and checks stay.
                --db defaults to DIGITALCHECK_DB, else data/digitalcheck.db.

                Examples:
                  java -jar digitalcheck.jar users add --email anna@example.org --name "Anna Berger"
                  echo 'a long secret passphrase' | java -jar digitalcheck.jar users add --email b@example.org --name Ben
                  java -jar digitalcheck.jar users disable --email anna@example.org""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        if (args.length == 0) {
            throw new Cli.UsageException("say what to do: add, list or disable");
        }
        String action = args[0];
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length), Set.of("email", "name", "db"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        Path db = options.get("db") != null ? Path.of(options.get("db")) : AppConfig.fromEnvironment(io.env()).database();
        return switch (action) {
            case "add" -> add(options, db, io);
            case "list" -> list(db, io);
            case "disable" -> disable(options, db, io);
            default -> throw new Cli.UsageException("unknown action '" + action + "' (add, list or disable)");
        };
    }

    private int add(Options options, Path db, Cli.Streams io) throws Cli.UsageException, IOException {
        String email = Accounts.normalizeEmail(options.required("email"));
        String name = options.required("name").strip();
        if (Accounts.emailProblem(email) != null) {
            throw new Cli.UsageException(Accounts.emailProblem(email));
        }
        if (name.isEmpty() || name.length() > Accounts.MAX_NAME) {
            throw new Cli.UsageException("--name must have 1 to " + Accounts.MAX_NAME + " characters");
        }
        if (Names.hasInvisibleCharacters(name)) {
            throw new Cli.UsageException("--name contains invisible control characters (such as a right-to-left override)");
        }
        String password = readPassword(io);
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        } else if (Passwords.problem(password) != null) {
            io.err().println("users: " + Passwords.problem(password) + "; nothing was stored");
            return FAILED;
        }
        try (Database database = Database.open(db)) {
            Consultant consultant = new Accounts(database, clock).add(email, name, password);
            io.out().println("Added consultant " + consultant.id() + ": " + consultant.email() + " (" + consultant.name() + ")");
            if (generated) {
                io.out().println("Generated password (shown only this once): " + password);
            }
            return Cli.OK;
        } catch (IllegalArgumentException e) {
            io.err().println("users: " + e.getMessage());
            return FAILED;
        }
    }

    private int list(Path db, Cli.Streams io) {
        try (Database database = Database.open(db)) {
            var all = new Accounts(database, clock).list();
            if (all.isEmpty()) {
                io.out().println("No consultant accounts yet. Add one with: users add --email E --name N");
            }
            for (Consultant c : all) {
                io.out().printf("%d\t%s\t%s\t%s%n", c.id(), c.email(), c.name(), c.disabled() ? "disabled" : "active");
            }
            return Cli.OK;
        }
    }

    private int disable(Options options, Path db, Cli.Streams io) throws Cli.UsageException {
        String email = Accounts.normalizeEmail(options.required("email"));
        try (Database database = Database.open(db)) {
            if (!new Accounts(database, clock).disable(email)) {
                io.err().println("users: there is no account for " + email);
                return FAILED;
            }
            io.out().println("Disabled " + email + "; its sessions have ended.");
            return Cli.OK;
        }
    }

    /** The password from the terminal (asked twice) or from the first line of stdin; null: generate one. */
    private static String readPassword(Cli.Streams io) throws IOException {
        Console console = System.console();
        if (io.in() == System.in && console != null) {
            char[] first = console.readPassword("Password (at least %d characters; empty: generate one): ", Passwords.MIN_LENGTH);
            if (first == null || first.length == 0) {
                return null;
            }
            char[] again = console.readPassword("The same password again: ");
            if (again == null || !Arrays.equals(first, again)) {
                throw new IOException("the two passwords differ; nothing was stored");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            return null;
        }
        return line;
    }
}
