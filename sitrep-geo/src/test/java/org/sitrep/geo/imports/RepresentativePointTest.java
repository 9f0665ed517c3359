package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentativePointTest {
    /** A "C" open to the east: its centroid lies in the gap, outside the shape. */
    private static final double[][] CRESCENT = {
            {0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}, {0, 0}};

    @Test
    void pointOfACrescentLiesInsideIt() {
        RepresentativePoint.Placed p = RepresentativePoint.ofPolygons(List.of(List.<double[][]>of(CRESCENT)));
        assertThat(inside(CRESCENT, p.lon(), p.lat())).as("point %s, %s", p.lon(), p.lat()).isTrue();
        assertThat(p.south()).isEqualTo(0);
        assertThat(p.east()).isEqualTo(10);
    }

    @Test
    void pointOfSeveralPolygonsLiesInTheLargest() {
        double[][] small = {{20, 20}, {21, 20}, {21, 21}, {20, 21}, {20, 20}};
        double[][] big = {{30, 0}, {40, 0}, {40, 10}, {30, 10}, {30, 0}};
        RepresentativePoint.Placed p = RepresentativePoint.ofPolygons(List.of(List.<double[][]>of(small), List.<double[][]>of(big)));
        assertThat(p.lon()).isCloseTo(35, within(1e-9));
        assertThat(p.lat()).isCloseTo(5, within(1e-9));
        assertThat(p.north()).isEqualTo(21);
        assertThat(p.west()).isEqualTo(20);
    }

    @Test
    void pointOfALineLiesHalfWayAlongItsLongestPart() {
        double[][] shortPart = {{0, 0}, {0, 0.1}};
        double[][] longPart = {{10, 0}, {10, 2}, {10, 4}};
        RepresentativePoint.Placed p = RepresentativePoint.ofLines(List.of(shortPart, longPart));
        assertThat(p.lon()).isCloseTo(10, within(1e-9));
        assertThat(p.lat()).isCloseTo(2, within(1e-9));
        assertThat(p.west()).isEqualTo(0);
    }

    @Test
    void nothingToPlaceGivesNull() {
        assertThat(RepresentativePoint.ofPolygons(List.of(List.<double[][]>of(new double[][] {{0, 0}, {1, 1}})))).isNull();
        assertThat(RepresentativePoint.ofLines(List.of())).isNull();
    }

    /** Even-odd rule. */
    static boolean inside(double[][] ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                    && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                in = !in;
            }
        }
        return in;
    }
}
