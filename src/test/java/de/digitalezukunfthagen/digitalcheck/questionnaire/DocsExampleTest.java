package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the author guide honest: its example files are valid, the guide shows them exactly as they
 * are, and the figures of its worked example are the ones the engine computes.
 */
class DocsExampleTest {
    static final Path EXAMPLE = Path.of("docs/example");
    static final Path GUIDE = Path.of("docs/questionnaire-format.md");

    private static QuestionnaireLoader.Outcome outcome;

    @BeforeAll
    static void load() {
        outcome = QuestionnaireLoader.load(List.of(EXAMPLE));
    }

    @Test
    void the_example_is_valid() {
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.questionnaires()).extracting(Questionnaire::id).containsExactly("betriebs-check");
        assertThat(outcome.contacts()).extracting(Contact::id).containsExactly("hwk-dortmund", "wirtschaftsfoerderung-hagen",
                "beispiel-it-service");
    }

    @Test
    void the_guide_shows_the_example_files_as_they_are() throws IOException {
        String guide = Files.readString(GUIDE);
        for (String name : List.of("betriebs-check.yaml", "contacts.yaml")) {
            String file = Files.readString(EXAMPLE.resolve(name));
            assertThat(file).as(name).startsWith("# yaml-language-server: $schema=../../questionnaires/schema.json\n");
            // in the guide the files stand in questionnaires/, beside the schema
            String asInQuestionnaires = file.replaceFirst("^# yaml-language-server: \\$schema=\\.\\./\\.\\./questionnaires/schema\\.json",
                    "# yaml-language-server: \\$schema=schema.json");
            assertThat(guide).as("the guide shows docs/example/%s", name).contains("```yaml\n" + asInQuestionnaires + "```");
        }
        assertThat(guide).contains("```json\n" + Files.readString(EXAMPLE.resolve("antworten.json")) + "```");
    }

    @Test
    void the_worked_example_has_the_guides_figures() throws IOException {
        Result result = score(Json.mapper().readTree(Files.readString(EXAMPLE.resolve("antworten.json"))));
        assertThat(result.complete()).isTrue();
        assertThat(result.overall().score()).isEqualByComparingTo("42.6");
        // Entdecker by the score, Einsteiger because of the cap on the missing backup
        assertThat(result.overall().level()).isEqualTo("einsteiger");
        assertThat(result.overall().cappedBy()).containsExactly("ohne-datensicherung");
        assertDimension(result, "strategie", "61.1", "entdecker", 3);
        assertDimension(result, "sicherheit", "33.3", "einsteiger", 1);
        assertThat(result.recommendations()).extracting(Result.TriggeredRecommendation::id)
                .containsExactly("datensicherung", "digitalplan-schreiben");
        assertThat(result.contacts()).extracting(Result.MatchedContact::id, Result.MatchedContact::relevance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hwk-dortmund", 5),
                        org.assertj.core.groups.Tuple.tuple("wirtschaftsfoerderung-hagen", 2));
        assertThat(result.plan()).containsExactly("datensicherung", "digitalplan-schreiben");
        assertThat(result.companies()).extracting(Result.MatchedCompany::id, Result.MatchedCompany::because)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("beispiel-it-service", List.of("datensicherung")));
        assertThat(result.unknown()).isEmpty();
    }

    @Test
    void the_guides_variants_have_the_guides_figures() throws IOException {
        JsonNode base = Json.mapper().readTree(Files.readString(EXAMPLE.resolve("antworten.json")));

        ObjectNode dontKnow = base.deepCopy();
        ((ObjectNode) dontKnow.get("answers")).put("digitalplan", "weiss-nicht");
        Result dontKnowResult = score(dontKnow);
        assertThat(dontKnowResult.dimension("strategie").score()).isEqualByComparingTo("44.4");
        assertThat(dontKnowResult.unknown()).containsExactly("digitalplan");

        ObjectNode small = base.deepCopy();
        ((ObjectNode) small.get("answers")).put("beschaeftigte", 5);
        Result smallResult = score(small);
        assertDimension(smallResult, "strategie", "75.0", "vorreiter", 2);
        assertThat(smallResult.overall().score()).isEqualByComparingTo("47.2");
        assertThat(smallResult.overall().level()).isEqualTo("einsteiger");

        ObjectNode all = base.deepCopy();
        ((ObjectNode) all.get("answers")).putArray("schutz").add("backup").add("updates").add("passwoerter");
        Result allResult = score(all);
        assertThat(allResult.dimension("sicherheit").score()).isEqualByComparingTo("100");
        assertThat(allResult.overall().cappedBy()).isEmpty();

        ObjectNode none = base.deepCopy();
        ((ObjectNode) none.get("answers")).putArray("schutz").add("keine");
        assertDimension(score(none), "sicherheit", "0", "einsteiger", 1);
    }

    private static Result score(JsonNode answers) {
        Catalog catalog = outcome.catalog();
        AnswersJson.Document document = AnswersJson.read(catalog, answers);
        assertThat(document.problems()).isEmpty();
        return Scorer.score(document.questionnaire(), catalog.contacts(), document.answers());
    }

    private static void assertDimension(Result result, String id, String score, String level, int counted) {
        Result.DimensionScore dimension = result.dimension(id);
        assertThat(dimension.score()).as(id).isEqualByComparingTo(new BigDecimal(score));
        assertThat(dimension.level()).as(id).isEqualTo(level);
        assertThat(dimension.counted()).as(id).isEqualTo(counted);
    }
}
