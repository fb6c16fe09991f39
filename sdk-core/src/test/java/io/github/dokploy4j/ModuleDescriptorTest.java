package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.application.Application;
import io.github.dokploy4j.compose.ComposeService;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.environment.Environment;
import io.github.dokploy4j.params.ParamsObject;
import io.github.dokploy4j.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** Every package that holds a typed row or a generated input, by the classes Jackson binds. */
    private static Set<String> boundPackages() {
        Set<String> packages = new TreeSet<>();
        packages.add(Deployment.class.getPackageName());
        packages.add(ParamsObject.class.getPackageName());
        for (Class<?> row : List.of(Project.class, Environment.class, Application.class, ComposeService.class,
                Domain.class)) {
            packages.add(row.getPackageName());
        }
        for (ProcedureInfo info : ProcedureInfo.all()) {
            info.inputType().ifPresent(type -> packages.add(type.getPackageName()));
        }
        return packages;
    }

    @Test
    void everyPackageWithRowsOrInputsIsOpenToJackson() throws IOException {
        Map<String, Set<String>> opens = descriptor().opens().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets));

        assertThat(boundPackages()).hasSizeGreaterThan(50).allSatisfy(pkg ->
                assertThat(opens.get(pkg)).as(pkg).containsExactly("com.fasterxml.jackson.databind"));
    }

    @Test
    void theApiPackagesAreExportedAndTheInternalOnesAreNot() throws IOException {
        Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());

        assertThat(exported).contains("io.github.dokploy4j", "io.github.dokploy4j.deployment",
                "io.github.dokploy4j.error", "io.github.dokploy4j.application", "io.github.dokploy4j.compose",
                "io.github.dokploy4j.preview", "io.github.dokploy4j.rollback", "io.github.dokploy4j.params")
                .containsAll(boundPackages()).noneMatch(pkg -> pkg.contains(".internal"));
        assertThat(descriptor().packages()).filteredOn(pkg -> !pkg.contains(".internal"))
                .allSatisfy(pkg -> assertThat(exported).contains(pkg));
    }
}
