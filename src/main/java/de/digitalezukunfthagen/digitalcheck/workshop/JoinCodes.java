package de.digitalezukunfthagen.digitalcheck.workshop;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: 6 characters from 31 that cannot be mistaken for one another when read off a
 * projector or typed on a phone (no 0/O, 1/I/L): about 887 million codes.
 */
final class JoinCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed (any case; spaces and dashes ignored), or null if it cannot be one. */
    static String normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
