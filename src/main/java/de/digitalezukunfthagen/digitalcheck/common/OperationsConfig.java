package de.digitalezukunfthagen.digitalcheck.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's settings for running the app in public: the limits on creating assessments, the
 * imprint and privacy statement, how long data is kept, whether a reverse proxy's
 * {@code X-Forwarded-For} is trusted and whether requests are logged. Each comes from a flag of
 * {@code serve}, else from an environment variable, else from the default here.
 *
 * @param createLimitPerAddress new assessments per client address and hour; 0: no limit
 * @param createLimitGlobal new assessments of the whole app per minute; 0: no limit
 * @param imprint the operator's imprint (Markdown or HTML); null: none given
 * @param privacy the operator's privacy statement (Markdown or HTML); null: none given
 * @param publicSite the app is on the internet: without imprint and privacy statement it does not start
 * @param retention after how many days without activity which data is deleted
 * @param trustProxy the client address is taken from {@code X-Forwarded-For} (only behind a reverse proxy
 *     that sets it; otherwise anybody could pick their own address)
 * @param accessLog one log line per request: method, route template (never the path with its token),
 *     status, milliseconds
 */
public record OperationsConfig(int createLimitPerAddress, int createLimitGlobal, Path imprint, Path privacy,
        boolean publicSite, RetentionDays retention, boolean trustProxy, boolean accessLog) {
    public static final int DEFAULT_CREATE_LIMIT = 100;
    public static final int DEFAULT_CREATE_LIMIT_GLOBAL = 100;

    public static final String ENV_CREATE_LIMIT = "DIGITALCHECK_CREATE_LIMIT";
    public static final String ENV_CREATE_LIMIT_GLOBAL = "DIGITALCHECK_CREATE_LIMIT_GLOBAL";
    public static final String ENV_IMPRINT = "DIGITALCHECK_IMPRINT";
    public static final String ENV_PRIVACY = "DIGITALCHECK_PRIVACY";
    public static final String ENV_PUBLIC = "DIGITALCHECK_PUBLIC";
    public static final String ENV_RETAIN_UNFINISHED = "DIGITALCHECK_RETAIN_UNFINISHED_DAYS";
    public static final String ENV_RETAIN_WORKSHOPS = "DIGITALCHECK_RETAIN_WORKSHOPS_DAYS";
    public static final String ENV_RETAIN_ASSISTED = "DIGITALCHECK_RETAIN_ASSISTED_DAYS";
    public static final String ENV_TRUST_PROXY = "DIGITALCHECK_TRUST_PROXY";
    public static final String ENV_ACCESS_LOG = "DIGITALCHECK_ACCESS_LOG";

    /**
     * Days without activity after which data is deleted by {@code ops.Retention}; 0 keeps it.
     *
     * @param unfinishedDays unfinished online checks, after their last change
     * @param workshopDays workshops, after their last activity
     * @param assistedDays assisted checks, after their last change
     */
    public record RetentionDays(int unfinishedDays, int workshopDays, int assistedDays) {
        public static final RetentionDays DEFAULTS = new RetentionDays(180, 0, 0);

        public RetentionDays {
            if (unfinishedDays < 0 || workshopDays < 0 || assistedDays < 0) {
                throw new IllegalArgumentException("a retention period must be 0 (keep) or more days");
            }
        }
    }

    /** The defaults: generous limits, no legal pages, not public, the default retention, no proxy, no access log. */
    public static final OperationsConfig DEFAULTS = new OperationsConfig(DEFAULT_CREATE_LIMIT, DEFAULT_CREATE_LIMIT_GLOBAL,
            null, null, false, RetentionDays.DEFAULTS, false, false);

    /** @throws IllegalArgumentException for a negative limit or number of days */
    public OperationsConfig {
        if (createLimitPerAddress < 0 || createLimitGlobal < 0) {
            throw new IllegalArgumentException("a create limit must be 0 (off) or more");
        }
        retention = retention == null ? RetentionDays.DEFAULTS : retention;
    }

    /** The settings from the environment variables; an unset variable keeps its default. */
    public static OperationsConfig fromEnvironment(Map<String, String> env) {
        return new OperationsConfig(
                number(env, ENV_CREATE_LIMIT, DEFAULT_CREATE_LIMIT),
                number(env, ENV_CREATE_LIMIT_GLOBAL, DEFAULT_CREATE_LIMIT_GLOBAL),
                path(env.get(ENV_IMPRINT)),
                path(env.get(ENV_PRIVACY)),
                yes(env, ENV_PUBLIC),
                new RetentionDays(
                        number(env, ENV_RETAIN_UNFINISHED, RetentionDays.DEFAULTS.unfinishedDays()),
                        number(env, ENV_RETAIN_WORKSHOPS, RetentionDays.DEFAULTS.workshopDays()),
                        number(env, ENV_RETAIN_ASSISTED, RetentionDays.DEFAULTS.assistedDays())),
                yes(env, ENV_TRUST_PROXY),
                yes(env, ENV_ACCESS_LOG));
    }

    public OperationsConfig withCreateLimits(int perAddress, int global) {
        return new OperationsConfig(perAddress, global, imprint, privacy, publicSite, retention, trustProxy, accessLog);
    }

    public OperationsConfig withLegalPages(Path newImprint, Path newPrivacy) {
        return new OperationsConfig(createLimitPerAddress, createLimitGlobal, newImprint, newPrivacy, publicSite, retention,
                trustProxy, accessLog);
    }

    public OperationsConfig withPublicSite(boolean newPublicSite) {
        return new OperationsConfig(createLimitPerAddress, createLimitGlobal, imprint, privacy, newPublicSite, retention,
                trustProxy, accessLog);
    }

    public OperationsConfig withRetention(RetentionDays newRetention) {
        return new OperationsConfig(createLimitPerAddress, createLimitGlobal, imprint, privacy, publicSite, newRetention,
                trustProxy, accessLog);
    }

    public OperationsConfig withTrustProxy(boolean newTrustProxy) {
        return new OperationsConfig(createLimitPerAddress, createLimitGlobal, imprint, privacy, publicSite, retention,
                newTrustProxy, accessLog);
    }

    public OperationsConfig withAccessLog(boolean newAccessLog) {
        return new OperationsConfig(createLimitPerAddress, createLimitGlobal, imprint, privacy, publicSite, retention,
                trustProxy, newAccessLog);
    }

    /**
     * What is missing for a site on the internet, one sentence each; empty when imprint and privacy
     * statement are both named. {@code serve --public} refuses to start with any, otherwise they are warnings.
     */
    public List<String> missingLegalPages() {
        List<String> missing = new ArrayList<>();
        if (imprint == null) {
            missing.add("no imprint (Impressum): name a Markdown or HTML file with --imprint FILE or " + ENV_IMPRINT);
        }
        if (privacy == null) {
            missing.add("no privacy statement (Datenschutzerklärung): name a Markdown or HTML file with --privacy FILE or "
                    + ENV_PRIVACY + " (a template is in docs/privacy-template.md)");
        }
        return missing;
    }

    /** A whole number of 0 or more, named after its flag or variable in the message when it is not. */
    public static int number(String name, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + text + "'");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String text = env.get(name);
        return text == null || text.isBlank() ? fallback : number(name, text);
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    private static boolean yes(Map<String, String> env, String name) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + text + "'");
        };
    }
}
