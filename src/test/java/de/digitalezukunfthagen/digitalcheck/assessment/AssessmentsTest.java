package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentsTest {
    @TempDir
    Path dir;

    @Test
    void an_assessment_created_with_answers_and_a_company_opens_by_its_token_only() {
        Catalog catalog = TestApp.fixtures();
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments assessments = new Assessments(db, QuestionnaireVersions.record(catalog, db, Clock.systemUTC()), Clock.systemUTC());
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            Assessments.Created created = assessments.create(q, new Answers(Map.of("backups", new Answer.Choice("auto"))),
                    " Tischlerei\tMuster ", "workshop");
            Assessments.Opened opened = assessments.open(created.token()).orElseThrow();
            assertThat(opened.assessment().company()).isEqualTo("Tischlerei Muster");
            assertThat(opened.assessment().origin()).isEqualTo("workshop");
            assertThat(opened.assessment().fingerprint()).isEqualTo(q.fingerprint());
            assertThat(opened.answers().get("backups")).isEqualTo(new Answer.Choice("auto"));
            assertThat(opened.result().dimension("security").score()).isEqualByComparingTo("100.0");
            assertThat(assessments.open("AAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
            assertThat(assessments.open(created.token().toLowerCase())).isEmpty();
        }
    }

    @Test
    void the_database_file_never_contains_the_token_and_forgets_deleted_answers() throws Exception {
        Catalog catalog = TestApp.fixtures();
        Path file = dir.resolve("a.db");
        String token;
        String secret = "Unverwechselbarer Freitext Quastenflosser";
        try (Database db = Database.open(file)) {
            Assessments assessments = new Assessments(db, QuestionnaireVersions.record(catalog, db, Clock.systemUTC()), Clock.systemUTC());
            token = assessments.create(catalog.find("quick-check").orElseThrow(),
                    new Answers(Map.of("notes", new Answer.FreeText(secret))), null).token();
            assertThat(assessments.delete(token)).isTrue();
            assertThat(assessments.delete(token)).isFalse();
            assertThat(assessments.open(token)).isEmpty();
        }
        for (Path f : new Path[] {file, dir.resolve("a.db-wal")}) {
            if (Files.exists(f)) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                // a word, not digits: a stored timestamp in milliseconds may contain any four digits
                assertThat(bytes).doesNotContain(token).doesNotContain("Quastenflosser");
            }
        }
    }

    @Test
    void concurrent_saves_to_one_assessment_lose_no_answer() throws Exception {
        Catalog catalog = TestApp.fixtures();
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments assessments = new Assessments(db, QuestionnaireVersions.record(catalog, db, Clock.systemUTC()), Clock.systemUTC());
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            String token = assessments.create(q, Answers.NONE, null).token();
            String[] ids = {"industry", "plan", "paper", "backups"};
            String[] options = {"crafts", "written", "little", "auto"};
            Thread[] threads = new Thread[ids.length];
            for (int i = 0; i < ids.length; i++) {
                int n = i;
                threads[i] = new Thread(() -> {
                    for (int k = 0; k < 25; k++) {
                        Map<String, Answer> change = new HashMap<>();
                        change.put(ids[n], new Answer.Choice(options[n]));
                        assessments.saveAnswers(token, change);
                    }
                });
                threads[i].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(assessments.open(token).orElseThrow().answers().values()).containsOnlyKeys(ids);
        }
    }

    @Test
    void a_company_name_longer_than_allowed_is_refused() {
        assertThat(Assessments.company("   ")).isNull();
        assertThatThrownBy(() -> Assessments.company("x".repeat(Assessments.MAX_COMPANY_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
