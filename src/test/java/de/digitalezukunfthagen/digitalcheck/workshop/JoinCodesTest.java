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
            assertThat(code).hasSize(6).matches("[A-Z2-9]{6}").doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B");
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

    @Test
    void reentryCodesHaveTwoGroupsOfFourWithoutLookAlikesAndAreReadAsTyped() {
        String code = JoinCodes.reentry();
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXYZ234679]{4}-[ACDEFGHJKMNPQRTUVWXYZ234679]{4}");
        assertThat(JoinCodes.normalizeReentry(code.toLowerCase().replace("-", " "))).isEqualTo(code);
        assertThat(JoinCodes.normalizeReentry("KM7Q4WT0")).isNull();
    }

    @Test
    void aCodeMadeBeforeFiveAndEightWereLeftOutStillOpensItsWorkshop() {
        assertThat(JoinCodes.normalize("S5B8KM")).isEqualTo("S5B8KM");
    }
}
