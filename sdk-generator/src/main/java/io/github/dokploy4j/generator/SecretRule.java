package io.github.dokploy4j.generator;

import java.util.List;
import java.util.Locale;

/**
 * The secret rule of the configuration, applied by the generator for the Javadoc and the table of secret fields. The
 * SDK applies the same data through {@code io.github.dokploy4j.SecretFields} (generated {@code SecretNames}); a test
 * of sdk-core checks that both agree on every field of the table.
 */
final class SecretRule {
    private final List<String> fragments;
    private final List<String> exact;

    SecretRule(Config.Secrets secrets) {
        this.fragments = secrets.fragments();
        this.exact = secrets.exact();
    }

    boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return exact.contains(lower) || fragments.stream().anyMatch(lower::contains);
    }

    List<String> fragments() {
        return fragments;
    }

    List<String> exact() {
        return exact;
    }
}
