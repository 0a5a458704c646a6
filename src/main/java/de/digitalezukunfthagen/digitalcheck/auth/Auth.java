package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Who is logged in: the consultant of a request's session, and the check that lets only logged-in
 * consultants reach the routes marked {@link Access#CONSULTANT} (the pages under {@link #AREA}). A page
 * asked for without a session redirects to the login (and back after it); any other request is
 * refused with 401. {@link AuthRoutes} adds the login pages and this check to the app.
 */
public final class Auth {
    public static final String COOKIE = "session";
    public static final String AREA = "/consultant";
    private static final String ATTRIBUTE = "digitalcheck.consultant";

    private final Sessions sessions;
    private final LoginThrottle throttle;

    public Auth(Database database, Clock clock) {
        this.sessions = new Sessions(database, clock);
        this.throttle = new LoginThrottle(database, clock);
    }

    Sessions sessions() {
        return sessions;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    /**
     * Forgets failed logins (typed e-mail addresses and IP addresses) once they have left the window,
     * also when nobody tries to log in afterwards; {@code App} runs it every minute.
     */
    public void purgeExpired() {
        throttle.purge();
    }

    /** Does the slow preparation of the login once, off the start path; {@code App} runs it soon after the start. */
    public void prepareLogin() {
        Passwords.prepare();
    }

    /** The consultant of this request's session, if any (looked up once per request). */
    public Optional<Consultant> current(Context ctx) {
        if (!ctx.attributeMap().containsKey(ATTRIBUTE)) {
            ctx.attribute(ATTRIBUTE, sessions.find(ctx.cookie(COOKIE)).orElse(null));
        }
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The logged-in consultant; only call it for paths under {@link #AREA}, which the guard protects. */
    public Consultant consultant(Context ctx) {
        return current(ctx).orElseThrow(UnauthorizedResponse::new);
    }

    /** Before every matched route: one marked {@link Access#CONSULTANT} needs a consultant's session. */
    void guard(Context ctx) {
        if (!ctx.routeRoles().contains(Access.CONSULTANT)) {
            return;
        }
        String path = ctx.path();
        if (current(ctx).isPresent()) {
            return;
        }
        if (ctx.method() == HandlerType.GET && !path.endsWith(".json")) {
            ctx.redirect("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new UnauthorizedResponse();
    }

    static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, Requests.secure(ctx), true, null, SameSite.LAX);
    }
}
