package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.time.Clock;

/** Consultant accounts for tests, made as {@code users add} makes them. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    public static Consultant add(Database database, String email, String name) {
        return new Accounts(database, Clock.systemUTC()).add(email, name, PASSWORD);
    }

    /** An account of the initiative's staff ({@code users add --role initiative}). */
    public static Consultant addInitiative(Database database, String email, String name) {
        return new Accounts(database, Clock.systemUTC()).add(email, name, PASSWORD, Consultant.INITIATIVE);
    }
}
