package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.common.RequestLimits;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers for requests: the site's own address, a bounded body, the JSON content type. */
public final class Requests {
    private static final String BASE_URL = "digitalcheck.base-url";

    private Requests() {
    }

    /**
     * A before-handler that makes {@code configured} (the {@code --base-url} of {@code serve}) this
     * request's {@link #baseUrl}; with null the address comes from the request itself.
     */
    public static Handler publicAddress(String configured) {
        return ctx -> {
            if (configured != null) {
                ctx.attribute(BASE_URL, configured);
            }
        };
    }

    /**
     * The app's public address without a trailing slash, for every absolute link (the personal link, the
     * API's {@code url}, the join link and its QR code): the configured base URL if there is one, else
     * {@code scheme://host:port} as the browser addressed this app.
     */
    public static String baseUrl(Context ctx) {
        String configured = ctx.attribute(BASE_URL);
        if (configured != null) {
            return configured;
        }
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }

    /**
     * Are cookies to be marked Secure? When the public address is https: also behind a reverse proxy that
     * ends TLS and talks plain http to the app.
     */
    public static boolean secure(Context ctx) {
        return "https".equals(ctx.scheme()) || baseUrl(ctx).startsWith("https://");
    }

    /**
     * The request body, at most {@link RequestLimits#MAX_REQUEST_BYTES}; a larger one (also one sent in chunks
     * without a length) is refused with 413 before it is read to the end.
     */
    public static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > RequestLimits.MAX_REQUEST_BYTES) {
                tooLarge(in);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > RequestLimits.MAX_REQUEST_BYTES) {
                    tooLarge(in);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses with 413. A body up to four times the limit is read and dropped first: closing a connection
     * with unread data makes TCP discard the answer, and the client would see no 413 at all.
     */
    private static void tooLarge(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long drained = 0;
        int read;
        while (drained < 4 * RequestLimits.MAX_REQUEST_BYTES && (read = in.read(buffer)) >= 0) {
            drained += read;
        }
        throw new HttpResponseException(413, "request too large");
    }

    /** Is the request's Content-Type {@code application/json} (with any parameters)? */
    public static boolean isJson(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        String media = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }
}
