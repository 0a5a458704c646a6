package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.UnreadableRecordException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error responses: a page in the layout and the reader's language for the web pages, and
 * {@code application/problem+json} under {@code /api/}. Unexpected exceptions are logged without the
 * request path, which may carry an assessment's token.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String HANDLED = "digitalcheck.error-handled";
    /** The statuses with their own text in {@code error.<status>.*}; others are told as 400 or 500. */
    static final java.util.Set<Integer> STATUSES = java.util.Set.of(400, 403, 404, 405, 413, 415, 429, 500, 503);

    private ErrorPages() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus()));
        // the database logged "disk full" already; nothing of this request was stored, all earlier data is kept
        routes.exception(Database.DiskFullException.class, (e, ctx) -> respond(ctx, 503));
        routes.exception(UnreadableRecordException.class, (e, ctx) -> {
            LOG.warn("a stored record cannot be read ({} {}): {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path,
                    e.getMessage());
            respond(ctx, 500, "stored");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (clientGaveUp(e)) {
                // too slow or gone: the client's doing, not ours; not worth a line in the log per request
                respond(ctx, 408);
                return;
            }
            LOG.error("request failed ({} {}): {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path, e.toString(), e);
            respond(ctx, 500);
        });
        for (int status : STATUSES) {
            routes.error(status, ctx -> {
                // only where nothing answered yet (an unmatched path, or a bare status): a handler's own body stays
                if (ctx.attribute(HANDLED) == null && ctx.resultInputStream() == null) {
                    respond(ctx, status);
                }
            });
        }
    }

    /** Answers with the error page (or problem) for {@code status}; the handler's own result is replaced. */
    public static void respond(Context ctx, int status) {
        int known = STATUSES.contains(status) ? status : (status >= 500 ? 500 : 400);
        respond(ctx, status, String.valueOf(known));
    }

    /** With the texts {@code error.<kind>.*} (kind "stored": a stored record that cannot be read). */
    private static void respond(Context ctx, int status, String kind) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        if (isApi(ctx)) {
            HttpStatus http = HttpStatus.forStatus(status);
            ApiProblem.of(status, http.getMessage(), kind.equals("stored")
                    ? "This record was stored in a form that can no longer be read; other records are not affected."
                    : apiDetail(Integer.parseInt(kind))).send(ctx);
            return;
        }
        ctx.status(status);
        try {
            ctx.render("error.peb", Map.of("status", status, "kind", kind));
        } catch (RuntimeException e) {
            LOG.error("the error page itself failed: {}", e.toString());
            ctx.contentType("text/plain; charset=utf-8").result("Error " + status);
        }
    }

    /** A body that came too slowly (the minimum data rate) or a connection the client closed while sending it. */
    private static boolean clientGaveUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static String apiDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 403 -> "Forbidden.";
            case 404 -> "There is nothing here: the address is wrong, or the assessment was deleted.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request is too large.";
            case 415 -> "Send the body as JSON with Content-Type: application/json.";
            case 429 -> "Too many requests. Please wait a few minutes and try again.";
            case 503 -> "The server's storage is full, so nothing of this request was stored; what was saved before is "
                    + "kept. Please try again later.";
            default -> "Something went wrong on our side. Please try again later.";
        };
    }
}
