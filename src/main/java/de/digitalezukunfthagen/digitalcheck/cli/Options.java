package de.digitalezukunfthagen.digitalcheck.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} options and positional arguments, rejecting options a command does not know. */
public final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    public static Options parse(String[] args, Set<String> known) throws Cli.UsageException {
        return parse(args, known, Set.of());
    }

    /** Like {@link #parse(String[], Set)}; the {@code switches} take no value: given, they read as "true". */
    public static Options parse(String[] args, Set<String> known, Set<String> switches) throws Cli.UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name) && value == null) {
                    options.values.put(name, "true");
                    continue;
                }
                if (!known.contains(name)) {
                    throw new Cli.UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new Cli.UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                options.values.put(name, value);
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    /** Was the switch (or option) given? */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name) {
        return values.get(name);
    }

    public String required(String name) throws Cli.UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new Cli.UsageException("--" + name + " is required");
        }
        return value;
    }

    public List<String> positional() {
        return positional;
    }
}
