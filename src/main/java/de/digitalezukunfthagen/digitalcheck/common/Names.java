package de.digitalezukunfthagen.digitalcheck.common;

import java.util.regex.Pattern;

/**
 * What a name typed by a person (company, participant, consultant) may not contain: invisible
 * formatting characters such as the right-to-left override (U+202E), which make "Muster GmbH" show
 * as something else on every page, report and export, and control characters other than spaces.
 */
public final class Names {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}\\p{Co}\\p{Cn}\\u2028\\u2029&&[^\\t\\n\\r]]");

    private Names() {
    }

    /** True when {@code name} has a character that changes how text around it is shown, or shows nothing. */
    public static boolean hasInvisibleCharacters(String name) {
        return name != null && INVISIBLE.matcher(name).find();
    }
}
