package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files under /assets/: served from the classpath with their type, cache headers and ETag, and nothing else. */
class AssetsTest {
    private static final Path CSS = Path.of("src", "main", "resources", "public", "css", "app.css");

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    @Test
    void a_style_sheet_comes_with_its_type_an_hour_of_cache_and_an_etag() throws IOException {
        byte[] file = Files.readAllBytes(CSS);
        withWeb(web -> {
            WebClient.Reply reply = web.get("/assets/css/app.css");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("content-type")).isEqualTo("text/css;charset=utf-8");
            assertThat(reply.header("cache-control")).isEqualTo("max-age=3600");
            assertThat(reply.header("etag")).startsWith("W/\"");
            assertThat(reply.bytes()).isEqualTo(file);
            assertThat(web.get("/assets/js/assessment.js").header("content-type")).isEqualTo("text/javascript;charset=utf-8");
            assertThat(web.get("/assets/favicon.svg").header("content-type")).isEqualTo("image/svg+xml;charset=utf-8");
        });
    }

    @Test
    void a_matching_etag_is_answered_with_304_and_no_body() {
        withWeb(web -> {
            String etag = web.get("/assets/css/app.css").header("etag");
            WebClient.Reply again = web.get("/assets/css/app.css", Map.of("If-None-Match", etag));
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.bytes()).isEmpty();
            assertThat(web.get("/assets/css/app.css", Map.of("If-None-Match", "W/\"other\"")).status()).isEqualTo(200);
        });
    }

    @Test
    void a_text_file_is_gzipped_for_a_client_that_accepts_it() throws IOException {
        String file = Files.readString(CSS);
        withWeb(web -> {
            WebClient.Reply reply = web.get("/assets/css/app.css", Map.of("Accept-Encoding", "gzip"));
            assertThat(reply.header("content-encoding")).isEqualTo("gzip");
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(reply.bytes()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void head_answers_the_headers_without_the_file() {
        withWeb(web -> {
            WebClient.Reply reply = web.send("HEAD", "/assets/css/app.css", null, null);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("etag")).isEqualTo(web.get("/assets/css/app.css").header("etag"));
            assertThat(reply.bytes()).isEmpty();
        });
    }

    @Test
    void folders_unknown_files_and_paths_out_of_the_folder_are_404() {
        withWeb(web -> {
            for (String path : new String[] {"/assets/nope.css", "/assets/css", "/assets/css/", "/assets/simplelogger.properties",
                    "/assets/../templates/index.peb", "/assets/css/../../templates/index.peb"}) {
                WebClient.Reply reply = web.get(path);
                assertThat(reply.status()).as(path).isEqualTo(404);
                assertThat(reply.body()).as(path).doesNotContain("{%");
            }
        });
    }
}
