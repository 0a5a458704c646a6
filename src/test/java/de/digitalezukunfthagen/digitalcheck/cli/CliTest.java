package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as the acceptance tests use it, run in-process. */
class CliTest {

    static final String QUESTIONNAIRE = """
            id: check
            version: 1
            language: de
            title: Check
            levels:
              - {id: beginner, min: 0, title: Beginner}
              - {id: explorer, min: 25, title: Explorer}
              - {id: advanced, min: 50, title: Advanced}
              - {id: leader, min: 75, title: Leader}
            profile:
              - {id: size, type: single, text: Size, options: [{id: small, label: S}, {id: large, label: L}]}
            dimensions:
              - id: strategy
                title: Strategy
                weight: 3
                questions:
                  - {id: plan, type: single, text: P, options: [{id: none, label: N}, {id: partly, label: P}, {id: done, label: D}]}
              - id: data
                title: Data
                questions:
                  - {id: backups, type: single, text: B, options: [{id: none, label: N}, {id: daily, label: D}]}
                  - {id: tools, type: multi, text: T, options: [{id: erp, label: E}, {id: crm, label: C}, {id: nothing, label: N, exclusive: true}]}
              - id: people
                title: People
                questions:
                  - {id: training, type: single, text: T, options: [{id: none, label: N}, {id: all, label: A}]}
            recommendations:
              - {id: backup-concept, dimension: data, priority: 1, horizon: quick-win, title: T, topics: [it-security], when: {answer: backups, is: none}}
              - {id: strategy-workshop, dimension: strategy, priority: 2, horizon: months, title: T, topics: [strategy], when: {dimension: strategy, below: 75}}
            """;
    static final String CONTACTS = """
            contacts:
              - {id: sihk, name: SIHK, kind: chamber, topics: [strategy, it-security]}
              - {id: hwk, name: HWK, kind: chamber, topics: [crafts], when: {answer: size, is: small}}
            """;

    @TempDir
    Path dir;

    Path questionnaires;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeQuestionnaires() {
        questionnaires = dir.resolve("questionnaires");
        Fixtures.write(questionnaires, "check.yaml", QUESTIONNAIRE);
        Fixtures.write(questionnaires, "contacts.yaml", CONTACTS);
    }

    private int run(String... args) {
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return Main.cli().run(args, io);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void serve_refuses_a_base_url_that_is_not_an_http_address_before_it_starts() {
        int code = run("serve", "--port", "0", "--db", dir.resolve("t.db").toString(), "--base-url", "check.example.org");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("base URL").contains("check.example.org");
    }

    // --- validate ---------------------------------------------------------------------------------

    @Test
    void validate_on_a_valid_folder_exits_0_with_a_one_line_summary() {
        int code = run("validate", questionnaires.toString());

        assertThat(code).isZero();
        assertThat(lines(out())).singleElement().asString()
                .isEqualTo("OK: 2 file(s) valid: 1 questionnaire(s) with 5 questions, 2 contact(s)");
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_on_a_valid_file_exits_0() {
        assertThat(run("validate", questionnaires.resolve("check.yaml").toString())).isZero();
        assertThat(lines(out())).hasSize(1);
    }

    @Test
    void validate_on_invalid_files_exits_1_with_one_located_line_per_problem() {
        Path check = Fixtures.write(questionnaires, "check.yaml", QUESTIONNAIRE
                .replace("version: 1", "version: 0")
                .replace("priority: 2, horizon: months", "priority: 4, horizon: months"));
        Path contacts = Fixtures.write(questionnaires, "contacts.yaml", CONTACTS.replace("kind: chamber, topics: [crafts]", "kind: guild, topics: [crafts]"));

        int code = run("validate", questionnaires.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lines(out())).containsExactly(
                check + ":2:10: 'version' must be a positive whole number, not 0",
                check + ":29:60: 'priority' must be 1 (most urgent), 2 or 3, not 4",
                contacts + ":3:32: 'kind' must be one of chamber, agency, company, network, programme, not 'guild'");
        assertThat(lines(out())).allMatch(line -> line.matches(".+:\\d+:\\d+: .+"));
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_reports_the_problems_of_several_paths_at_once() {
        Path other = Fixtures.write(dir.resolve("more"), "other.yaml", QUESTIONNAIRE.replace("id: check", "id: other").replace("title: Check", "titel: Check"));
        Path missing = dir.resolve("missing");

        int code = run("validate", questionnaires.toString(), other.toString(), missing.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lines(out())).containsExactly(
                missing + ":0:0: no such file or folder",
                other + ":1:1: missing key 'title' in the questionnaire",
                other + ":4:1: unknown key 'titel' in the questionnaire (did you mean 'title'?)");
    }

    @Test
    void validate_without_a_path_is_a_usage_error() {
        assertThat(run("validate")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("name at least one file or folder").contains("validate --help");
    }

    // --- score ------------------------------------------------------------------------------------

    private Path answers(String json) {
        return Fixtures.write(dir, "answers.json", json);
    }

    @Test
    void score_prints_the_result_json_of_the_contract() throws Exception {
        Path answers = answers("""
                {"questionnaire": "check", "version": 1, "answers": {"size": "small", "plan": "partly", "backups": "none", "tools": ["erp"]}}
                """);

        int code = run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString());

        assertThat(err()).isEmpty();
        assertThat(code).isZero();
        JsonNode result = Json.mapper().readTree(out());
        assertThat(result.get("questionnaire").get("id").asText()).isEqualTo("check");
        assertThat(result.get("questionnaire").get("version").asInt()).isEqualTo(1);
        assertThat(result.get("complete").asBoolean()).isFalse();
        assertThat(result.get("missing")).extracting(JsonNode::asText).containsExactly("training");
        // strategy 50.0 (weight 3); data (0 + 50) / 2 = 25.0; people not assessed; overall (150 + 25) / 4 = 43.75 -> 43.8
        assertThat(result.get("overall").get("score").decimalValue()).isEqualByComparingTo("43.8");
        assertThat(result.get("overall").get("level").asText()).isEqualTo("explorer");
        assertThat(result.get("dimensions")).extracting(
                        d -> d.get("id").asText(),
                        d -> d.get("score").isNull() ? null : d.get("score").decimalValue().doubleValue(),
                        d -> d.get("level").isNull() ? null : d.get("level").asText(),
                        d -> d.get("counted").asInt())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("strategy", 50.0, "advanced", 1),
                        org.assertj.core.api.Assertions.tuple("data", 25.0, "explorer", 2),
                        org.assertj.core.api.Assertions.tuple("people", null, null, 0));
        // as printed, every score has exactly one decimal place
        assertThat(out()).contains("\"score\" : 43.8,", "\"score\" : 50.0,", "\"score\" : 25.0,", "\"score\" : null,")
                .doesNotContainPattern("\"score\" : (\\d+|\\d+\\.\\d\\d+|[0-9.]+E.*)[,\\n]");
        assertThat(result.get("recommendations").toString()).isEqualTo("["
                + "{\"id\":\"backup-concept\",\"dimension\":\"data\",\"priority\":1,\"horizon\":\"quick-win\"},"
                + "{\"id\":\"strategy-workshop\",\"dimension\":\"strategy\",\"priority\":2,\"horizon\":\"months\"}]");
        assertThat(result.get("contacts").toString())
                .isEqualTo("[{\"id\":\"sihk\",\"relevance\":5,\"because\":[\"backup-concept\",\"strategy-workshop\"]}]");
    }

    @Test
    void score_without_any_answer_prints_null_scores() throws Exception {
        Path answers = answers("{\"questionnaire\": \"check\", \"answers\": {}}");

        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString())).isZero();

        JsonNode result = Json.mapper().readTree(out());
        assertThat(result.get("overall").toString()).isEqualTo("{\"score\":null,\"level\":null,\"capped_by\":[]}");
        assertThat(result.get("missing")).extracting(JsonNode::asText).containsExactly("size", "plan", "backups", "tools", "training");
    }

    @Test
    void score_with_answers_that_are_not_json_exits_2() {
        Path answers = answers("{\"questionnaire\": \"check\",\n \"answers\": {\"size\": small}}");

        int code = run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(lines(err())).singleElement().asString().startsWith(answers + ":2:").contains("not valid JSON");
    }

    @Test
    void score_with_an_empty_answers_file_exits_2() {
        Path answers = answers("");

        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString())).isEqualTo(2);
        assertThat(lines(err())).hasSize(1);
    }

    @Test
    void score_with_a_question_answered_twice_in_the_json_exits_2() {
        Path answers = answers("{\"questionnaire\": \"check\", \"answers\": {\"size\": \"small\", \"size\": \"large\"}}");

        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString())).isEqualTo(2);
        assertThat(err()).contains("not valid JSON").contains("size");
    }

    @Test
    void score_with_answers_that_break_the_contract_exits_2_with_one_line_per_problem() {
        Path answers = answers("""
                {"questionnaire": "check", "answers": {"size": "medium", "tools": ["nothing", "crm"], "plan": 2, "ghost": "x"}}
                """);

        int code = run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(lines(err())).containsExactly(
                answers + ": answers.size (option 'medium'): unknown option (options: small, large)",
                answers + ": answers.tools (option 'nothing'): this option cannot be combined with other options",
                answers + ": answers.plan: a single-choice answer must be one option id as a string (options: none, partly, done)",
                answers + ": answers.ghost: there is no question 'ghost' in questionnaire 'check'");
    }

    @Test
    void score_with_an_unknown_questionnaire_or_version_exits_2() {
        Path unknown = answers("{\"questionnaire\": \"nope\", \"answers\": {}}");
        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", unknown.toString())).isEqualTo(2);
        assertThat(err()).contains("questionnaire 'nope' does not exist");

        Path version = Fixtures.write(dir, "v.json", "{\"questionnaire\": \"check\", \"version\": 2, \"answers\": {}}");
        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", version.toString())).isEqualTo(2);
        assertThat(err()).contains("questionnaire 'check' has no version 2");
    }

    @Test
    void score_with_a_missing_answers_file_exits_2() {
        assertThat(run("score", "--questionnaires", questionnaires.toString(), "--answers", dir.resolve("none.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("cannot read the file");
    }

    @Test
    void score_with_invalid_questionnaires_exits_1_and_lists_their_problems() {
        Path check = Fixtures.write(questionnaires, "check.yaml", QUESTIONNAIRE.replace("version: 1", "version: 0"));
        Path answers = answers("{\"questionnaire\": \"check\", \"answers\": {}}");

        int code = run("score", "--questionnaires", questionnaires.toString(), "--answers", answers.toString());

        assertThat(code).isEqualTo(1);
        assertThat(lines(err())).containsExactly(check + ":2:10: 'version' must be a positive whole number, not 0");
    }

    @Test
    void score_without_answers_is_a_usage_error() {
        assertThat(run("score", "--questionnaires", questionnaires.toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--answers is required");
    }

    @Test
    void score_with_an_unknown_option_is_a_usage_error() {
        assertThat(run("score", "--answer", "a.json")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown option --answer");
    }

    @Test
    void score_with_a_stray_argument_is_a_usage_error() {
        assertThat(run("score", "answers.json")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unexpected argument 'answers.json'");
    }

    // --- commands and help ------------------------------------------------------------------------

    @Test
    void an_unknown_command_is_a_usage_error_that_lists_the_commands() {
        assertThat(run("scroe")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown command 'scroe'").contains("validate").contains("score").contains("serve");
        assertThat(out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "score", "serve"})
    void help_on_every_command_says_what_it_does_and_shows_an_example(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out()).startsWith("Usage: java -jar digitalcheck.jar " + command)
                .contains("Example:")
                .contains("java -jar digitalcheck.jar " + command + " ");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "score", "serve"})
    void help_before_the_command_shows_the_same(String command) {
        assertThat(run("help", command)).isZero();

        assertThat(out()).startsWith("Usage: java -jar digitalcheck.jar " + command).contains("Example:");
    }

    @Test
    void help_without_a_command_lists_every_command() {
        assertThat(run("--help")).isZero();

        assertThat(out()).contains("validate").contains("score").contains("serve").contains("COMMAND --help");
    }
}
