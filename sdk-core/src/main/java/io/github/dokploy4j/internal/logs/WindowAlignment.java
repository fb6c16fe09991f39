package io.github.dokploy4j.internal.logs;

import java.util.List;

/**
 * Where the new lines of a {@code readLogs} window start. {@code readLogs} returns the last lines of the file with no
 * line numbers, so a window is placed by its content: it must overlap the lines delivered before.
 *
 * @param firstNew the index in the window of the first line not delivered yet ({@code window.size()} when none)
 * @param gap whether lines written before the window may never have been delivered: the window did not overlap what
 *     was delivered (more lines were written between two reads than the window holds)
 */
record WindowAlignment(int firstNew, boolean gap) {

    /**
     * Aligns a window.
     *
     * @param delivered the lines delivered so far
     * @param window the window's complete lines
     * @param wholeFile whether the window is the whole file ({@code tail} returned fewer lines than asked for), so
     *     that its lines' positions are known exactly
     * @return the alignment
     */
    static WindowAlignment of(DeliveredLines delivered, List<String> window, boolean wholeFile) {
        long count = delivered.count();
        if (wholeFile) {
            return new WindowAlignment((int) Math.min(count, window.size()), false);
        }
        if (count == 0) {
            return new WindowAlignment(0, true);
        }
        List<String> recent = delivered.recent();
        String last = recent.get(recent.size() - 1);
        // The latest position of the last delivered line whose predecessors match too: the fewest new lines. A log
        // whose lines repeat can align too late; only the whole-file case above is exact.
        for (int p = window.size() - 1; p >= 0; p--) {
            if (window.get(p).equals(last) && precededAlike(window, p, recent)) {
                return new WindowAlignment(p + 1, false);
            }
        }
        return new WindowAlignment(0, true);
    }

    private static boolean precededAlike(List<String> window, int p, List<String> recent) {
        int overlap = Math.min(recent.size(), p + 1);
        for (int i = 1; i < overlap; i++) {
            if (!window.get(p - i).equals(recent.get(recent.size() - 1 - i))) {
                return false;
            }
        }
        return true;
    }
}
