package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.time.Clock;

/**
 * Consultant accounts for tests, made as {@code users add} makes them but hashed with a cheap Argon2id
 * cost (the login reads the cost from the hash): a standard hash takes a quarter of a second or more,
 * and the tests log in hundreds of times. LoginTest checks that real accounts get the standard cost.
 */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";
    static final Passwords.Cost CHEAP = new Passwords.Cost(64, 1);

    private TestAccounts() {
    }

    public static Consultant add(Database database, String email, String name) {
        return new Accounts(database, Clock.systemUTC(), CHEAP).add(email, name, PASSWORD);
    }

    /** An account of the initiative's staff ({@code users add --role initiative}). */
    public static Consultant addInitiative(Database database, String email, String name) {
        return new Accounts(database, Clock.systemUTC(), CHEAP).add(email, name, PASSWORD, Consultant.INITIATIVE);
    }
}
