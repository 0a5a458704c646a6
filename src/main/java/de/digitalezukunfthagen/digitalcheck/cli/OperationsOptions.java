package de.digitalezukunfthagen.digitalcheck.cli;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import java.nio.file.Path;
import java.util.Set;

/** The flags of {@code serve} (and {@code purge}) for the operations settings; each overrides its environment variable. */
public final class OperationsOptions {
    public static final Set<String> VALUES = Set.of("create-limit", "create-limit-global", "imprint", "privacy",
            "retain-unfinished", "retain-workshops", "retain-assisted");
    public static final Set<String> SWITCHES = Set.of("public", "trust-proxy", "access-log");

    /** For the help of {@code serve}. */
    public static final String HELP = """
              --public               DIGITALCHECK_PUBLIC               the app is on the internet: it does not
                                                                         start without --imprint and --privacy
              --imprint FILE         DIGITALCHECK_IMPRINT              the imprint (Impressum), Markdown (.md)
                                                                         or HTML (.html), shown at /impressum
              --privacy FILE         DIGITALCHECK_PRIVACY              the privacy statement, shown at
                                                                         /datenschutz (template: docs/)
              --create-limit N       DIGITALCHECK_CREATE_LIMIT         new checks per client address and hour
                                                                         (default 100; 0: no limit)
              --create-limit-global N  DIGITALCHECK_CREATE_LIMIT_GLOBAL  new checks per minute in total
                                                                         (default 100; 0: no limit)
              --retain-unfinished D  DIGITALCHECK_RETAIN_UNFINISHED_DAYS  delete unfinished online checks
                                                                         after D days without a change (180)
              --retain-workshops D   DIGITALCHECK_RETAIN_WORKSHOPS_DAYS   delete workshops D days after their
                                                                         last activity (default 0: keep)
              --retain-assisted D    DIGITALCHECK_RETAIN_ASSISTED_DAYS    delete assisted checks after D days
                                                                         without a change (default 0: keep)
              --trust-proxy          DIGITALCHECK_TRUST_PROXY          take the client address from the
                                                                         reverse proxy's X-Forwarded-For
              --access-log           DIGITALCHECK_ACCESS_LOG           log each request (route template,
                                                                         status, ms; no token, no address)
            """;

    private OperationsOptions() {
    }

    /** {@code base} (from the environment) with the flags given in {@code options}. */
    public static OperationsConfig apply(Options options, OperationsConfig base) throws Cli.UsageException {
        try {
            OperationsConfig config = base;
            if (options.has("create-limit") || options.has("create-limit-global")) {
                config = config.withCreateLimits(
                        number(options, "create-limit", config.createLimitPerAddress()),
                        number(options, "create-limit-global", config.createLimitGlobal()));
            }
            if (options.has("imprint") || options.has("privacy")) {
                config = config.withLegalPages(
                        options.has("imprint") ? Path.of(options.get("imprint")) : config.imprint(),
                        options.has("privacy") ? Path.of(options.get("privacy")) : config.privacy());
            }
            OperationsConfig.RetentionDays periods = config.retention();
            config = config.withRetention(new OperationsConfig.RetentionDays(
                    number(options, "retain-unfinished", periods.unfinishedDays()),
                    number(options, "retain-workshops", periods.workshopDays()),
                    number(options, "retain-assisted", periods.assistedDays())));
            if (options.has("public")) {
                config = config.withPublicSite(true);
            }
            if (options.has("trust-proxy")) {
                config = config.withTrustProxy(true);
            }
            if (options.has("access-log")) {
                config = config.withAccessLog(true);
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }

    private static int number(Options options, String name, int fallback) {
        return options.has(name) ? OperationsConfig.number("--" + name, options.get(name)) : fallback;
    }
}
