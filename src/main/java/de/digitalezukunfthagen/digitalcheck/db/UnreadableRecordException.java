package de.digitalezukunfthagen.digitalcheck.db;

/**
 * A stored record (an assessment's answers, a workshop's profile) that cannot be read any more, for
 * example because it was written before today's limits. It concerns that record only: the request
 * for it gets a page saying so, every other record works as before.
 */
public final class UnreadableRecordException extends RuntimeException {
    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
