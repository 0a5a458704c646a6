package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Condition;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.stats.Facts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AssessmentsTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void an_assessment_created_with_answers_and_a_company_opens_by_its_token_only() {
        Catalog catalog = TestApp.fixtures();
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(catalog, db);
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
    void concurrent_saves_to_one_assessment_lose_no_answer() throws Exception {
        Catalog catalog = TestApp.fixtures();
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(catalog, db);
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
            Assessments.Opened opened = assessments.open(token).orElseThrow();
            assertThat(opened.answers().values()).containsOnlyKeys(ids);
            // the facts stored by the last save are those of the answers stored, not of a save that lost a race
            Evaluation fresh = Scorer.evaluate(q, catalog.contacts(), opened.answers());
            Facts expected = Facts.of(q, opened.answers(), fresh, Instant.now(), "online", false);
            assertThat(storedFacts(db)).containsExactly(List.of(String.valueOf(expected.scores().get(Condition.OVERALL)), expected.complete() ? 1 : 0, 0));
        }
    }

    @Test
    void a_save_after_the_check_was_marked_as_a_test_keeps_the_mark_in_its_facts() {
        Catalog catalog = TestApp.fixtures();
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(catalog, db);
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            String token = assessments.create(q, Answers.NONE, null).token();
            assessments.saveAnswers(token, Map.of("industry", new Answer.Choice("crafts")));
            assertThat(new FollowUps(assessments).markTest(token, true)).isTrue();
            assessments.saveAnswers(token, Map.of("plan", new Answer.Choice("written")));
            assertThat(storedFacts(db)).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo(1));
        }
    }

    @Test
    void each_check_keeps_one_facts_row_that_follows_its_answers_and_a_lost_row_comes_back_with_the_next_save() {
        Catalog catalog = TestApp.fixtures();
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(catalog, db);
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            String first = assessments.create(q, Answers.NONE, null).token();
            String second = assessments.create(q, Answers.NONE, null).token();
            assertThat(storedFacts(db)).hasSize(2);

            assessments.saveAnswers(first, Map.of("backups", new Answer.Choice("auto")));
            Assessments.Opened opened = assessments.open(first).orElseThrow();
            String expected = String.valueOf(Facts.of(q, opened.answers(), opened.evaluate(), Instant.now(), "online", false)
                    .scores().get(Condition.OVERALL));
            assertThat(storedFacts(db)).hasSize(2).contains(List.of(expected, 0, 0))
                    .contains(List.of(String.valueOf((Object) null), 0, 0));

            db.transaction(conn -> {
                try (var delete = conn.prepareStatement("DELETE FROM assessment_facts")) {
                    return delete.executeUpdate();
                }
            });
            assessments.saveAnswers(second, Map.of("backups", new Answer.Choice("auto")));
            assertThat(storedFacts(db)).containsExactly(List.of(expected, 0, 0));
        }
    }

    @Test
    void a_save_against_a_row_read_before_another_save_keeps_both_and_one_read_before_a_delete_stores_nothing() {
        Catalog catalog = TestApp.fixtures();
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(catalog, db);
            Questionnaire q = catalog.find("quick-check").orElseThrow();
            String token = assessments.create(q, Answers.NONE, null).token();

            Assessments.Stored before = assessments.stored(token).orElseThrow();
            assertThat(before.questionnaire()).isSameAs(q);
            assessments.saveAnswers(token, Map.of("industry", new Answer.Choice("crafts")));
            Assessments.Opened saved = assessments.saveAnswers(before, Map.of("backups", new Answer.Choice("auto"))).orElseThrow();
            assertThat(saved.answers().values()).containsOnlyKeys("industry", "backups");
            assertThat(assessments.open(token).orElseThrow().answers().values()).containsOnlyKeys("industry", "backups");

            Assessments.Stored beforeDelete = assessments.stored(token).orElseThrow();
            assertThat(assessments.delete(token)).isTrue();
            assertThat(assessments.saveAnswers(beforeDelete, Map.of("plan", new Answer.Choice("written")))).isEmpty();
            assertThat(assessments.stored(token)).isEmpty();
            assertThat(storedFacts(db)).isEmpty();
        }
    }

    private static Assessments assessments(Catalog catalog, Database db) {
        Clock clock = Clock.systemUTC();
        return new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock);
    }

    /** Per facts row: the overall score (tenths, as text), complete and test. */
    private static List<List<Object>> storedFacts(Database db) {
        return db.read(conn -> {
            List<List<Object>> rows = new ArrayList<>();
            try (var select = conn.prepareStatement("SELECT overall_score, complete, test FROM assessment_facts");
                    var rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(String.valueOf(rs.getObject(1) == null ? null : rs.getInt(1)), rs.getInt(2), rs.getInt(3)));
                }
            }
            return rows;
        });
    }

    @Test
    void a_company_name_longer_than_allowed_is_refused() {
        assertThat(Assessments.company("   ")).isNull();
        assertThatThrownBy(() -> Assessments.company("x".repeat(Assessments.MAX_COMPANY_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
