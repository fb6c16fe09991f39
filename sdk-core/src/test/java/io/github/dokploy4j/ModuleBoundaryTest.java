package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported packages reach the implementation through one door: the factory that
 * {@link DokployClientBuilder#build()} calls. Read from the compiled classes (a class's constant pool names every
 * class it uses), so an import that only a comment hides is caught as well.
 */
class ModuleBoundaryTest {
    private static final Pattern INTERNAL = Pattern.compile("io/github/dokploy4j/internal/[A-Za-z0-9_/$]+");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noExportedClassUsesTheInternalPackagesButTheBuildersOneDoor() throws IOException {
        Map<String, List<String>> uses = new TreeMap<>();
        for (String exported : exportedPackages()) {
            Path dir = CLASSES.resolve(exported.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    List<String> internal = internalClassesNamedIn(file);
                    if (!internal.isEmpty()) {
                        uses.put(CLASSES.relativize(file).toString(), internal);
                    }
                }
            }
        }

        assertThat(uses).containsOnly(Map.entry("io/github/dokploy4j/DokployClientBuilder.class",
                List.of("io/github/dokploy4j/internal/client/ClientFactory")));
    }

    private static List<String> exportedPackages() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source).toList();
        }
    }

    private static List<String> internalClassesNamedIn(Path classFile) throws IOException {
        String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        List<String> names = new ArrayList<>();
        Matcher matcher = INTERNAL.matcher(text);
        while (matcher.find()) {
            if (!names.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }
}
