package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Fixtures;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer.Choice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path dir;

    private Questionnaire quick(String yaml) throws Exception {
        Path sub = Files.createTempDirectory(dir, "v");
        return Fixtures.questionnaire(sub, yaml);
    }

    private static Result score(Questionnaire q, String plan, String backups) {
        return Scorer.score(q, List.of(), new Answers(Map.of("plan", new Choice(plan), "backups", new Choice(backups))));
    }

    @Test
    void a_newer_version_with_other_points_in_one_area_compares_only_the_areas_that_stayed_the_same() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/fixtures/questionnaires/quick-check.yaml")).replace("id: quick-check", "id: check");
        Questionnaire v1 = quick(yaml);
        Questionnaire v2 = quick(yaml.replace("version: 1", "version: 2")
                .replace("{id: manual, label: {de: \"Manuell, unregelmäßig\", en: \"By hand, now and then\"}, points: 1}",
                        "{id: manual, label: {de: \"Manuell, unregelmäßig\", en: \"By hand, now and then\"}, points: 2}"));
        assertThat(v2.version()).isEqualTo(2);

        Progress p = Progress.of(v1, score(v1, "none", "manual"), v2, score(v2, "written", "manual"));

        assertThat(p.sameVersion()).isFalse();
        assertThat(p.notComparable()).containsExactly("security");
        assertThat(p.dimensions()).extracting(Progress.Change::id).containsExactly("strategy", "processes");
        assertThat(p.overall()).as("the overall score mixes in the changed area").isNull();
        Progress.Change strategy = p.dimensions().get(0);
        assertThat(strategy.delta()).isPositive();
        assertThat(strategy.scoreDirection()).isEqualTo(Progress.Direction.UP);
    }

    @Test
    void the_same_version_compares_everything_and_a_lower_score_is_a_step_down() throws Exception {
        Questionnaire q = quick(Files.readString(Path.of("src/test/resources/fixtures/questionnaires/quick-check.yaml")).replace("id: quick-check", "id: check"));
        Progress p = Progress.of(q, score(q, "written", "auto"), q, score(q, "written", "manual"));
        assertThat(p.notComparable()).isEmpty();
        assertThat(p.overall()).isNotNull();
        Progress.Change security = p.dimensions().stream().filter(c -> c.id().equals("security")).findFirst().orElseThrow();
        assertThat(security.delta()).isEqualByComparingTo("-66.7");
        assertThat(security.levelDirection()).isEqualTo(Progress.Direction.DOWN);
        assertThat(p.stepsDone()).isEmpty();
    }
}
