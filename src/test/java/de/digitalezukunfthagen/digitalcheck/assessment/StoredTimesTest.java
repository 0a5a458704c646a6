package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Stored times read back as Instant.parse reads them. */
class StoredTimesTest {

    @Property(tries = 5000)
    void a_stored_time_reads_back_as_instant_parse_reads_it(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long epochMillis) {
        String stored = Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.MILLIS).toString();

        assertThat(AssessmentStore.instant(stored)).isEqualTo(Instant.parse(stored));
    }

    @Example
    void whole_seconds_other_forms_and_nonsense_are_read_as_instant_parse_reads_them() {
        for (String stored : new String[] {"2026-12-02T10:31:10Z", "2026-12-02T10:31:10.500Z", "2024-02-29T23:59:59.999Z",
                "2026-12-02T10:31:10.123456Z", "1999-01-01T00:00:00.000000001Z"}) {
            assertThat(AssessmentStore.instant(stored)).as(stored).isEqualTo(Instant.parse(stored));
        }
        for (String nonsense : new String[] {"2026-02-30T10:31:10.500Z", "2026-12-02T25:31:10.500Z", "2026-12-0xT10:31:10.500Z",
                "2026-12-02 10:31:10.500Z"}) {
            assertThatThrownBy(() -> AssessmentStore.instant(nonsense)).as(nonsense).isInstanceOf(DateTimeParseException.class);
        }
    }
}
