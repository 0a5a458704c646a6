package de.digitalezukunfthagen.digitalcheck.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code GET/POST /login} and {@code POST /logout}. */
final class LoginPage {
    /** Where a login may lead back to: a page of the consultant area, nothing else (no open redirect). */
    private static final Pattern NEXT = Pattern.compile("/(consultant|initiative)(/[A-Za-z0-9._/-]*)?");

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    LoginPage(Accounts accounts, Sessions sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void show(Context ctx) {
        if (sessions.find(ctx.cookie(Auth.COOKIE)).isPresent()) {
            ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, "", null, ctx.queryParam("bye") != null ? "auth.loggedOut" : null);
    }

    void submit(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String ip = ctx.ip();
        // reserved before the (slow) password check, so parallel guesses cannot outrun the limit
        Optional<Duration> locked = throttle.reserve(email, ip);
        if (locked.isPresent()) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            ctx.header("Retry-After", String.valueOf(locked.get().toSeconds()));
            render(ctx, email, "auth.locked", null, Math.max(1, (locked.get().toSeconds() + 59) / 60));
            return;
        }
        Optional<Accounts.Stored> stored = email.isEmpty() || email.length() > 254 ? Optional.empty() : accounts.find(email);
        boolean ok;
        if (stored.isEmpty()) {
            Passwords.burnTime(password);
            ok = false;
        } else {
            ok = Passwords.matches(password, stored.get().passwordHash()) && !stored.get().consultant().disabled();
        }
        if (!ok) {
            // the reservation stays as the failure
            ctx.status(HttpStatus.UNAUTHORIZED);
            render(ctx, email, "auth.wrong", null);
            return;
        }
        throttle.succeeded(email);
        String id = sessions.start(stored.get().consultant().id(), ctx.cookie(Auth.COOKIE));
        ctx.cookie(Auth.cookie(ctx, id, -1));
        ctx.redirect(next(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        sessions.end(ctx.cookie(Auth.COOKIE));
        ctx.cookie(Auth.cookie(ctx, "", 0));
        ctx.redirect("/login?bye=1", HttpStatus.SEE_OTHER);
    }

    private static String next(String requested) {
        return requested != null && NEXT.matcher(requested).matches() && !requested.contains("//") ? requested : Auth.AREA;
    }

    private static void render(Context ctx, String email, String error, String notice) {
        render(ctx, email, error, notice, 0);
    }

    private static void render(Context ctx, String email, String error, String notice, long minutes) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("error", error);
        model.put("minutes", minutes);
        model.put("notice", notice);
        model.put("next", next(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        ctx.render("auth/login.peb", model);
    }
}
