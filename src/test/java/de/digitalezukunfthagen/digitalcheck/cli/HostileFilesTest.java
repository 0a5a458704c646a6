package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on files made to exhaust it: refused with one line per problem, quickly and without running out of memory. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate(Path file) {
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());
        long start = System.nanoTime();
        int code = Main.cli().run(new String[] {"validate", file.toString()}, io);
        assertThat(System.nanoTime() - start).as("seconds").isLessThan(20_000_000_000L);
        return code;
    }

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void a_file_far_above_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(CliTest.QUESTIONNAIRE.replace("id: check", "id: huge"));
            String comment = "# " + "a comment that says nothing ".repeat(35) + "\n";
            for (int i = 0; i < 300_000; i++) { // about 300 MB
                w.write(comment);
            }
        }
        assertThat(validate(file)).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(lines()).singleElement().asString().startsWith(file + ":1:1: the file has").contains("at most 2048 KB");
    }

    @Test
    void scalar_aliases_that_would_expand_to_gigabytes_are_one_problem() throws IOException {
        StringBuilder yaml = new StringBuilder(CliTest.QUESTIONNAIRE.replace("id: check", "id: bomb"));
        yaml.append("x-text: &t \"").append("x".repeat(50_000)).append("\"\n");
        yaml.append("x-list: &l [").append("*t, ".repeat(1_000)).append("*t]\n");
        yaml.append("x-more: [").append("*l, ".repeat(45)).append("*l]\n");
        Path file = write("bomb.yaml", yaml.toString());
        assertThat(validate(file)).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(lines()).singleElement().asString().contains("through its aliases");
    }

    @Test
    void a_number_with_a_huge_exponent_is_an_error_on_its_line_not_a_billion_digits() throws IOException {
        Path file = write("numbers.yaml", CliTest.QUESTIONNAIRE.replace("id: check", "id: numbers")
                .replace("weight: 3", "weight: 1.0e+999999999")
                .replace("{id: explorer, min: 25,", "{id: explorer, min: 1e-999999999,"));
        assertThat(validate(file)).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("numbers.yaml:15:13: 'weight' is too large or too small")
                .contains("numbers.yaml:7:25: 'min' is too large or too small");
        assertThat(out.size()).isLessThan(5_000);
        for (String line : lines()) {
            assertThat(line).matches(".*numbers\\.yaml:\\d+:\\d+: .*");
        }
    }

    @Test
    void deep_nesting_is_one_problem() throws IOException {
        Path file = write("deep.yaml", CliTest.QUESTIONNAIRE.replace("id: check", "id: deep")
                + "x-deep: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
        assertThat(validate(file)).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(lines()).singleElement().asString().contains("deep.yaml:");
    }
}
