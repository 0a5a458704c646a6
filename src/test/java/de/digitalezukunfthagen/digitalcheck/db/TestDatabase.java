package de.digitalezukunfthagen.digitalcheck.db;

import java.nio.file.Path;

/**
 * The engines a database-facing test runs on. Such a test class is annotated
 * {@code @ParameterizedClass @EnumSource(TestDatabase.class)}, takes the engine as its constructor
 * argument and opens its database with {@link #open(Path)}; it then runs once per engine.
 */
public enum TestDatabase {
    SQLITE, POSTGRESQL;

    /** The database of the test whose @TempDir is {@code dir}: a new one, or the same again when opened twice. */
    public Database open(Path dir) {
        return switch (this) {
            case SQLITE -> Database.open(dir.resolve("test.db"));
            case POSTGRESQL -> TestPostgres.server().open(dir);
        };
    }

    /** The environment a command needs besides {@code --db}: PostgreSQL's user and password. */
    public java.util.Map<String, String> env() {
        java.util.Map<String, String> env = new java.util.HashMap<>();
        if (this == POSTGRESQL) {
            env.put(Database.ENV_USER, TestPostgres.server().user());
            if (TestPostgres.server().password() != null) {
                env.put(Database.ENV_PASSWORD, TestPostgres.server().password());
            }
        }
        return env;
    }

    /** What {@code --db} would say for this database (the file, or the URL). */
    public String location(Path dir) {
        return switch (this) {
            case SQLITE -> dir.resolve("test.db").toString();
            case POSTGRESQL -> TestPostgres.server().databaseFor(dir);
        };
    }
}
