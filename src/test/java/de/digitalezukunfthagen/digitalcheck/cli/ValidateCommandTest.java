package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} reminds of passed review dates; {@code --strict} turns the reminders into problems. */
class ValidateCommandTest {

    private static final String CHECK = CliTest.QUESTIONNAIRE.replace(
            "topics: [it-security], when: {answer: backups, is: none}}",
            "topics: [it-security], when: {answer: backups, is: none}, as_of: 2026-01-10, review_by: 2026-06-30}");
    private static final String CONTACTS = """
            contacts:
              - id: sihk
                name: SIHK
                kind: chamber
                topics: [strategy, it-security]
                as_of: 2026-01-10
                review_by: 2026-12-31
            """;

    @TempDir
    Path dir;

    private Path questionnaires;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void writeQuestionnaires() {
        questionnaires = dir.resolve("questionnaires");
        Fixtures.write(questionnaires, "check.yaml", CHECK);
        Fixtures.write(questionnaires, "contacts.yaml", CONTACTS);
    }

    /** Runs validate as if today were {@code day} in Hagen. */
    private int validateOn(String day, String... args) {
        Clock clock = Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneId.of("Europe/Berlin"));
        Cli cli = new Cli().register("validate", new ValidateCommand(clock));
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), Map.of());
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.run(all, io);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String checkFile() {
        return questionnaires.resolve("check.yaml").toString();
    }

    @Test
    void before_any_review_date_validate_prints_only_the_ok_line() {
        assertThat(validateOn("2026-06-30", questionnaires.toString())).isZero();
        assertThat(validateOn("2026-06-30", "--strict", questionnaires.toString())).isZero();

        assertThat(out().lines()).allMatch(line -> line.startsWith("OK: 2 file(s) valid"));
    }

    @Test
    void a_passed_review_date_is_a_warning_line_and_the_exit_code_stays_0() {
        int code = validateOn("2026-07-01", questionnaires.toString());

        assertThat(code).isZero();
        assertThat(out().lines()).containsExactly(
                checkFile() + ":28:174: warning: review_by 2026-06-30 of recommendation 'backup-concept' has passed; "
                        + "check its facts, then set as_of to today and a new review_by",
                "OK: 2 file(s) valid: 1 questionnaire(s) with 5 questions, 1 contact(s)");
    }

    @Test
    void with_strict_a_passed_review_date_is_a_problem_and_the_exit_code_is_1() {
        int code = validateOn("2027-01-01", "--strict", questionnaires.toString());

        assertThat(code).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(out().lines()).containsExactly(
                checkFile() + ":28:174: review_by 2026-06-30 of recommendation 'backup-concept' has passed; "
                        + "check its facts, then set as_of to today and a new review_by",
                questionnaires.resolve("contacts.yaml") + ":7:16: review_by 2026-12-31 of contact 'sihk' has passed; "
                        + "check its facts, then set as_of to today and a new review_by");
    }

    @Test
    void strict_may_stand_after_the_paths_and_problems_come_first() {
        Fixtures.write(questionnaires, "check.yaml", CHECK.replace("version: 1", "version: 0"));

        int code = validateOn("2026-07-01", questionnaires.toString(), "--strict");

        assertThat(code).isEqualTo(Cli.INVALID_QUESTIONNAIRES);
        assertThat(out().lines()).containsExactly(
                checkFile() + ":2:10: 'version' must be a positive whole number, not 0",
                checkFile() + ":28:174: review_by 2026-06-30 of recommendation 'backup-concept' has passed; "
                        + "check its facts, then set as_of to today and a new review_by");
    }
}
