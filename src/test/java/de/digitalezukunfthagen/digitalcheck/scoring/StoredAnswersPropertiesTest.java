package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AnswersJson#asStored} is what answers read back as after they were written with the app's
 * JSON mapper, so answers kept in memory after a save equal the ones read from the database later.
 */
class StoredAnswersPropertiesTest {

    private static final Questionnaire Q = load();

    private static Questionnaire load() {
        try {
            Path file = Path.of(StoredAnswersPropertiesTest.class.getResource("/fixtures/properties/props.yaml").toURI());
            QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(file));
            assertThat(outcome.problems()).isEmpty();
            return outcome.questionnaires().get(0);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 500)
    void answers_read_back_from_their_json_as_asStored_says(@ForAll("answers") Answers answers) throws Exception {
        String json = Json.mapper().writeValueAsString(AnswersJson.toJson(answers));
        AnswerParser.Parsed read = AnswerParser.parse(Q, Json.mapper().readTree(json));

        assertThat(read.problems()).isEmpty();
        assertThat(read.answers()).isEqualTo(AnswersJson.asStored(answers));
        assertThat(Json.mapper().writeValueAsString(AnswersJson.toJson(AnswersJson.asStored(answers)))).isEqualTo(json);
    }

    /** The number question in any notation (2.50, 1E+2, 0.5E+3), a choice and free text. */
    @Provide
    Arbitrary<Answers> answers() {
        Arbitrary<BigDecimal> number = Combinators.combine(Arbitraries.integers().between(1, 500), Arbitraries.integers().between(-2, 3))
                .as((digits, scale) -> new BigDecimal(BigInteger.valueOf(digits), scale))
                .filter(n -> n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(500)) <= 0);
        Arbitrary<String> size = Arbitraries.of("small", "medium", "large");
        Arbitrary<String> text = Arbitraries.strings().withChars("aÄöüß €<&\"\\\n\t").ofMaxLength(20);
        return Combinators.combine(number.injectNull(0.2), size.injectNull(0.2), text.injectNull(0.3)).as((employees, choice, notes) -> {
            Map<String, Answer> values = new LinkedHashMap<>();
            if (choice != null) {
                values.put("size", new Answer.Choice(choice));
            }
            if (employees != null) {
                values.put("employees", new Answer.Num(employees));
            }
            if (notes != null) {
                values.put("notes", new Answer.FreeText(notes));
            }
            return new Answers(values);
        });
    }
}
