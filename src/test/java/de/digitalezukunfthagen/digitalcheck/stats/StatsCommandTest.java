package de.digitalezukunfthagen.digitalcheck.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats command run in-process on a real database made through {@link Assessments}. */
class StatsCommandTest {
    private static final String COMPANY = "Tischlerei Muster GmbH";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path db() {
        return dir.resolve("check.db");
    }

    /** Stores the answers with the questionnaire {@code yaml} as the app would; returns the tokens. */
    private List<String> store(String yaml, List<Answers> answers, String origin) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("questionnaires"));
        Files.writeString(folder.resolve("check.yaml"), yaml);
        Catalog catalog = QuestionnaireLoader.loadDirectory(folder);
        List<String> tokens = new ArrayList<>();
        try (Database database = Database.open(db())) {
            Assessments assessments = new Assessments(database, QuestionnaireVersions.record(catalog, database, Clock.systemUTC()), Clock.systemUTC());
            for (Answers a : answers) {
                tokens.add(assessments.create(catalog.find("check").orElseThrow(), a, COMPANY, origin).token());
            }
        }
        return tokens;
    }

    private List<String> storeTen() throws Exception {
        List<Answers> answers = new ArrayList<>(StatsFixture.tenCompanies());
        answers.add(StatsFixture.incomplete());
        return store(StatsFixture.YAML, answers, "online");
    }

    private int run(String... args) {
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return Main.cli().run(args, io);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("stats", "--db", db().toString(), "--format", "json"));
        all.addAll(List.of(args));
        assertThat(run(all.toArray(String[]::new))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.mapper().readTree(out());
    }

    private static JsonNode score(JsonNode group, String id) {
        for (JsonNode s : group.get("scores")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no score " + id);
    }

    @Test
    void the_text_output_summarises_the_complete_assessments_without_names_or_free_text() throws Exception {
        storeTen();

        int code = run("stats", "--db", db().toString());

        assertThat(code).isZero();
        assertThat(out())
                .contains("Test-Check (check): 10 abgeschlossene Checks")
                .contains("== Alle Betriebe: 10 Betriebe ==")
                .contains("Strategie: Mittelwert 65,0, Median 75,0")
                .contains("Gesamtergebnis: Mittelwert 62,5, Median 75,0")
                .containsPattern("Handwerk +5 +50,0 %")
                .containsPattern("Zeit +6 +60,0 %")
                .containsPattern("Geld +< 5\n")
                .doesNotContain(COMPANY).doesNotContain("Tischlerei").doesNotContain(StatsFixture.SECRET_REMARK);
    }

    @Test
    void english_json_gives_the_figures_for_further_processing_with_suppressed_counts_as_null() throws Exception {
        storeTen();

        JsonNode root = json("--lang", "en");

        assertThat(root.get("k").asInt()).isEqualTo(5);
        JsonNode q = root.get("questionnaires").get(0);
        assertThat(q.get("title").asText()).isEqualTo("Test check");
        assertThat(q.get("assessments").asInt()).isEqualTo(10);
        JsonNode all = q.get("groups").get(0);
        assertThat(score(all, "strategy").get("mean").decimalValue()).isEqualByComparingTo("65.0");
        JsonNode low = score(all, "data").get("levels").get(0);
        assertThat(low.get("label").asText()).isEqualTo("Low");
        assertThat(low.get("count").isNull()).isTrue();
        assertThat(low.get("suppressed").asBoolean()).isTrue();
        assertThat(out()).doesNotContain(COMPANY).doesNotContain(StatsFixture.SECRET_REMARK);
    }

    @Test
    void csv_is_for_german_excel_with_bom_semicolons_and_crlf() throws Exception {
        storeTen();

        assertThat(run("stats", "--db", db().toString(), "--format", "csv")).isZero();

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"Fragebogen\";\"Gruppe\";\"Betriebe in der Gruppe\";").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).contains("\"check\";\"Alle Betriebe\";\"10\";\"Ergebnis\";\"strategy\";\"Strategie\";\"\";\"\";\"\";\"\";\"65,0\";\"75,0\"\r\n")
                .contains("\"Profil\";\"obstacles\";\"Hemmnisse\";\"money\";\"Geld\";\"< 5\";\"\";\"\";\"\"\r\n")
                .doesNotContain(COMPANY).doesNotContain(StatsFixture.SECRET_REMARK);
    }

    @Test
    void a_breakdown_by_industry_shows_each_sector_with_five_companies() throws Exception {
        storeTen();

        JsonNode q = json("--by", "industry", "--questionnaire", "check").get("questionnaires").get(0);

        assertThat(q.get("by").get("question").asText()).isEqualTo("industry");
        assertThat(q.get("groups")).extracting(g -> g.get("id").asText()).containsExactly(Summary.ALL, "crafts", "trade");
        assertThat(score(q.get("groups").get(2), "strategy").get("mean").decimalValue()).isEqualByComparingTo("60.0");
    }

    @Test
    void deleted_assessments_are_gone_from_the_summary() throws Exception {
        List<String> tokens = store(StatsFixture.YAML, StatsFixture.copies(5, StatsFixture.company("crafts", 3, "done", "daily")), "online");
        assertThat(json().get("questionnaires").get(0).get("assessments").asInt()).isEqualTo(5);

        try (Database database = Database.open(db())) {
            Catalog catalog = QuestionnaireLoader.loadDirectory(dir.resolve("questionnaires"));
            assertThat(new Assessments(database, QuestionnaireVersions.record(catalog, database, Clock.systemUTC()), Clock.systemUTC()).delete(tokens.get(0))).isTrue();
        }
        out.reset();

        JsonNode q = json().get("questionnaires").get(0);
        assertThat(q.get("assessments").isNull()).isTrue();
        assertThat(q.get("suppressed").asBoolean()).isTrue();
        assertThat(q.get("groups")).isEmpty();
    }

    @Test
    void an_old_assessment_is_scored_with_its_own_version_not_with_todays_file() throws Exception {
        Answers some = StatsFixture.company("crafts", 3, "some", "daily");
        store(StatsFixture.YAML, StatsFixture.copies(5, some), "workshop");
        // version 2 gives "some" full points; the file of version 1 is gone
        store(StatsFixture.YAML.replace("version: 1", "version: 2")
                .replace("{id: some, label: S, points: 1}", "{id: some, label: S, points: 2}"), List.of(), "online");

        JsonNode all = json().get("questionnaires").get(0).get("groups").get(0);

        assertThat(score(all, "strategy").get("mean").decimalValue()).isEqualByComparingTo("50.0");
    }

    @Test
    void the_database_is_only_read() throws Exception {
        storeTen();
        byte[] before = Files.readAllBytes(db());

        assertThat(run("stats", "--db", db().toString())).isZero();

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db()))))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(before)));
    }

    @Test
    void a_missing_database_is_an_error_and_is_not_created() {
        Path missing = dir.resolve("nope.db");

        assertThat(run("stats", "--db", missing.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no database file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void wrong_options_exit_with_64() throws Exception {
        storeTen();
        String db = db().toString();

        assertThat(run("stats", "--db", db, "--format", "xlsx")).isEqualTo(Cli.USAGE);
        assertThat(run("stats", "--db", db, "--lang", "fr")).isEqualTo(Cli.USAGE);
        assertThat(run("stats", "--db", db, "--by", "remarks")).isEqualTo(Cli.USAGE);
        assertThat(run("stats", "--db", db, "--by", "obstacles")).isEqualTo(Cli.USAGE);
        assertThat(run("stats", "--db", db, "--questionnaire", "quick-check")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("known: check").contains("--by");
        assertThat(out()).isEmpty();
    }

    @Test
    void help_explains_the_options_and_gives_an_example() {
        assertThat(run("stats", "--help")).isZero();

        assertThat(out()).contains("--format", "--by", "--lang", "--questionnaire", "< 5", "Example:", "stats --db");
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("stats");
    }
}
