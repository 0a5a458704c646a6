package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * CSRF protection for every HTML form, without server-side sessions: a random token in a
 * SameSite=Strict, HttpOnly cookie, repeated in a hidden form field {@code _csrf}; a POST whose field
 * does not match the cookie is refused. JSON API calls are exempt because they must carry
 * {@code Content-Type: application/json}, which a cross-site form cannot send.
 */
public final class Csrf {
    public static final String COOKIE = "csrf";
    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = "digitalcheck.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The token for this request's forms; sets the cookie on first use. */
    public static String token(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        if (token != null) {
            return token;
        }
        token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 20) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // the header as Jetty writes it for ctx.cookie(new Cookie(COOKIE, token, "/", -1, secure, true, null,
            // SameSite.STRICT)), without building it through Javalin's and Jetty's cookie objects for every new browser
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/" + (Requests.secure(ctx) ? "; Secure" : "")
                    + "; HttpOnly; SameSite=Strict");
            ctx.res().setHeader("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
        }
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    /** Before-handler: refuses state-changing form requests without the matching token. */
    public static void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (ctx.path().startsWith("/api/")) {
            return; // the API demands application/json (see Api.requireJson)
        }
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))) {
            throw new Expired();
        }
    }

    /**
     * A form without its valid token: expired (the cookie lasts as long as the browser session) or not
     * from this site. A 403 page unless a feature leads its own forms back (an exception handler for
     * this class); nothing of the form is acted on either way.
     */
    public static final class Expired extends ForbiddenResponse {
        public Expired() {
            super("The form has expired or did not come from this site. Please reload the page and try again.");
        }
    }
}
