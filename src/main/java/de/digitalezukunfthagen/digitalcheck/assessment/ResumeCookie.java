package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Continue my check" on the start page: the browser that started a check keeps its token in a cookie.
 * The token is the key to the answers, so the cookie is HttpOnly (no script reads it), SameSite=Lax,
 * Secure over https, and never written into a page: the start page only links to {@code /continue},
 * which redirects. It lasts 90 days; the start page offers to forget it, and deleting the check
 * forgets it too. Anyone who uses the same browser profile can continue the check, as anyone who
 * finds the link in its history could.
 */
final class ResumeCookie {
    static final String NAME = "check";
    static final int DAYS = 90;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private ResumeCookie() {
    }

    static void remember(Context ctx, String token) {
        ctx.cookie(new Cookie(NAME, token, "/", DAYS * 24 * 60 * 60, Requests.secure(ctx), true, null, SameSite.LAX));
    }

    static Optional<String> token(Context ctx) {
        String value = ctx.cookie(NAME);
        return value != null && TOKEN.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    static void forget(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, Requests.secure(ctx), true, null, SameSite.LAX));
    }
}
