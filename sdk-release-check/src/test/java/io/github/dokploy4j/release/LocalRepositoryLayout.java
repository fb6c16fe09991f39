package io.github.dokploy4j.release;

import java.nio.file.Path;

/** Where Maven keeps an artifact in a local repository. */
final class LocalRepositoryLayout {

    private LocalRepositoryLayout() {
    }

    static Path file(Path repository, String groupId, String artifactId, String version, String classifier,
            String extension) {
        String name = artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
        return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version).resolve(name);
    }
}
