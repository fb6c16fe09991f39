package io.github.dokploy4j.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** The entries of a jar, and the text of one of them. */
final class JarContents {

    private JarContents() {
    }

    static List<String> names(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
    }

    static Optional<String> text(Path jar, String name) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
    }
}
