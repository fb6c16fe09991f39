package io.github.dokploy4j.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * This build as a release sees it: its modules (the parent included), and which of them the release profile keeps
 * out of the Central bundle.
 */
final class Reactor {

    static final String RELEASE_PROFILE = "release";
    static final String CENTRAL_PUBLISHING = "org.sonatype.central:central-publishing-maven-plugin";

    private final Path root;
    private final EffectivePoms poms;
    private final Map<String, Path> modulePoms = new LinkedHashMap<>();

    Reactor(Path root, EffectivePoms poms) {
        this.root = root;
        this.poms = poms;
        Path rootPom = root.resolve("pom.xml");
        Model parent = EffectivePoms.raw(rootPom);
        modulePoms.put(parent.getArtifactId(), rootPom);
        for (String module : parent.getModules()) {
            Path pom = root.resolve(module).resolve("pom.xml");
            modulePoms.put(EffectivePoms.raw(pom).getArtifactId(), pom);
        }
    }

    /** Every module's artifactId, the parent's first. */
    Set<String> artifactIds() {
        return modulePoms.keySet();
    }

    /** The module as {@code -Prelease} builds it. */
    Model underReleaseProfile(String artifactId) {
        return poms.ofModule(modulePoms.get(artifactId), List.of(RELEASE_PROFILE));
    }

    /** The module as a plain build sees it. */
    Model asBuilt(String artifactId) {
        return poms.ofModule(modulePoms.get(artifactId), List.of());
    }

    /** The artifactIds that the parent's release profile excludes from the Central bundle. */
    Set<String> excludedFromCentral() {
        Plugin central = plugin(underReleaseProfile(artifactIdOfParent()), CENTRAL_PUBLISHING)
                .orElseThrow(() -> new AssertionError("the release profile has no " + CENTRAL_PUBLISHING));
        Set<String> excluded = new TreeSet<>();
        Xpp3Dom list = configuration(central).getChild("excludeArtifacts");
        if (list != null) {
            for (Xpp3Dom child : list.getChildren()) {
                excluded.add(child.getValue().trim());
            }
        }
        return excluded;
    }

    /** The modules that a release publishes. */
    List<String> published() {
        Set<String> excluded = excludedFromCentral();
        List<String> published = new ArrayList<>();
        for (String artifactId : artifactIds()) {
            if (!excluded.contains(artifactId)) {
                published.add(artifactId);
            }
        }
        return published;
    }

    /** The module's packaging, as its POM declares it. */
    String packaging(String artifactId) {
        return EffectivePoms.raw(modulePoms.get(artifactId)).getPackaging();
    }

    String artifactIdOfParent() {
        return modulePoms.keySet().iterator().next();
    }

    Path root() {
        return root;
    }

    static Optional<Plugin> plugin(Model model, String key) {
        return model.getBuild() == null ? Optional.empty()
                : model.getBuild().getPlugins().stream().filter(p -> p.getKey().equals(key)).findFirst();
    }

    static Xpp3Dom configuration(Plugin plugin) {
        return plugin.getConfiguration() == null ? new Xpp3Dom("configuration") : (Xpp3Dom) plugin.getConfiguration();
    }
}
