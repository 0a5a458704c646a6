package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.web.ApiProblem;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a request that would create an assessment meets at the limit: 429 with {@code Retry-After}, a
 * page in the reader's language, or under {@code /api/} a JSON problem. Nothing is created.
 */
final class CreateLimitPages {
    /** The routes that create an assessment (with POST). */
    static final List<String> CREATING = List.of("/assessments", "/api/v1/assessments", "/a/{token}/full");
    static final String PROBLEM_TYPE = "urn:digitalcheck:problem:create-limit";

    private final CreateLimit limit;

    CreateLimitPages(CreateLimit limit) {
        this.limit = limit;
    }

    /** The limit is reached: the request stops here. */
    static final class Reached extends RuntimeException {
        private final Duration wait;

        Reached(Duration wait) {
            super("create limit reached", null, false, false);
            this.wait = wait;
        }
    }

    void reserve(Context ctx) {
        limit.reserve(ctx.ip()).ifPresent(wait -> {
            throw new Reached(wait);
        });
    }

    void refuse(Reached reached, Context ctx) {
        long seconds = Math.max(1, reached.wait.toSeconds());
        long minutes = (seconds + 59) / 60;
        ctx.header("Retry-After", String.valueOf(seconds));
        if (OperationsRoutes.isApi(ctx)) {
            new ApiProblem(PROBLEM_TYPE, "Too many new assessments", 429, "Too many assessments were created from this "
                    + "address or in total within a short time; nothing was created. Try again in " + seconds + " seconds.",
                    null).send(ctx);
            return;
        }
        ctx.status(429).render("ops/limit.peb", Map.of("minutes", minutes));
    }
}
