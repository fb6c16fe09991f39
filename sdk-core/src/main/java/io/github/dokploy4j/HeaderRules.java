package io.github.dokploy4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Checks caller-supplied headers before anything is sent, so a value can never split a header or smuggle another. */
final class HeaderRules {
    private static final Set<String> MANAGED = Set.of("host", "content-length", "connection", "upgrade", "expect",
            "transfer-encoding", "te", "trailer", "keep-alive", "http2-settings");

    private HeaderRules() {
    }

    static void check(String name, String value, String option) {
        Objects.requireNonNull(name, () -> option + " name must not be null");
        Objects.requireNonNull(value, () -> option + " value of '" + name + "' must not be null");
        if (name.isEmpty() || !name.chars().allMatch(HeaderRules::isTokenChar)) {
            throw new IllegalArgumentException(option + ": '" + name + "' is not a valid header name");
        }
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(option + ": '" + name
                    + "' is managed by the HTTP client and cannot be set");
        }
        if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff))) {
            throw new IllegalArgumentException(option + ": the value of '" + name
                    + "' contains a line break or another character that cannot be sent in a header");
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
