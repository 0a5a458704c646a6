package de.digitalezukunfthagen.digitalcheck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one HTTP client of the tests: one person with a browser. Keeps its own cookies (session,
 * participant, CSRF, language), follows no redirect, and adds the CSRF field to every form as the
 * page would. Use it inside {@code JavalinTest.test} with {@code new WebClient(server.port())}.
 */
public final class WebClient {
    private final List<String> origins;
    private int requests;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebClient(int port) {
        this(List.of("http://localhost:" + port));
    }

    public WebClient(String origin) {
        this(List.of(origin));
    }

    private WebClient(List<String> origins) {
        this.origins = origins;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Someone whose requests a load balancer sends to the app instances on {@code ports} in turn: the
     * first request to the first, the next to the second, and so on (the cookies go along, as the
     * instances share one host name).
     */
    public static WebClient behindLoadBalancer(int... ports) {
        return new WebClient(Arrays.stream(ports).mapToObj(port -> "http://localhost:" + port).toList());
    }

    /** A response: status, headers, the body as text and as bytes. */
    public record Reply(int status, HttpHeaders headers, String body, byte[] bytes) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The value of the first {@code name="FIELD" value="..."} input of the page. */
        public String field(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    /** The address the next request goes to (the first instance's, for one instance). */
    public String origin() {
        return origins.get(requests % origins.size());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(b::header);
        return send(b);
    }

    /** Follows a redirect once. */
    public Reply follow(Reply reply) {
        return get(reply.location());
    }

    /**
     * Posts a form of name/value pairs (a name may repeat) with the CSRF field, as a page of the app
     * would send it; a client that has seen no page yet fetches one first for the CSRF cookie.
     */
    public Reply postForm(String path, String... pairs) {
        List<String> all = new ArrayList<>(List.of(pairs));
        all.add(Csrf.FIELD);
        all.add(csrf());
        return postFormRaw(path, all.toArray(String[]::new));
    }

    /** Posts exactly these fields, without adding the CSRF field. */
    public Reply postFormRaw(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send("POST", path, "application/x-www-form-urlencoded", body.toString());
    }

    /** Any method with a body of the given content type (null: no body and no content type). */
    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b);
    }

    /** Sends JSON, as the API's clients do. */
    public Reply json(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    /** Signs in through the login form and expects to be let in. */
    public WebClient login(String email, String password) {
        Reply r = postForm("/login", "email", email, "password", password);
        if (r.status() != 303) {
            throw new AssertionError("login of " + email + " failed with " + r.status() + ": " + r.body());
        }
        return this;
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
        cookies.getCookieStore().add(URI.create(origins.get(0)), cookie);
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** The CSRF token, fetched from a page first if this client has none yet. */
    public String csrf() {
        Optional<String> token = cookie(Csrf.COOKIE);
        if (token.isEmpty()) {
            get("/");
            token = cookie(Csrf.COOKIE);
        }
        return token.orElseThrow(() -> new AssertionError("no CSRF cookie after visiting a page"));
    }

    private synchronized URI uri(String path) {
        if (path.startsWith("http")) {
            return URI.create(path);
        }
        return URI.create(origins.get(requests++ % origins.size()) + path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
