package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person with a browser for the HTTP tests: their own cookies (session, participant, CSRF), no
 * redirects followed, and the CSRF field added to every form as the page would. {@code postForm} and
 * {@code postFormRaw} mean what they mean in {@link de.digitalezukunfthagen.digitalcheck.web.WebClient}.
 */
public final class Visitor {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Visitor(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A response, with the body as text and as bytes. */
    public record Response(int code, String body, byte[] bytes, HttpHeaders headers) {
        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form of name/value pairs (a name may repeat), with the CSRF field of this visitor. */
    public Response postForm(String path, String... pairs) {
        List<String> all = new ArrayList<>(List.of(pairs));
        all.add(Csrf.FIELD);
        all.add(csrf());
        return postFormRaw(path, all.toArray(String[]::new));
    }

    /** Posts a form exactly as given, without adding the CSRF field. */
    public Response postFormRaw(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Sends JSON, as the API's clients do. */
    public Response json(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Follows a redirect once. */
    public Response follow(Response response) {
        return get(response.location());
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void setCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookie.setDomain("localhost.local"); // where java.net.CookieManager files the cookies that localhost sets
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** The CSRF token, fetched from a page first if this visitor has none yet. */
    public String csrf() {
        Optional<String> token = cookie(Csrf.COOKIE);
        if (token.isEmpty()) {
            get("/login");
            token = cookie(Csrf.COOKIE);
        }
        return token.orElseThrow(() -> new AssertionError("no CSRF cookie after visiting a page"));
    }

    /** Signs in through the form and expects to be let in. */
    public Visitor login(String email, String password) {
        Response r = postForm("/login", "email", email, "password", password);
        if (r.code() != 303) {
            throw new AssertionError("login of " + email + " failed with " + r.code() + ": " + r.body());
        }
        return this;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
