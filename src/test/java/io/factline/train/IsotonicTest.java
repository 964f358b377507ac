package io.factline.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pool-adjacent-violators: the non-decreasing fit of outcomes to scores. */
class IsotonicTest {
    @Test
    void aMonotoneSequenceKeepsItsBlocks() {
        List<Isotonic.Point> fit = Isotonic.fit(new double[]{0.1, 0.2, 0.3, 0.4}, new boolean[]{false, false, true, true});
        assertEquals(List.of(0.0, 1.0), fit.stream().map(Isotonic.Point::probability).toList());
        assertEquals(2, fit.get(0).count());
    }

    @Test
    void violatorsArePooledIntoTheirMean() {
        // 0.1 → right, 0.2 → wrong, 0.3 → wrong, 0.4 → right: the first three pool to 1/3.
        List<Isotonic.Point> fit = Isotonic.fit(new double[]{0.4, 0.1, 0.3, 0.2}, new boolean[]{true, true, false, false});
        assertEquals(2, fit.size());
        assertEquals(1 / 3.0, fit.get(0).probability(), 1e-12);
        assertEquals(0.2, fit.get(0).score(), 1e-12);
        assertEquals(1.0, fit.get(1).probability(), 1e-12);
        for (int i = 1; i < fit.size(); i++) assertTrue(fit.get(i).probability() >= fit.get(i - 1).probability());
    }
}
