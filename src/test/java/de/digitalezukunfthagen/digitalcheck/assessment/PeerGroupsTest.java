package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.ManualClock;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.stats.Facts;
import de.digitalezukunfthagen.digitalcheck.stats.PeerGroups;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The peer groups kept in memory ({@link PeerGroups}) against reading the facts table on every view
 * ({@link Peers#of}): the same figures, the K rule, and when a newly stored check shows.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PeerGroupsTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private final Catalog catalog = TestApp.fixtures();
    private final Questionnaire q = catalog.find("quick-check").orElseThrow();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T10:00:00Z"));

    private Answers firm(String industry, int employees, String backups) {
        String json = """
                {"industry": "%s", "employees": %d, "plan": "ideas", "plan-owner": "owner", "budget": 2, "tools": ["erp"],
                 "paper": "some"%s}""".formatted(industry, employees, backups == null ? "" : ", \"backups\": \"" + backups + "\"");
        try {
            AnswerParser.Parsed parsed = AnswerParser.parse(q, Json.mapper().readTree(json));
            assertThat(parsed.problems()).isEmpty();
            return parsed.answers();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Facts facts(Assessments.Opened opened) {
        return Facts.of(opened.questionnaire(), opened.answers(), opened.evaluate(), opened.assessment().createdAt(),
                opened.assessment().origin(), false);
    }

    /** What the app shows for {@code token}: the kept groups. */
    private static Optional<Peers> kept(Assessments assessments, String token) {
        Assessments.Opened opened = assessments.open(token).orElseThrow();
        return assessments.peers(facts(opened), opened.rowId());
    }

    /** What the facts table says right now. */
    private static Optional<Peers> fresh(Assessments assessments, String token) {
        Assessments.Opened opened = assessments.open(token).orElseThrow();
        return assessments.readFacts(conn -> Peers.of(conn, facts(opened), opened.rowId()));
    }

    private Assessments assessments(Database db) {
        return new Assessments(db, QuestionnaireVersions.record(catalog, db, clock), clock);
    }

    @Test
    void the_kept_groups_give_the_same_figures_as_reading_the_facts_table_for_every_firm_and_scope() {
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(db);
            List<String> tokens = new ArrayList<>();
            String[] backups = {"none", "manual", "auto"};
            for (int i = 0; i < 14; i++) {
                String industry = i % 3 == 0 ? "services" : "crafts";
                int employees = i % 4 == 0 ? 40 : 5;
                tokens.add(assessments.create(q, firm(industry, employees, backups[i % 3]), null).token());
            }
            // a test and an unfinished check count nowhere
            assessments.create(q, firm("crafts", 5, "auto"), null, Assessments.ORIGIN_ONLINE, null, true);
            assessments.create(q, Answers.NONE, null);
            for (String token : tokens) {
                kept(assessments, token); // fills the kept groups, the firm itself in them
            }
            Map<Peers.Scope, Integer> scopes = new HashMap<>();
            for (String token : tokens) {
                Optional<Peers> expected = fresh(assessments, token);
                assertThat(kept(assessments, token)).isEqualTo(expected);
                expected.ifPresent(p -> scopes.merge(p.scope(), 1, Integer::sum));
            }
            // the firms fell into more than one kind of group, so the fallbacks were compared too
            assertThat(scopes.keySet()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void a_firm_is_never_counted_in_its_own_group_so_four_others_show_nothing() {
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(db);
            String own = assessments.create(q, firm("crafts", 5, "manual"), null).token();
            List<String> others = new ArrayList<>();
            for (String backups : new String[] {"none", "none", "auto", "auto"}) {
                others.add(assessments.create(q, firm("crafts", 7, backups), null).token());
            }
            // the kept group has five firms, and each of them sees only four others
            assertThat(kept(assessments, own)).isEmpty();
            for (String other : others) {
                assertThat(kept(assessments, other)).isEmpty();
            }
            assertThat(fresh(assessments, own)).isEmpty();
        }
    }

    @Test
    void a_complete_check_stored_by_this_instance_counts_at_once() {
        try (Database db = engine.open(dir)) {
            Assessments assessments = assessments(db);
            String own = assessments.create(q, firm("crafts", 5, "manual"), null).token();
            for (String backups : new String[] {"none", "none", "manual", "auto"}) {
                assessments.create(q, firm("crafts", 7, backups), null);
            }
            String fifth = assessments.create(q, firm("crafts", 7, null), null).token();
            assertThat(kept(assessments, own)).isEmpty();

            // the unfinished fifth check is completed: the next view counts it, without waiting
            assessments.saveAnswers(fifth, Map.of("backups", new Answer.Choice("auto")));
            Peers peers = kept(assessments, own).orElseThrow();
            assertThat(peers.firms()).isEqualTo(5);
            assertThat(peers.scope()).isEqualTo(Peers.Scope.INDUSTRY_AND_SIZE);
            assertThat(Optional.of(peers)).isEqualTo(fresh(assessments, own));

            // and it leaves the group at once when it is no longer complete
            Map<String, Answer> removed = new HashMap<>();
            removed.put("backups", null);
            assessments.saveAnswers(fifth, removed);
            assertThat(kept(assessments, own)).isEmpty();
        }
    }

    @Test
    void a_complete_check_stored_by_another_instance_counts_after_the_lifetime_of_the_kept_group() {
        try (Database db = engine.open(dir)) {
            Assessments here = assessments(db);
            Assessments elsewhere = assessments(db);
            String own = here.create(q, firm("crafts", 5, "manual"), null).token();
            for (String backups : new String[] {"none", "none", "manual", "auto"}) {
                here.create(q, firm("crafts", 7, backups), null);
            }
            assertThat(kept(here, own)).isEmpty();

            elsewhere.create(q, firm("crafts", 7, "auto"), null);
            assertThat(fresh(here, own)).isPresent();
            clock.forward(PeerGroups.LIFETIME.minus(Duration.ofSeconds(1)));
            assertThat(kept(here, own)).isEmpty();

            clock.forward(Duration.ofSeconds(1));
            assertThat(kept(here, own)).isEqualTo(fresh(here, own)).hasValueSatisfying(p -> assertThat(p.firms()).isEqualTo(5));
        }
    }
}
