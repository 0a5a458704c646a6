package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests at the edges: odd paths, names with invisible characters, and what Jetty answers itself. */
class EdgeRequestsTest {
    @TempDir
    Path dir;

    private void withApp(BiConsumer<WebClient, Integer> test) {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port()), server.port()));
        }
    }

    /** Sends {@code request} as it is and returns the whole answer (head and body). */
    private static String raw(int port, String request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_language_link_of_a_404_for_a_double_slash_path_stays_on_the_site() {
        withApp((web, port) -> {
            for (String path : new String[] {"//evil.example/x", "///evil.example/x", "/\\evil.example/x"}) {
                String answer = raw(port, "GET " + path.replace("\\", "%5C") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertThat(answer).startsWith("HTTP/1.1 404");
                assertThat(answer).doesNotContain("href=\"//").doesNotContain("href=\"/\\")
                        .containsPattern("href=\"/(%5C)?evil\\.example/x\\?lang=en\"");
            }
        });
    }

    @Test
    void names_with_a_right_to_left_override_or_other_invisible_characters_are_refused() {
        withApp((web, port) -> {
            for (String name : new String[] {"Muster\u202EHbmG", "Muster\u200BGmbH", "Muster\u0007GmbH", "Muster\u2066GmbH"}) {
                WebClient.Reply api = web.json("POST", "/api/v1/assessments",
                        "{\"questionnaire\": \"quick-check\", \"company\": \"" + name.replace("\u0007", "\\u0007") + "\"}");
                assertThat(api.status()).as(name).isEqualTo(400);
                assertThat(api.body()).contains("right-to-left override");
            }
            web.get("/");
            String base = web.postForm("/assessments", "questionnaire", "quick-check").location().replaceAll("/(step/1|start)$", "");
            WebClient.Reply form = web.postForm(base + "/step/1", "company", "Muster\u202EHbmG", "_action", "next");
            assertThat(form.status()).isEqualTo(422);
            assertThat(form.body()).contains("unsichtbare Steuerzeichen");
            // ordinary names, also with accents and a line break typed into the field, still pass
            assertThat(web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"company\": \"Bäckerei Öztürk & Söhne\\n\"}").status()).isEqualTo(201);
        });
    }

    @Test
    void jettys_own_431_and_400_carry_the_security_headers() {
        withApp((web, port) -> {
            String big = "X-Filler: " + "a".repeat(20_000) + "\r\n";
            String api = raw(port, "GET /api/v1/questionnaires HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big + "Connection: close\r\n\r\n");
            assertThat(api).startsWith("HTTP/1.1 431");
            assertThat(api.toLowerCase()).contains("content-security-policy: default-src 'self'").contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny").contains("referrer-policy: no-referrer");
            // Jetty refuses these before a request exists, without its path: the API's problem+json cannot be chosen
            // there, but the headers are the same as everywhere

            String page = raw(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big + "Connection: close\r\n\r\n");
            assertThat(page).startsWith("HTTP/1.1 431");
            assertThat(page.toLowerCase()).contains("content-type: text/html").contains("content-security-policy:")
                    .contains("x-content-type-options: nosniff");
            assertThat(page).contains("Fehler 431").doesNotContain("Jetty").doesNotContain("aaaaaaaaaa");

            String bad = raw(port, "GET /api/v1/questionnaires HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(bad).startsWith("HTTP/1.1 400");
            assertThat(bad.toLowerCase()).contains("x-content-type-options: nosniff").contains("content-security-policy:");
        });
    }
}
