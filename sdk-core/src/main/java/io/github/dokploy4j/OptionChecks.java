package io.github.dokploy4j;

import java.time.Duration;
import java.util.Objects;

/** The checks the client builder and the per-call options share, so both refuse the same values the same way. */
final class OptionChecks {
    static final int MAX_RETRIES = 10;

    private OptionChecks() {
    }

    static Duration positive(Duration value, String option) {
        Objects.requireNonNull(value, () -> option + " must not be null");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
        return value;
    }

    static int retries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + MAX_RETRIES + ", was "
                    + maxRetries);
        }
        return maxRetries;
    }
}
