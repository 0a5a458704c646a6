package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.App;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers for requests: the site's own address, a bounded body, the JSON content type. */
public final class Requests {
    private Requests() {
    }

    /** {@code http://host:port} as the browser addressed this app, for links a person copies. */
    public static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }

    /**
     * The request body, at most {@link App#MAX_REQUEST_BYTES}; a larger one (also one sent in chunks
     * without a length) is refused with 413 before it is read to the end.
     */
    public static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > App.MAX_REQUEST_BYTES) {
                tooLarge(in);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > App.MAX_REQUEST_BYTES) {
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
        while (drained < 4 * App.MAX_REQUEST_BYTES && (read = in.read(buffer)) >= 0) {
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
