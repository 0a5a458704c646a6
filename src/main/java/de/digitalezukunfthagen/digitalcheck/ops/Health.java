package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health} for a load balancer: 200 with {@code {"status": "up", "database": "up"}} when the
 * app answers and its database does; 503 with {@code "down"} when the database cannot be reached
 * (closed, its file gone, or no answer within {@link #WAIT}). It says nothing else.
 */
final class Health {
    static final Duration WAIT = Duration.ofSeconds(2);

    private final Database database;

    Health(Database database) {
        this.database = database;
    }

    void check(Context ctx) {
        boolean up = database.reachable(WAIT);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", up ? "up" : "down");
        body.put("database", up ? "up" : "down");
        ctx.header("Cache-Control", "no-store");
        ctx.status(up ? 200 : 503).json(body);
    }
}
