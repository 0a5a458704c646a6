package de.digitalezukunfthagen.digitalcheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The command line: {@code validate}, {@code score}, {@code serve} and the commands that other
 * features register. Each command returns its exit code, so tests run it in-process.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INVALID_QUESTIONNAIRES = 1;
    public static final int INVALID_ANSWERS = 2;
    public static final int USAGE = 64;

    /** One subcommand. */
    public interface Command {
        String summary();

        String help();

        int run(String[] args, Streams io) throws Exception;
    }

    /** Where a command reads and writes; {@code env} stands in for the environment variables. */
    public record Streams(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli register(String name, Command command) {
        commands.put(name, command);
        return this;
    }

    public int run(String[] args, Streams io) {
        if (args.length == 0) {
            args = new String[] {"serve"};
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                io.out().println(commands.get(args[1]).help());
            } else {
                io.out().println(usage());
            }
            return OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            io.err().println("unknown command '" + name + "'");
            io.err().println(usage());
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            io.out().println(command.help());
            return OK;
        }
        try {
            return command.run(rest, io);
        } catch (UsageException e) {
            io.err().println(name + ": " + e.getMessage());
            io.err().println("Try: java -jar digitalcheck.jar " + name + " --help");
            return USAGE;
        } catch (Exception e) {
            io.err().println(name + ": " + e.getMessage());
            return INVALID_QUESTIONNAIRES;
        }
    }

    String usage() {
        StringBuilder s = new StringBuilder("""
                Digital-Check Hagen: the digital maturity check of Digitale Zukunft Hagen.

                Usage: java -jar digitalcheck.jar [COMMAND] [OPTIONS]   (no command: serve)

                Commands:
                """);
        for (Entry<String, Command> e : commands.entrySet()) {
            s.append(String.format("  %-16s %s%n", e.getKey(), e.getValue().summary()));
        }
        s.append("\nRun 'java -jar digitalcheck.jar COMMAND --help' for the options and an example.");
        return s.toString();
    }

    /** A wrong or missing argument; the command's help follows the message. */
    public static class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
