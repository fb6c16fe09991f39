package io.github.dokploy4j.cli;

import java.util.function.UnaryOperator;

/**
 * The process's environment variables. A class rather than {@code System::getenv}: a method reference made in
 * {@code main} would be the one lambda the class-data archive's training run never makes, and spinning it costs the
 * JVM's method-handle machinery at every start.
 */
final class SystemEnvironment implements UnaryOperator<String> {
    @Override
    public String apply(String name) {
        return System.getenv(name);
    }
}
