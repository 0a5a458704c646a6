package de.digitalezukunfthagen.digitalcheck.auth;

/** A consultant of the initiative who is logged in, or listed by {@code users list}. */
public record Consultant(long id, String email, String name, boolean disabled) {
}
