package de.digitalezukunfthagen.digitalcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code recompute-facts}: every stored check scored again into the facts table, on both databases. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RecomputeFactsCommandTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli.Streams io = new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), engine.env());
        return Main.cli(Clock.systemUTC()).run(args, io);
    }

    /** Every row of the facts table as text, in the order of the assessments. */
    private static List<String> facts(Database database) {
        return database.read(conn -> {
            List<String> rows = new ArrayList<>();
            try (var rs = conn.createStatement().executeQuery("""
                    SELECT assessment_id, complete, overall_score, overall_level, scores, plan, contacts FROM assessment_facts
                    ORDER BY assessment_id""")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getObject(3) + " " + rs.getString(4) + " | "
                            + rs.getString(5) + " | " + rs.getString(6) + " | " + rs.getString(7));
                }
            }
            return rows;
        });
    }

    private static int update(Database database, String sql) {
        return database.transaction(conn -> conn.createStatement().executeUpdate(sql));
    }

    @Test
    void stale_facts_are_computed_again_and_an_unreadable_check_keeps_its_own() throws Exception {
        Catalog catalog = TestApp.fixtures();
        List<String> scored;
        try (Database database = engine.open(dir)) {
            Assessments assessments = new Assessments(database, QuestionnaireVersions.record(catalog, database, Clock.systemUTC()),
                    Clock.systemUTC());
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            for (String backups : new String[] {"none", "manual", "auto"}) {
                assessments.create(q, AnswerParser.parse(q, Json.mapper().readTree("""
                        {"industry": "crafts", "employees": 5, "plan": "none", "budget": 0, "tools": ["nothing"], "paper": "most",
                         "backups": "%s"}""".formatted(backups))).answers(), null);
            }
            scored = facts(database);
            assertThat(scored).hasSize(3).allSatisfy(row -> assertThat(row).doesNotContain(" null "));
            // as if the scoring or the contacts had changed since: every stored figure is out of date
            assertThat(update(database, "UPDATE assessment_facts SET overall_score = NULL, overall_level = NULL, scores = '', plan = '', "
                    + "contacts = ''")).isEqualTo(3);
            // and one check's answers no longer fit its questionnaire (edited by hand)
            update(database, "UPDATE assessment SET answers_json = '{\"budget\": \"a lot\"}' WHERE id = (SELECT max(id) FROM assessment)");
        }

        int exit = run("recompute-facts", "--db", engine.location(dir), "--questionnaires", TestApp.FIXTURES.toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("recomputed the facts of 2 assessment(s)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 assessment(s) could not be read and kept their old facts");
        try (Database database = engine.open(dir)) {
            List<String> now = facts(database);
            assertThat(now.subList(0, 2)).isEqualTo(scored.subList(0, 2));
            assertThat(now.get(2)).isNotEqualTo(scored.get(2)).contains(" null null | ");
        }
    }

    @Test
    void the_command_is_listed_with_its_help_and_refuses_a_missing_database_file() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("recompute-facts", "score every stored check again");
        out.reset();
        assertThat(run("recompute-facts", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar digitalcheck.jar recompute-facts [--db FILE|URL]");
        assertThat(run("recompute-facts", "--db", dir.resolve("none.db").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--db: there is no database file");
        assertThat(run("recompute-facts", "--nonsense", "1")).isEqualTo(Cli.USAGE);
    }
}
