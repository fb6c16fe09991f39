package io.github.dokploy4j.compat;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where a class was loaded from: the jar (or directory) of its code source. */
final class ClassOrigin {

    private ClassOrigin() {
    }

    static Path of(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file location for " + type.getName(), e);
        }
    }
}
