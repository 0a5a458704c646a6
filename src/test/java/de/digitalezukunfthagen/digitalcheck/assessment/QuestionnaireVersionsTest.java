package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireVersionsTest {
    @TempDir
    Path dir;

    private Path copyFixtures() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("questionnaires"));
        try (Stream<Path> files = Files.list(TestApp.FIXTURES)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static Catalog load(Path folder) throws Exception {
        return QuestionnaireLoader.loadDirectory(folder);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void every_loaded_version_is_recorded_once_with_its_text() throws Exception {
        Path folder = copyFixtures();
        try (Database db = Database.open(dir.resolve("a.db"))) {
            QuestionnaireVersions.record(load(folder), db, Clock.systemUTC());
            QuestionnaireVersions.record(load(folder), db, Clock.systemUTC()); // a second start changes nothing
            int rows = db.read(conn -> {
                try (var rs = conn.createStatement().executeQuery("SELECT count(*), min(length(source_yaml)) FROM questionnaire_snapshot")) {
                    rs.next();
                    assertThat(rs.getInt(2)).isGreaterThan(100);
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(2);
        }
    }

    @Test
    void an_old_assessment_opens_and_scores_with_the_version_it_was_answered_with() throws Exception {
        Path folder = copyFixtures();
        Path file = folder.resolve("quick-check.yaml");
        String token;
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments v1 = new Assessments(db, QuestionnaireVersions.record(load(folder), db, Clock.systemUTC()), Clock.systemUTC());
            token = v1.create(load(folder).find("quick-check").orElseThrow(),
                    new Answers(Map.of("backups", new Answer.Choice("manual"))), null).token();
        }
        // version 2 gives manual backups 3 points out of 3 and drops the "dunno" option
        edit(file, "version: 1", "version: 2");
        edit(file, "{id: manual, label: {de: \"Manuell, unregelmäßig\", en: \"By hand, now and then\"}, points: 1}",
                "{id: manual, label: {de: \"Manuell, unregelmäßig\", en: \"By hand, now and then\"}, points: 3}");
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments v2 = new Assessments(db, QuestionnaireVersions.record(load(folder), db, Clock.systemUTC()), Clock.systemUTC());
            Assessments.Opened old = v2.open(token).orElseThrow();
            assertThat(old.questionnaire().version()).isEqualTo(1);
            assertThat(old.result().dimension("security").score()).isEqualByComparingTo("33.3");
            Assessments.Opened fresh = v2.create(v2.versions().current("quick-check").orElseThrow(),
                    new Answers(Map.of("backups", new Answer.Choice("manual"))), null).opened();
            assertThat(fresh.questionnaire().version()).isEqualTo(2);
            assertThat(fresh.result().dimension("security").score()).isEqualByComparingTo("100.0");
            // answers to the old assessment are still checked against its own version
            assertThat(v2.saveAnswers(token, Map.of("backups", new Answer.Choice("auto"))).orElseThrow()
                    .result().dimension("security").score()).isEqualByComparingTo("100.0");
        }
    }

    @Test
    void a_file_that_changed_its_content_but_not_its_version_stops_the_start_and_says_what_to_do() throws Exception {
        Path folder = copyFixtures();
        Path file = folder.resolve("quick-check.yaml");
        try (Database db = Database.open(dir.resolve("a.db"))) {
            QuestionnaireVersions.record(load(folder), db, Clock.systemUTC());
        }
        edit(file, "points: 3}", "points: 4}");
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Catalog changed = load(folder);
            assertThatThrownBy(() -> de.digitalezukunfthagen.digitalcheck.App.create(
                    new de.digitalezukunfthagen.digitalcheck.common.AppConfig(0, dir.resolve("a.db"), folder), changed, db, Clock.systemUTC()))
                    .isInstanceOf(QuestionnaireVersionConflictException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("'quick-check' version 1")
                    .hasMessageContaining("version: 2");
        }
        // a reformatted file (comments, layout) keeps its fingerprint and starts fine
        edit(file, "points: 4}", "points: 3}");
        Files.writeString(file, "# reformatted\n" + Files.readString(file));
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertThat(QuestionnaireVersions.record(load(folder), db, Clock.systemUTC()).current()).hasSize(2);
        }
    }

    @Test
    void serve_exits_with_1_and_names_the_file_when_a_version_conflicts() throws Exception {
        Path folder = copyFixtures();
        Path db = dir.resolve("serve.db");
        try (Database database = Database.open(db)) {
            QuestionnaireVersions.record(load(folder), database, Clock.systemUTC());
        }
        edit(folder.resolve("digital-check.yaml"), "{id: auto, label: {de: Automatisch, en: Automatically}}",
                "{id: auto, label: {de: Automatisch und täglich, en: Automatically}}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.cli().run(new String[] {"serve", "--port", "0", "--db", db.toString(), "--questionnaires", folder.toString()},
                new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("digital-check.yaml").contains("version: 2");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("runs at");
    }
}
