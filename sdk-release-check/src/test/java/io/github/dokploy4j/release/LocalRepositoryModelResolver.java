package io.github.dokploy4j.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;

/**
 * Finds parent and imported POMs in local repositories only, in order: the check reads what the build resolved and
 * installed, and never downloads.
 */
@SuppressWarnings("deprecation") // ModelResolver still speaks ModelSource; FileModelSource is the current kind.
final class LocalRepositoryModelResolver implements ModelResolver {

    private final List<Path> repositories;

    LocalRepositoryModelResolver(List<Path> repositories) {
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public ModelSource resolveModel(String groupId, String artifactId, String version)
            throws UnresolvableModelException {
        for (Path repository : repositories) {
            Path pom = LocalRepositoryLayout.file(repository, groupId, artifactId, version, "", "pom");
            if (Files.isRegularFile(pom)) {
                return new FileModelSource(pom.toFile());
            }
        }
        throw new UnresolvableModelException("no POM in " + repositories, groupId, artifactId, version);
    }

    @Override
    public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
        return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
    }

    @Override
    public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
        return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
    }

    @Override
    public void addRepository(Repository repository) {
        // Remote repositories declared in POMs are not consulted: only what the build already has counts.
    }

    @Override
    public void addRepository(Repository repository, boolean replace) {
        // As above.
    }

    @Override
    public ModelResolver newCopy() {
        return this;
    }
}
