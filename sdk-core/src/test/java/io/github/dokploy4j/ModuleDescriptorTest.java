package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published module descriptor. The test runner adds {@code --add-opens} for every package by itself, so a missing
 * {@code opens} would pass every other test and fail users on the module path; this reads the compiled descriptor.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void theModelPackageIsOpenToJackson() throws IOException {
        assertThat(descriptor().opens()).anySatisfy(opens -> {
            assertThat(opens.source()).isEqualTo("io.github.dokploy4j.deployment");
            assertThat(opens.targets()).containsExactly("com.fasterxml.jackson.databind");
        });
    }

    @Test
    void theApiPackagesAreExportedAndTheInternalOnesAreNot() throws IOException {
        assertThat(descriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.github.dokploy4j", "io.github.dokploy4j.deployment",
                        "io.github.dokploy4j.error", "io.github.dokploy4j.application", "io.github.dokploy4j.compose",
                        "io.github.dokploy4j.preview", "io.github.dokploy4j.rollback");
    }
}
