package de.digitalezukunfthagen.digitalcheck.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app listens and keeps its data, and under which address people reach it. Each setting comes
 * from a command-line flag, else from an environment variable, else from the embedded default.
 *
 * @param baseUrl the public address of the app ({@code https://check.example.org}, without a trailing
 *     slash), used for the links people copy or scan and for the Secure flag of the cookies; null: as the
 *     browser addressed the app (right without a reverse proxy)
 * @param operations limits, legal pages, retention and the like for running in public
 */
public record AppConfig(int port, Path database, Path questionnaires, String baseUrl, String host,
        OperationsConfig operations) {
    public static final int DEFAULT_PORT = 7070;
    /**
     * Only this machine: in production the app runs behind a reverse proxy on the same host, and a
     * forgotten firewall rule must not expose it; {@code --host 0.0.0.0} listens on every address.
     */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Path DEFAULT_DATABASE = Path.of("data", "digitalcheck.db");
    public static final Path DEFAULT_QUESTIONNAIRES = Path.of("questionnaires");

    public static final String ENV_PORT = "DIGITALCHECK_PORT";
    public static final String ENV_DATABASE = "DIGITALCHECK_DB";
    public static final String ENV_QUESTIONNAIRES = "DIGITALCHECK_QUESTIONNAIRES";
    public static final String ENV_BASE_URL = "DIGITALCHECK_BASE_URL";
    public static final String ENV_HOST = "DIGITALCHECK_HOST";

    /**
     * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http or https address
     *     without query or fragment
     */
    public AppConfig {
        baseUrl = baseUrl == null ? null : checkBaseUrl(baseUrl);
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        operations = operations == null ? OperationsConfig.DEFAULTS : operations;
    }

    /** With the default operations settings. */
    public AppConfig(int port, Path database, Path questionnaires, String baseUrl, String host) {
        this(port, database, questionnaires, baseUrl, host, OperationsConfig.DEFAULTS);
    }

    /** On the default host. */
    public AppConfig(int port, Path database, Path questionnaires, String baseUrl) {
        this(port, database, questionnaires, baseUrl, DEFAULT_HOST);
    }

    /** Without a base URL: links follow the address the browser used. */
    public AppConfig(int port, Path database, Path questionnaires) {
        this(port, database, questionnaires, null);
    }

    public static AppConfig fromEnvironment(Map<String, String> env) {
        String port = env.get(ENV_PORT);
        String db = env.get(ENV_DATABASE);
        String questionnaires = env.get(ENV_QUESTIONNAIRES);
        String baseUrl = env.get(ENV_BASE_URL);
        String host = env.get(ENV_HOST);
        return new AppConfig(
                port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()),
                db == null || db.isBlank() ? DEFAULT_DATABASE : Path.of(db),
                questionnaires == null || questionnaires.isBlank() ? DEFAULT_QUESTIONNAIRES : Path.of(questionnaires),
                baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip(),
                host,
                OperationsConfig.fromEnvironment(env));
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, database, questionnaires, baseUrl, host, operations);
    }

    public AppConfig withDatabase(Path newDatabase) {
        return new AppConfig(port, newDatabase, questionnaires, baseUrl, host, operations);
    }

    public AppConfig withQuestionnaires(Path newQuestionnaires) {
        return new AppConfig(port, database, newQuestionnaires, baseUrl, host, operations);
    }

    public AppConfig withBaseUrl(String newBaseUrl) {
        return new AppConfig(port, database, questionnaires, newBaseUrl, host, operations);
    }

    public AppConfig withHost(String newHost) {
        return new AppConfig(port, database, questionnaires, baseUrl, newHost, operations);
    }

    public AppConfig withOperations(OperationsConfig newOperations) {
        return new AppConfig(port, database, questionnaires, baseUrl, host, newOperations);
    }

    /** The address without a trailing slash, or an exception that says what is wrong with it. */
    private static String checkBaseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base URL '" + text + "' is not a valid address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the base URL must look like https://check.example.org (http or https, "
                    + "a host, perhaps a port and a path; no query), not '" + text + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
    }
}
