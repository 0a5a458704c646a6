package de.digitalezukunfthagen.digitalcheck.scoring;

import java.math.BigDecimal;

/**
 * The limits every number answer is held to, and the short form in which a message may repeat what
 * was sent. A number such as {@code 1e-999999999} is only a few bytes long, but written out in full
 * it has a billion digits: numbers are checked for their digits and their magnitude before anything
 * prints or compares them, and a message never repeats more than {@link #ECHO_LENGTH} characters.
 */
public final class Bounds {
    /** Digits that count (leading and trailing zeros do not): a double holds 15 exactly. */
    public static final int MAX_SIGNIFICANT_DIGITS = 15;
    /** Numbers below 10^15 in size, and with at most 15 decimal places. */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMAL_PLACES = 15;
    /** What a message repeats of the input, at most. */
    public static final int ECHO_LENGTH = 40;

    private Bounds() {
    }

    /**
     * Null when {@code number} is within the limits, else why it is not, to follow "the number X"
     * (without printing the number).
     */
    public static String numberProblem(BigDecimal number) {
        if (number.signum() == 0) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        int precision = stripped.precision();
        // digits before the decimal point: precision - scale (may be negative for 0.001)
        long integerDigits = (long) precision - stripped.scale();
        if (precision > MAX_SIGNIFICANT_DIGITS) {
            return "has more than " + MAX_SIGNIFICANT_DIGITS + " significant digits";
        }
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "is too large";
        }
        if (stripped.scale() > MAX_DECIMAL_PLACES) {
            return "has more than " + MAX_DECIMAL_PLACES + " decimal places";
        }
        return null;
    }

    /** {@code text} as a message may repeat it: at most {@link #ECHO_LENGTH} characters, else cut with "…". */
    public static String echo(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() <= ECHO_LENGTH) {
            return text;
        }
        int end = ECHO_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
