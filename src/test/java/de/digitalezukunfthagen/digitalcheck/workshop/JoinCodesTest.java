package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codes_have_six_characters_without_look_alikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCodes.generate();
            assertThat(code).hasSize(6).matches("[A-Z2-9]{6}").doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void a_typed_code_is_read_in_any_case_and_with_spaces_or_dashes() {
        assertThat(JoinCodes.normalize("k7q mwd")).isEqualTo("K7QMWD");
        assertThat(JoinCodes.normalize("K7Q-MWD")).isEqualTo("K7QMWD");
        assertThat(JoinCodes.normalize("K7QMW")).isNull();
        assertThat(JoinCodes.normalize("K7QMW0")).isNull();
        assertThat(JoinCodes.normalize(null)).isNull();
    }

    @Test
    void reentry_codes_have_two_groups_of_four_without_look_alikes_and_are_read_as_typed() {
        String code = JoinCodes.reentry();
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXYZ234679]{4}-[ACDEFGHJKMNPQRTUVWXYZ234679]{4}");
        assertThat(JoinCodes.normalizeReentry(code.toLowerCase().replace("-", " "))).isEqualTo(code);
        assertThat(JoinCodes.normalizeReentry("KM7Q4WT0")).isNull();
    }

    @Test
    void a_code_made_before_five_and_eight_were_left_out_still_opens_its_workshop() {
        assertThat(JoinCodes.normalize("S5B8KM")).isEqualTo("S5B8KM");
    }
}
