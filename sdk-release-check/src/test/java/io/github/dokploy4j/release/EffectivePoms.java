package io.github.dokploy4j.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelBuilder;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.io.DefaultModelReader;
import org.apache.maven.model.resolution.ModelResolver;

/** Effective POMs, built by Maven's own model builder: parents, imported BOMs, inheritance and profiles applied. */
final class EffectivePoms {

    private static final ModelBuilder BUILDER = new DefaultModelBuilderFactory().newInstance();

    private final ModelResolver resolver;
    private final Map<String, Model> built = new ConcurrentHashMap<>();

    EffectivePoms(List<Path> repositories) {
        this.resolver = new LocalRepositoryModelResolver(repositories);
    }

    /** The POM of a published artifact as Central and its users read it (profiles inactive). */
    Model ofPublished(Path pom) {
        return built.computeIfAbsent("published " + pom, key -> build(
                new DefaultModelBuildingRequest().setModelSource(new FileModelSource(pom.toFile())), List.of()));
    }

    /** A module of this build as {@code -P<profiles>} sees it, its parent found on disk like Maven finds it. */
    Model ofModule(Path pom, List<String> profiles) {
        return built.computeIfAbsent("module " + pom + " " + profiles, key -> build(
                new DefaultModelBuildingRequest().setPomFile(pom.toFile()), profiles));
    }

    /** The POM exactly as written. */
    static Model raw(Path pom) {
        try {
            return new DefaultModelReader().read(pom.toFile(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Model build(DefaultModelBuildingRequest request, List<String> profiles) {
        Properties system = new Properties();
        system.putAll(System.getProperties());
        request.setModelResolver(resolver)
                .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0)
                .setSystemProperties(system)
                .setActiveProfileIds(profiles)
                .setProcessPlugins(true)
                .setTwoPhaseBuilding(false);
        try {
            return BUILDER.build(request).getEffectiveModel();
        } catch (ModelBuildingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
