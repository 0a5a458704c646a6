package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/** {@code /login} and {@code /logout}, and the check that lets only logged-in consultants reach routes marked {@link Access#CONSULTANT}. */
public final class AuthRoutes implements FeatureRoutes {
    private final Auth auth;
    private final LoginPage login;

    public AuthRoutes(Auth auth, Database database, Clock clock) {
        this.auth = auth;
        this.login = new LoginPage(new Accounts(database, clock), auth.sessions(), auth.throttle());
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.beforeMatched(auth::guard);
        routes.get("/login", login::show);
        routes.post("/login", login::submit);
        routes.post("/logout", login::logout);
    }
}
