package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesHaveSixCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCodes.generate();
            assertThat(code).hasSize(6).matches("[A-Z2-9]{6}").doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void aTypedCodeIsReadInAnyCaseAndWithSpacesOrDashes() {
        assertThat(JoinCodes.normalize("k7q mwd")).isEqualTo("K7QMWD");
        assertThat(JoinCodes.normalize("K7Q-MWD")).isEqualTo("K7QMWD");
        assertThat(JoinCodes.normalize("K7QMW")).isNull();
        assertThat(JoinCodes.normalize("K7QMW0")).isNull();
        assertThat(JoinCodes.normalize(null)).isNull();
    }
}
