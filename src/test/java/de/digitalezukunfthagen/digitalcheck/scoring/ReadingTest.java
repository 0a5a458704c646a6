package de.digitalezukunfthagen.digitalcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingTest {
    private static Result result(String... scores) {
        List<Result.DimensionScore> dimensions = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            dimensions.add(new Result.DimensionScore("d" + i, scores[i] == null ? null : new BigDecimal(scores[i]), null, 1, List.of()));
        }
        return new Result(new Result.QuestionnaireRef("q", 1), true, List.of(), new Result.Score(null, null, List.of()),
                dimensions, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> ids(List<Result.DimensionScore> dimensions) {
        return dimensions.stream().map(Result.DimensionScore::id).toList();
    }

    @Test
    void the_two_strongest_and_the_two_weakest_areas_are_named_with_everything_tied_to_them() {
        Result r = result("80.0", "60.0", "60.0", "40.0", "20.0", null);
        assertThat(Reading.ends(r)).isEqualTo(2);
        assertThat(ids(Reading.strongest(r, 2))).containsExactly("d0", "d1", "d2");
        assertThat(ids(Reading.weakest(r, 2))).containsExactly("d4", "d3");
    }

    @Test
    void when_ties_would_put_an_area_among_the_strongest_and_the_weakest_none_is_named() {
        assertThat(Reading.ends(result("0.0", "0.0", "0.0", "0.0", "0.0"))).isZero();
        assertThat(Reading.ends(result("50.0", "50.0", "50.0", "10.0"))).isZero();
    }

    @Test
    void fewer_than_three_assessed_areas_name_none_and_three_name_one_each() {
        assertThat(Reading.ends(result("80.0", "20.0", null))).isZero();
        assertThat(Reading.ends(result("80.0", "50.0", "20.0"))).isEqualTo(1);
    }
}
