package de.digitalezukunfthagen.digitalcheck.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret that opens an assessment: 144 random bits from {@link SecureRandom}, written as 24
 * URL-safe Base64 characters. Only its SHA-256 is stored; the token is shown to its owner alone.
 */
public final class Token {
    /** 18 bytes = 144 bits, which Base64 writes as exactly 24 characters without padding. */
    static final int BYTES = 18;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Token() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Could this be a token at all? Anything else is refused without asking the database. */
    public static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The SHA-256 of the token as 64 lowercase hex digits: what the database keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
