package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/questionnaires");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return Main.cli().run(args, io);
    }

    @Test
    void a_warm_up_walks_once_through_a_check_and_keeps_nothing_of_it() throws IOException {
        Path ownDatabase = dir.resolve("own.db");
        List<Path> before = warmUpFolders();

        int code = run(Map.of("DIGITALCHECK_DB", ownDatabase.toString()), "warm-up", "--questionnaires", FIXTURES.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.lines()).containsSubsequence(
                "GET / 200",
                "POST /api/v1/assessments 201",
                "PUT /api/v1/assessments/{token}/answers 200",
                "GET /a/{token}/step/1 200",
                "GET /a/{token}/result 200",
                "GET /api/v1/assessments/{token}/report.pdf 200",
                "warm-up done: every page answered");
        assertThat(ownDatabase).as("the database serve would use is not opened").doesNotExist();
        assertThat(warmUpFolders()).as("the throwaway database is deleted").isEqualTo(before);
    }

    @Test
    void a_warm_up_with_invalid_questionnaires_names_the_file_and_line_and_starts_nothing() throws IOException {
        Path broken = dir.resolve("questionnaires");
        Files.createDirectories(broken);
        for (String name : List.of("quick-check.yaml", "contacts.yaml")) {
            Files.copy(FIXTURES.resolve(name), broken.resolve(name));
        }
        Files.writeString(broken.resolve("digital-check.yaml"), "id: digital-check\ntitle: [unclosed\n");

        int code = run(Map.of(), "warm-up", "--questionnaires", broken.toString());

        assertThat(code).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("digital-check.yaml").containsPattern(":\\d+");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("GET /");
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("digitalcheck-warm-up")).sorted().toList();
        }
    }
}
