package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RadarGeometryTest {
    private final RadarGeometry eight = new RadarGeometry(8);

    @Test
    void the_first_axis_points_up_and_the_others_follow_clockwise() {
        assertThat(eight.onAxis(0, 100).x()).isCloseTo(0, within(1e-9));
        assertThat(eight.onAxis(0, 100).y()).isCloseTo(100, within(1e-9));
        assertThat(eight.onAxis(2, 100).x()).isCloseTo(100, within(1e-9));
        assertThat(eight.onAxis(4, 100).y()).isCloseTo(-100, within(1e-9));
        assertThat(eight.onAxis(6, 100).x()).isCloseTo(-100, within(1e-9));
    }

    @Test
    void a_score_lies_at_its_share_of_the_radius_and_an_unassessed_one_in_the_centre() {
        assertThat(eight.score(0, new BigDecimal("50"), 80).y()).isCloseTo(40, within(1e-9));
        assertThat(eight.score(0, new BigDecimal("130"), 80).y()).isCloseTo(80, within(1e-9));
        assertThat(Math.hypot(eight.score(3, null, 80).x(), eight.score(3, null, 80).y())).isCloseTo(0, within(1e-9));
        assertThat(eight.ring(10)).hasSize(8);
    }

    @Test
    void labels_at_the_top_grow_upwards_at_the_right_start_at_the_axis_and_at_the_left_end_there() {
        assertThat(eight.vertical(0)).isEqualTo(RadarGeometry.Vertical.ABOVE);
        assertThat(eight.horizontal(0)).isEqualTo(RadarGeometry.Horizontal.CENTRED);
        assertThat(eight.horizontal(2)).isEqualTo(RadarGeometry.Horizontal.LEFT_ALIGNED);
        assertThat(eight.vertical(2)).isEqualTo(RadarGeometry.Vertical.MIDDLE);
        assertThat(eight.horizontal(6)).isEqualTo(RadarGeometry.Horizontal.RIGHT_ALIGNED);
        assertThat(eight.vertical(4)).isEqualTo(RadarGeometry.Vertical.BELOW);
    }
}
