package de.digitalezukunfthagen.digitalcheck;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app listens and keeps its data. Each setting comes from a command-line flag, else from an
 * environment variable, else from the embedded default.
 */
public record AppConfig(int port, Path database, Path questionnaires) {
    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_DATABASE = Path.of("data", "digitalcheck.db");
    public static final Path DEFAULT_QUESTIONNAIRES = Path.of("questionnaires");

    public static final String ENV_PORT = "DIGITALCHECK_PORT";
    public static final String ENV_DATABASE = "DIGITALCHECK_DB";
    public static final String ENV_QUESTIONNAIRES = "DIGITALCHECK_QUESTIONNAIRES";

    public static AppConfig fromEnvironment(Map<String, String> env) {
        String port = env.get(ENV_PORT);
        String db = env.get(ENV_DATABASE);
        String questionnaires = env.get(ENV_QUESTIONNAIRES);
        return new AppConfig(
                port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()),
                db == null || db.isBlank() ? DEFAULT_DATABASE : Path.of(db),
                questionnaires == null || questionnaires.isBlank() ? DEFAULT_QUESTIONNAIRES : Path.of(questionnaires));
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, database, questionnaires);
    }

    public AppConfig withDatabase(Path newDatabase) {
        return new AppConfig(port, newDatabase, questionnaires);
    }

    public AppConfig withQuestionnaires(Path newQuestionnaires) {
        return new AppConfig(port, database, newQuestionnaires);
    }
}
