package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on the command line, run in-process as the acceptance tests run the jar. */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path questionnaires;
    Path answers;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws Exception {
        questionnaires = ReportFixture.write(Files.createDirectories(dir.resolve("questionnaires")));
        answers = Files.writeString(dir.resolve("answers.json"), ReportFixture.WEAK);
    }

    int run(String... args) {
        return Main.cli().run(args, new Cli.Streams(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_the_report_in_the_language_and_for_the_company_asked() throws Exception {
        Path pdf = dir.resolve("out/bericht.pdf");
        int code = run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", pdf.toString(), "--lang", "en", "--company", "Muster GmbH");
        assertThat(code).as(err()).isEqualTo(Cli.OK);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        ReportText text = ReportText.read(bytes);
        assertThat(text.framedPage(1)).contains("Muster GmbH").contains("At a glance").contains("Page 1 of " + text.pageCount());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(pdf.toString());
    }

    @Test
    void full_writes_the_long_version_with_every_answer() throws Exception {
        Path short_ = dir.resolve("short.pdf");
        Path full = dir.resolve("full.pdf");
        assertThat(run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", short_.toString())).as(err()).isEqualTo(Cli.OK);
        assertThat(run("report", "--full", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", full.toString())).as(err()).isEqualTo(Cli.OK);
        ReportText shortText = ReportText.read(Files.readAllBytes(short_));
        ReportText fullText = ReportText.read(Files.readAllBytes(full));
        assertThat(fullText.page(1)).contains("vollständige Fassung");
        assertThat(fullText.all()).contains(Messages.of("de").get("answers.title"));
        assertThat(shortText.all()).doesNotContain(Messages.of("de").get("answers.intro"));
        assertThat(fullText.pageCount()).isGreaterThan(shortText.pageCount());
    }

    @Test
    void german_is_the_default() throws Exception {
        Path pdf = dir.resolve("bericht.pdf");
        assertThat(run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", pdf.toString())).isEqualTo(Cli.OK);
        assertThat(ReportText.read(Files.readAllBytes(pdf)).framedPage(1)).contains("Seite 1 von").contains("Das Wichtigste in Kürze");
    }

    @Test
    void invalid_answers_exit_with_2_and_one_line_per_problem() throws Exception {
        Files.writeString(answers, """
                {"questionnaire": "mini-check", "answers": {"backups": "weekly", "measures": ["mfa", "nothing"], "employees": 0}}
                """);
        Path pdf = dir.resolve("bericht.pdf");
        int code = run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(), "--out", pdf.toString());
        assertThat(code).isEqualTo(Cli.INVALID_ANSWERS);
        assertThat(err().lines()).hasSize(3).allMatch(line -> line.startsWith(answers.toString() + ": "));
        assertThat(pdf).doesNotExist();
    }

    @Test
    void answers_that_are_not_json_exit_with_2() throws Exception {
        Files.writeString(answers, "{\"questionnaire\": ");
        assertThat(run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", dir.resolve("x.pdf").toString())).isEqualTo(Cli.INVALID_ANSWERS);
        assertThat(err()).contains("not valid JSON");
    }

    @Test
    void an_unknown_language_is_a_usage_error() {
        int code = run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", dir.resolve("x.pdf").toString(), "--lang", "fr");
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--lang must be one of de, en, not 'fr'").contains("report --help");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void the_output_file_is_required() {
        assertThat(run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--out is required");
    }

    @Test
    void invalid_questionnaires_exit_with_1() throws Exception {
        Files.writeString(questionnaires.resolve("mini-check.yaml"), "id: mini-check\nversion: x\n");
        assertThat(run("report", "--questionnaires", questionnaires.toString(), "--answers", answers.toString(),
                "--out", dir.resolve("x.pdf").toString())).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(err()).contains("mini-check.yaml");
    }

    @Test
    void help_shows_an_example() {
        assertThat(run("report", "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Example:").contains("--lang de")
                .contains("java -jar digitalcheck.jar report --questionnaires questionnaires --answers answers.json");
        out.reset();
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("report").contains("PDF report");
    }
}
