package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Placing {@code readLogs} windows, which carry no line numbers, after the lines already delivered. */
class WindowAlignmentTest {

    private static DeliveredLines delivered(String... lines) {
        DeliveredLines delivered = new DeliveredLines();
        for (String line : lines) {
            delivered.add(line);
        }
        return delivered;
    }

    @Test
    void aWholeFileIsPlacedByCount() {
        WindowAlignment alignment = WindowAlignment.of(delivered("a", "b"), List.of("a", "b", "c"), true);

        assertThat(alignment).isEqualTo(new WindowAlignment(2, false));
    }

    @Test
    void anOverlappingWindowStartsAfterTheLastDeliveredLine() {
        WindowAlignment alignment = WindowAlignment.of(delivered("1", "2", "3", "4"), List.of("3", "4", "5", "6"),
                false);

        assertThat(alignment).isEqualTo(new WindowAlignment(2, false));
    }

    @Test
    void repeatedLinesAlignOnTheirPredecessorsToo() {
        WindowAlignment alignment = WindowAlignment.of(delivered("x", "done", "y", "done"),
                List.of("y", "done", "z", "done"), false);

        assertThat(alignment).isEqualTo(new WindowAlignment(2, false));
    }

    @Test
    void aWindowThatDoesNotOverlapIsAGap() {
        WindowAlignment alignment = WindowAlignment.of(delivered("1", "2"), List.of("7", "8", "9"), false);

        assertThat(alignment).isEqualTo(new WindowAlignment(0, true));
    }

    @Test
    void aFirstWindowThatIsNotTheWholeFileIsAGap() {
        assertThat(WindowAlignment.of(delivered(), List.of("9", "10"), false)).isEqualTo(new WindowAlignment(0, true));
    }

    @Test
    void aWindowWithNothingNewStartsAtItsEnd() {
        assertThat(WindowAlignment.of(delivered("1", "2", "3"), List.of("2", "3"), false))
                .isEqualTo(new WindowAlignment(2, false));
    }

    /**
     * Property: a file of distinct lines, read through windows of a fixed size at random moments, is delivered whole
     * and once when fewer lines than the window arrive between two reads (seeded).
     */
    @Test
    void slidingWindowsDeliverEachDistinctLineOnce() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            int window = 1 + random.nextInt(20);
            List<String> file = new ArrayList<>();
            DeliveredLines delivered = new DeliveredLines();
            List<String> out = new ArrayList<>();
            for (int read = 0; read < 30; read++) {
                int grow = random.nextInt(window);
                for (int i = 0; i < grow; i++) {
                    file.add("line " + file.size());
                }
                List<String> tail = file.subList(Math.max(0, file.size() - window), file.size());
                WindowAlignment alignment = WindowAlignment.of(delivered, tail, file.size() < window);
                assertThat(alignment.gap()).as("seed %d read %d", seed, read).isFalse();
                for (int i = alignment.firstNew(); i < tail.size(); i++) {
                    delivered.add(tail.get(i));
                    out.add(tail.get(i));
                }
            }
            assertThat(out).as("seed %d", seed).isEqualTo(file);
        }
    }
}
