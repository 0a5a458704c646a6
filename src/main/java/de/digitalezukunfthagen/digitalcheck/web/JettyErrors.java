package de.digitalezukunfthagen.digitalcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The responses Jetty writes itself, before or around the app: a request line or headers it cannot
 * read (400), headers too large (431), a body too slow (408). They carry the same security headers as
 * every page, are {@code application/problem+json} under {@code /api/}, and otherwise a short page in
 * the reader's language (by the language cookie; German without it). Nothing of the request is echoed.
 */
final class JettyErrors extends ErrorHandler {
    private final Messages messages;

    JettyErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders(headers);
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean api = path != null && path.startsWith("/api/");
        headers.put(HttpHeader.CONTENT_TYPE, api ? ApiProblem.CONTENT_TYPE : "text/html;charset=utf-8");
        String body = api ? problem(status) : page(status, language(request));
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** Used when Jetty could not make a request of what came in at all. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        securityHeaders(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        return BufferUtil.toBuffer(page(status, Language.DE), StandardCharsets.UTF_8);
    }

    private static void securityHeaders(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", SecurityHeaders.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
    }

    private static Language language(Request request) {
        try {
            for (HttpCookie cookie : Request.getCookies(request)) {
                if (cookie.getName().equals(Language.COOKIE) && Language.supports(cookie.getValue())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        } catch (RuntimeException e) {
            // cookies that cannot be read (the very reason for a 400): German
        }
        return Language.DE;
    }

    private static String problem(int status) {
        try {
            return Json.mapper().writeValueAsString(ApiProblem.of(status, HttpStatus.forStatus(status).getMessage(),
                    status == 431 ? "The request headers are too large." : status == 408
                            ? "The request was sent too slowly." : "The request is malformed."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(int status, Language language) {
        String kind = status >= 500 ? "500" : status == 413 ? "413" : "400";
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + escape(messages.get(language, "error." + kind + ".title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/css/app.css\"></head><body><main>"
                + "<p>" + escape(messages.get(language, "error.page", String.valueOf(status))) + "</p>"
                + "<h1>" + escape(messages.get(language, "error." + kind + ".title")) + "</h1>"
                + "<p>" + escape(messages.get(language, "error." + kind + ".text")) + "</p>"
                + "<p><a href=\"/\">" + escape(messages.get(language, "error.home")) + "</a></p></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
