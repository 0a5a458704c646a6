package de.digitalezukunfthagen.digitalcheck.common;

/** How much a request may carry; the server, the form parser and the body reader all refuse more. */
public final class RequestLimits {
    /** Larger bodies are refused before they are read. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** More form fields than any page has; a flood of keys is refused before it is parsed. */
    public static final int MAX_FORM_KEYS = 500;

    private RequestLimits() {
    }
}
