package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.http.Context;

/**
 * Headers on every response: a Content-Security-Policy without 'unsafe-inline' (all scripts and
 * styles are files served by the app), no MIME sniffing, and no referrer, because the personal link
 * to an assessment carries its secret token in the URL.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        // every text response is UTF-8 and says so (Jetty writes text/html;charset=utf-8)
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!ctx.path().startsWith("/assets/")) {
            // pages may carry an assessment's token: never keep them in a cache
            ctx.header("Cache-Control", "no-store");
        }
    }
}
