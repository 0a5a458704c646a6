package de.digitalezukunfthagen.digitalcheck.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;

/**
 * Password hashing with Argon2id (password4j). The parameters are OWASP's minimum for Argon2id
 * (19 MiB memory, 2 passes, 1 lane); they are stored inside each hash, so raising them later keeps
 * old hashes checkable.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** OWASP's minimum for Argon2id; every account the operator creates is hashed with it. */
    static final Cost STANDARD = new Cost(19 * 1024, 2);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: a generated password is read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Passwords() {
    }

    /**
     * Memory (KiB) and passes of an Argon2id hash (one lane, 32 bytes). The login reads them from the
     * stored hash, so hashes of different cost can be checked side by side.
     */
    record Cost(int memoryKib, int passes) {
        Argon2Function function() {
            return Argon2Function.getInstance(memoryKib, passes, 1, 32, Argon2.ID);
        }
    }

    static String hash(String password) {
        return hash(password, STANDARD);
    }

    static String hash(String password, Cost cost) {
        return Password.hash(password).addRandomSalt(16).with(cost.function()).getResult();
    }

    static boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one check without a hash to check against. */
    static void burnTime(String password) {
        matches(password == null ? "" : password, Dummy.HASH);
    }

    /**
     * Computes the hash {@link #burnTime} checks against ahead of the first login, so that the first
     * failure is not slower than the others; the start does not wait for it (it takes a good part of a
     * second on a small machine).
     */
    static void prepare() {
        burnTime("");
    }

    /** Made on first use, not while the class loads: the server's start does not pay for it. */
    private static final class Dummy {
        /** Checked against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
        static final String HASH = hash("not a password of anyone");
    }

    /** 20 characters from 57: about 116 bits. */
    public static String generate() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Null if acceptable, else why not. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "the password must have at most " + MAX_LENGTH + " characters";
        }
        if (password.isBlank()) {
            return "the password must not be blank";
        }
        return null;
    }
}
