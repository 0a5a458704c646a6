package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegalPagesTest {
    @TempDir
    Path dir;

    @Test
    void the_operators_markdown_is_shown_with_raw_html_escaped_and_script_links_removed() throws Exception {
        Path imprint = Files.writeString(dir.resolve("impressum.md"), """
                # Impressum

                **Angaben gemäß § 5 DDG:** [Betreiber eintragen]

                <script>alert('x')</script>

                [Klick](javascript:alert(1)) und [Webseite](https://example.org/)

                | Daten | Frist |
                |---|---|
                | Angefangener Check | 180 Tage |
                """);
        Path privacy = Files.writeString(dir.resolve("datenschutz.html"), "<h1>Datenschutzerklärung</h1><p>Eigenes HTML</p>");
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS.withLegalPages(imprint, privacy))) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply page = web.get("/impressum");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.body()).contains("<h1>Impressum</h1>").contains("<strong>Angaben gemäß § 5 DDG:</strong>")
                        .contains("&lt;script&gt;").doesNotContain("<script>alert")
                        .doesNotContain("javascript:").contains("href=\"https://example.org/\"")
                        .contains("<td>Angefangener Check</td>");
                assertThat(web.get("/datenschutz").body()).contains("<h1>Datenschutzerklärung</h1><p>Eigenes HTML</p>");
            });
        }
    }

    @Test
    void every_page_links_imprint_and_privacy_statement_in_its_footer() {
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                for (String path : new String[] {"/", "/privacy", "/no-such-page", "/login"}) {
                    String footer = web.get(path).body().replaceAll("(?s).*<footer", "");
                    assertThat(footer).as(path).contains("href=\"/impressum\"").contains("href=\"/datenschutz\"");
                }
            });
        }
    }

    @Test
    void without_the_files_the_pages_say_the_operator_has_not_provided_them() {
        try (TestApp t = TestApp.create(dir, OperationsConfig.DEFAULTS)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                WebClient.Reply page = web.get("/impressum");
                assertThat(page.status()).isEqualTo(404);
                assertThat(page.body()).contains("noch nicht hinterlegt");
                assertThat(web.get("/datenschutz?lang=en").body()).contains("has not provided this text yet");
            });
        }
    }

    @Test
    void serve_public_refuses_to_start_without_imprint_and_privacy_statement() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.cli().run(new String[] {"serve", "--public", "--port", "0", "--db", dir.resolve("x.db").toString()},
                new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not start with --public")
                .contains("--imprint FILE").contains("--privacy FILE");
        assertThat(dir.resolve("x.db")).doesNotExist();
    }

    @Test
    void serve_refuses_an_imprint_file_it_cannot_read_and_names_it() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.cli().run(new String[] {"serve", "--port", "0", "--db", dir.resolve("x.db").toString(),
                "--imprint", dir.resolve("missing.md").toString(), "--privacy", dir.resolve("missing.md").toString()},
                new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--imprint").contains("missing.md").contains("cannot be read");
    }

    @Test
    void without_public_the_missing_pages_are_warnings_naming_flag_and_variable() {
        assertThat(OperationsConfig.DEFAULTS.missingLegalPages())
                .anySatisfy(m -> assertThat(m).contains("--imprint FILE").contains(OperationsConfig.ENV_IMPRINT))
                .anySatisfy(m -> assertThat(m).contains("--privacy FILE").contains(OperationsConfig.ENV_PRIVACY));
        assertThat(OperationsConfig.DEFAULTS.withLegalPages(dir, dir).missingLegalPages()).isEmpty();
    }
}
