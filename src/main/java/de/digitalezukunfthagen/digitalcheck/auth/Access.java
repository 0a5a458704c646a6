package de.digitalezukunfthagen.digitalcheck.auth;

import io.javalin.security.RouteRole;

/** Who may use a route; a route without a role is open to everyone. */
public enum Access implements RouteRole {
    /** A consultant with a running session ({@link Auth} checks it before the handler runs). */
    CONSULTANT
}
