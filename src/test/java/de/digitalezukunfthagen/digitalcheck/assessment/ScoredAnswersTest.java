package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored answers are parsed and scored once, and never shown stale: not after a save, not when a
 * second app instance on the same database changed them, not after the entry was pushed out.
 */
class ScoredAnswersTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final Catalog catalog = TestApp.fixtures();
    private final Questionnaire quick = catalog.find("quick-check").orElseThrow();

    @Test
    void a_second_instance_sees_the_answers_the_first_one_saved_and_the_first_sees_the_second_ones() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments first = new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock);
            Assessments second = new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock);
            String token = first.create(quick, new Answers(Map.of("backups", new Answer.Choice("auto"))), null).token();
            assertThat(second.open(token).orElseThrow().result().dimension("security").score()).isEqualByComparingTo("100.0");

            second.saveAnswers(token, Map.of("backups", new Answer.Choice("none")));
            Assessments.Opened seenByFirst = first.open(token).orElseThrow();

            assertThat(seenByFirst.answers().get("backups")).isEqualTo(new Answer.Choice("none"));
            assertThat(seenByFirst.result()).isEqualTo(Scorer.score(quick, catalog.contacts(), seenByFirst.answers()));
            assertThat(seenByFirst.result().dimension("security").score()).isEqualByComparingTo("0.0");

            first.saveAnswers(token, Map.of("backups", new Answer.Choice("manual")));
            assertThat(second.open(token).orElseThrow().answers().get("backups")).isEqualTo(new Answer.Choice("manual"));
        }
    }

    @Test
    void a_save_answers_with_what_a_fresh_read_of_the_stored_answers_gives() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments assessments = new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock);
            String token = assessments.create(quick, Answers.NONE, "Tischlerei").token();
            // 1E+1 is stored as 10 and reads back as 10: the saved assessment must say 10 too
            Assessments.Opened saved = assessments.saveAnswersAndCompany(token, Map.of(
                    "employees", new Answer.Num(new BigDecimal("1E+1")),
                    "budget", new Answer.Num(new BigDecimal("2.50")),
                    "backups", new Answer.Choice("auto")), "Tischlerei Muster").orElseThrow();

            Assessments.Opened fresh = new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock).open(token).orElseThrow();

            assertThat(saved.answers()).isEqualTo(fresh.answers());
            assertThat(saved.answers().get("employees")).isEqualTo(new Answer.Num(new BigDecimal("10")));
            assertThat(saved.evaluate()).isEqualTo(fresh.evaluate());
            assertThat(saved.assessment()).isEqualTo(fresh.assessment());
            assertThat(assessments.open(token).orElseThrow().assessment()).isEqualTo(fresh.assessment());
        }
    }

    @Test
    void an_assessment_pushed_out_of_memory_is_read_and_scored_again() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Assessments assessments = new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock, 2);
            List<String> tokens = List.of(
                    assessments.create(quick, new Answers(Map.of("backups", new Answer.Choice("auto"))), null).token(),
                    assessments.create(quick, new Answers(Map.of("backups", new Answer.Choice("none"))), null).token(),
                    assessments.create(quick, new Answers(Map.of("backups", new Answer.Choice("manual"))), null).token());

            assertThat(assessments.open(tokens.get(0)).orElseThrow().answers().get("backups")).isEqualTo(new Answer.Choice("auto"));
            assertThat(assessments.open(tokens.get(1)).orElseThrow().answers().get("backups")).isEqualTo(new Answer.Choice("none"));
            assertThat(assessments.open(tokens.get(2)).orElseThrow().answers().get("backups")).isEqualTo(new Answer.Choice("manual"));
        }
    }

    @Test
    void memory_holds_at_most_its_capacity_and_drops_the_entry_used_longest_ago() {
        ScoredAnswers scored = new ScoredAnswers(2);
        Answers answers = Answers.NONE;
        ScoredAnswers.Scored entry = new ScoredAnswers.Scored("{}", quick, catalog.contacts(), answers,
                Scorer.evaluate(quick, catalog.contacts(), answers));
        scored.put("a", entry);
        scored.put("b", entry);
        scored.find("a", "{}", quick, catalog.contacts());
        scored.put("c", entry);

        assertThat(scored.size()).isEqualTo(2);
        assertThat(scored.find("a", "{}", quick, catalog.contacts())).isNotNull();
        assertThat(scored.find("b", "{}", quick, catalog.contacts())).isNull();
        assertThat(scored.find("c", "{}", quick, catalog.contacts())).isNotNull();
    }

    @Test
    void an_entry_counts_only_for_the_same_answers_text_questionnaire_and_contacts() {
        ScoredAnswers scored = new ScoredAnswers(10);
        Answers answers = Answers.NONE;
        scored.put("a", new ScoredAnswers.Scored("{}", quick, catalog.contacts(), answers,
                Scorer.evaluate(quick, catalog.contacts(), answers)));

        assertThat(scored.find("a", "{}", quick, catalog.contacts())).isNotNull();
        assertThat(scored.find("a", "{\"backups\":\"auto\"}", quick, catalog.contacts())).isNull();
        assertThat(scored.find("a", "{}", quick, List.of())).isNull();
        assertThat(scored.find("a", "{}", catalog.find("digital-check").orElse(null), catalog.contacts())).isNull();
        assertThat(scored.find("b", "{}", quick, catalog.contacts())).isNull();
    }
}
