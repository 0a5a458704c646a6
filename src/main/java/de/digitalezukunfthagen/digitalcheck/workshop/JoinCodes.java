package de.digitalezukunfthagen.digitalcheck.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes and personal re-entry codes, from 27 characters that cannot be mistaken for one another
 * when read off a projector or typed on a phone: no 0/O, 1/I/L, 5/S, 8/B. A join code has 6 of them
 * (about 387 million codes), a re-entry code 8 (shown as two groups of four).
 */
final class JoinCodes {
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXYZ234679";
    /** Codes made before 5/S and 8/B were left out still open their workshops. */
    private static final String EARLIER = ALPHABET + "BS58";
    static final int LENGTH = 6;
    static final int REENTRY_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        return random(LENGTH);
    }

    /** A personal re-entry code, e.g. {@code KM7Q-4WTD} (the dash is for reading; typing it is optional). */
    static String reentry() {
        String code = random(REENTRY_LENGTH);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The join code as typed (any case; spaces and dashes ignored), or null if it cannot be one. */
    static String normalize(String typed) {
        String code = clean(typed);
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> EARLIER.indexOf(c) >= 0) ? code : null;
    }

    /** A re-entry code as typed, in its stored form {@code XXXX-XXXX}, or null if it cannot be one. */
    static String normalizeReentry(String typed) {
        String code = clean(typed);
        if (code == null || code.length() != REENTRY_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private static String clean(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
