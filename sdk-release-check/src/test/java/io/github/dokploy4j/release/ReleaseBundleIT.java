package io.github.dokploy4j.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Maven Central checks in a release, checked on every build without signing keys.
 *
 * <p>The artifacts are the ones this build produced, as {@code install} writes them and {@code deploy} uploads them
 * (invoker:install copies them from the reactor into a private repository under target/): the parent, the BOM, the
 * core and testkit jars with their sources and Javadoc jars, the testkit with its dependency-reduced POM. Central asks
 * no sources or Javadoc jar of a pom-packaged artifact (the parent, the BOM). The release profile adds only the
 * signatures and the upload; its configuration is checked from the modules' POMs.
 */
class ReleaseBundleIT {

    private static final Path RELEASE_REPO = Path.of(System.getProperty("release.repo"));
    private static final Path SHARED_REPO = Path.of(System.getProperty("shared.repo"));
    private static final String VERSION = System.getProperty("dokploy4j.version");
    private static final String GROUP = "io.github.dokploy4j";
    private static final String TESTKIT = "dokploy4j-testkit";
    private static final String CORE = "dokploy4j-core";
    private static final String BOM = "dokploy4j-bom";

    private static final EffectivePoms POMS = new EffectivePoms(List.of(RELEASE_REPO, SHARED_REPO));
    private static final Reactor REACTOR = new Reactor(Path.of(System.getProperty("project.root")), POMS);

    static List<String> published() {
        return REACTOR.published();
    }

    static List<String> publishedJars() {
        return published().stream().filter(a -> "jar".equals(REACTOR.packaging(a))).toList();
    }

    // ---- which modules a release publishes ------------------------------------------------------------------------

    @Test
    void aReleasePublishesTheParentTheBomAndWhatTheBomManages() {
        Set<String> managed = managedByTheBom();
        Set<String> expected = new TreeSet<>(managed);
        expected.add(BOM);
        expected.add(REACTOR.artifactIdOfParent());

        assertThat(new TreeSet<>(published()))
                .as("a module that a release publishes but the BOM does not manage, or the other way round: "
                        + "name it in the release profile's excludeArtifacts, or add it to the BOM")
                .isEqualTo(expected);
        assertThat(managed).contains(CORE, TESTKIT);
    }

    @Test
    void everyOtherModuleIsKeptOutOfTheBundleAndOutOfPlainDeploys() {
        Set<String> excluded = REACTOR.excludedFromCentral();

        assertThat(REACTOR.artifactIds()).containsAll(excluded);
        for (String artifactId : excluded) {
            Model module = REACTOR.asBuilt(artifactId);
            assertThat(module.getProperties()).as(artifactId)
                    .containsEntry("maven.deploy.skip", "true")
                    .containsEntry("maven.install.skip", "true");
        }
    }

    @Test
    void theBomManagesEveryPublishedArtifactAtTheProjectVersion() {
        Model bom = publishedPom(BOM);

        assertThat(bom.getParent()).as("the BOM pins nothing of its parent's in users' builds").isNull();
        assertThat(bom.getDependencyManagement().getDependencies()).allSatisfy(d -> {
            assertThat(d.getGroupId()).isEqualTo(GROUP);
            assertThat(d.getVersion()).isEqualTo(VERSION);
            assertThat(published()).contains(d.getArtifactId());
        });
    }

    // ---- the release profile --------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("published")
    void theReleaseProfileSignsItAndHandsItToTheCentralPortal(String artifactId) {
        Model module = REACTOR.underReleaseProfile(artifactId);

        Plugin gpg = Reactor.plugin(module, "org.apache.maven.plugins:maven-gpg-plugin")
                .orElseThrow(() -> new AssertionError(artifactId + ": no maven-gpg-plugin under -Prelease"));
        assertThat(gpg.getExecutions()).as(artifactId)
                .anySatisfy(e -> assertThat(e.getGoals()).contains("sign"));
        Plugin central = Reactor.plugin(module, Reactor.CENTRAL_PUBLISHING)
                .orElseThrow(() -> new AssertionError(artifactId + ": without central-publishing under -Prelease, "
                        + "deploy falls to maven-deploy-plugin and the artifact misses the Central bundle"));
        assertThat(central.isExtensions()).as(artifactId + ": central-publishing needs <extensions>").isTrue();
        Xpp3Dom configuration = Reactor.configuration(central);
        assertThat(value(configuration, "publishingServerId")).as(artifactId).isEqualTo("central");
        assertThat(value(configuration, "autoPublish")).as(artifactId + ": a person publishes").isEqualTo("false");
    }

    @ParameterizedTest
    @MethodSource("publishedJars")
    void javadocWarningsFailTheBuildThatMakesItsJavadocJar(String artifactId) {
        Plugin javadoc = Reactor.plugin(REACTOR.asBuilt(artifactId), "org.apache.maven.plugins:maven-javadoc-plugin")
                .orElseThrow();
        Xpp3Dom configuration = Reactor.configuration(javadoc);

        assertThat(javadoc.getExecutions()).flatExtracting(PluginExecution::getGoals).contains("jar");
        assertThat(value(configuration, "failOnWarnings")).isEqualTo("true");
        assertThat(value(configuration, "doclint")).isEqualTo("all");
    }

    // ---- the POMs Central receives --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("published")
    void itsPomHasTheMetadataCentralRequires(String artifactId) {
        Model pom = publishedPom(artifactId);
        String projectUrl = EffectivePoms.raw(REACTOR.root().resolve("pom.xml")).getUrl();

        assertThat(pom.getGroupId()).isEqualTo(GROUP);
        assertThat(pom.getVersion()).isEqualTo(VERSION);
        assertThat(pom.getName()).isNotBlank();
        assertThat(pom.getDescription()).isNotBlank();
        assertThat(pom.getUrl()).as("url (Maven appends the artifactId unless told not to)").isEqualTo(projectUrl);
        assertThat(pom.getLicenses()).isNotEmpty().allSatisfy(license -> {
            assertThat(license.getName()).isNotBlank();
            assertThat(license.getUrl()).startsWith("https://");
        });
        assertThat(pom.getDevelopers()).isNotEmpty().allSatisfy(developer -> assertThat(developer.getName())
                .isNotBlank());
        assertThat(pom.getScm()).isNotNull();
        assertThat(pom.getScm().getUrl()).isEqualTo(projectUrl);
        assertThat(pom.getScm().getConnection()).isEqualTo("scm:git:" + projectUrl + ".git");
        assertThat(pom.getScm().getDeveloperConnection()).startsWith("scm:git:").endsWith(".git");
    }

    /**
     * Central refuses SNAPSHOT versions. This build is a SNAPSHOT, so the check is that a release of it would be
     * clean: the only SNAPSHOTs are this project's own artifacts at this version, which setting the release version
     * turns into releases too; and every version is written out (no range, nothing left unresolved).
     */
    @ParameterizedTest
    @MethodSource("published")
    void aReleaseOfItWouldReferToNoSnapshot(String artifactId) {
        List<String> problems = new ArrayList<>();
        for (Model model : List.of(publishedPom(artifactId), REACTOR.underReleaseProfile(artifactId))) {
            if (model.getParent() != null) {
                check("parent " + model.getParent().getId(), model.getParent().getGroupId(),
                        model.getParent().getVersion(), problems);
            }
            for (Dependency d : dependenciesAndManaged(model)) {
                check("dependency " + d.getManagementKey() + ":" + d.getVersion(), d.getGroupId(), d.getVersion(),
                        problems);
            }
            if (model.getBuild() != null) {
                List<Plugin> plugins = new ArrayList<>(model.getBuild().getPlugins());
                if (model.getBuild().getPluginManagement() != null) {
                    plugins.addAll(model.getBuild().getPluginManagement().getPlugins());
                }
                for (Plugin plugin : plugins) {
                    check("plugin " + plugin.getId(), plugin.getGroupId(), plugin.getVersion(), problems);
                    for (Dependency d : plugin.getDependencies()) {
                        check("plugin dependency " + d.getManagementKey(), d.getGroupId(), d.getVersion(), problems);
                    }
                }
            }
        }

        assertThat(problems).as(artifactId).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("publishedJars")
    void everyDependencyItBringsCanBeResolved(String artifactId) {
        for (Dependency d : runtimeDependencies(publishedPom(artifactId))) {
            Path jar = LocalRepositoryLayout.file(GROUP.equals(d.getGroupId()) ? RELEASE_REPO : SHARED_REPO,
                    d.getGroupId(), d.getArtifactId(), d.getVersion(), "", "jar");
            assertThat(jar).as("%s needs %s", artifactId, d).isRegularFile();
        }
    }

    @Test
    void theTestkitPomListsNoJettyAndNothingTheCoreDoesNotBringAlready() {
        Model testkit = publishedPom(TESTKIT);
        Set<String> core = runtimeDependencies(publishedPom(CORE)).stream().map(Dependency::getManagementKey)
                .collect(Collectors.toSet());

        assertThat(EffectivePoms.raw(publishedPomFile(TESTKIT)).getDependencies())
                .noneMatch(d -> d.getGroupId().startsWith("org.eclipse.jetty"));
        assertThat(runtimeDependencies(testkit)).allSatisfy(d -> assertThat(
                core.contains(d.getManagementKey()) || d.isOptional() && d.getGroupId().equals("org.junit.jupiter"))
                .as("%s: only what dokploy4j-core brings, and JUnit as optional", d).isTrue());
    }

    // ---- the files Central receives -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("publishedJars")
    void itShipsItsSourcesForEveryClass(String artifactId) {
        Path jar = artifact(artifactId, "");
        Path sources = artifact(artifactId, "sources");
        List<String> classes = JarContents.names(jar).stream()
                .filter(n -> n.startsWith("io/github/dokploy4j/") && n.endsWith(".class") && !n.contains("$"))
                .filter(n -> !n.contains("/shaded/"))
                .toList();
        Set<String> sourceFiles = new TreeSet<>(JarContents.names(sources));

        assertThat(classes).isNotEmpty();
        assertThat(classes).allSatisfy(c -> assertThat(sourceFiles)
                .contains(c.substring(0, c.length() - ".class".length()) + ".java"));
    }

    @ParameterizedTest
    @MethodSource("publishedJars")
    void itShipsJavadocForEveryPackageItExports(String artifactId) {
        Path javadoc = artifact(artifactId, "javadoc");
        Set<String> documented = JarContents.text(javadoc, "element-list").orElseThrow().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("module:"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(JarContents.names(javadoc)).contains("index.html");
        assertThat(documented).containsAll(exportedPackages(artifactId));
        assertThat(documented).noneMatch(p -> p.contains(".shaded."));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static Set<String> managedByTheBom() {
        return publishedPom(BOM).getDependencyManagement().getDependencies().stream()
                .map(Dependency::getArtifactId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> exportedPackages(String artifactId) {
        Path jar = artifact(artifactId, "");
        ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        if (!descriptor.isAutomatic()) {
            return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // An automatic module exports every package, the shaded ones too: its API is what its sources declare.
        return JarContents.names(artifact(artifactId, "sources")).stream()
                .filter(n -> n.endsWith(".java"))
                .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void check(String what, String groupId, String version, List<String> problems) {
        if (version == null || version.isBlank()) {
            problems.add(what + ": no version");
        } else if (version.contains("${")) {
            problems.add(what + ": unresolved " + version);
        } else if (version.startsWith("[") || version.startsWith("(") || version.contains(",")) {
            problems.add(what + ": a version range");
        } else if (version.endsWith("-SNAPSHOT") && !(GROUP.equals(groupId) && VERSION.equals(version))) {
            problems.add(what + ": a SNAPSHOT from elsewhere");
        }
    }

    private static List<Dependency> dependenciesAndManaged(Model model) {
        List<Dependency> all = new ArrayList<>(model.getDependencies());
        if (model.getDependencyManagement() != null) {
            all.addAll(model.getDependencyManagement().getDependencies());
        }
        return all;
    }

    private static List<Dependency> runtimeDependencies(Model model) {
        return model.getDependencies().stream()
                .filter(d -> d.getScope() == null || Set.of("compile", "runtime").contains(d.getScope()))
                .toList();
    }

    private static Path publishedPomFile(String artifactId) {
        Path pom = LocalRepositoryLayout.file(RELEASE_REPO, GROUP, artifactId, VERSION, "", "pom");
        assertThat(pom).as("what install and deploy write for " + artifactId).isRegularFile();
        return pom;
    }

    private static Model publishedPom(String artifactId) {
        return POMS.ofPublished(publishedPomFile(artifactId));
    }

    private static Path artifact(String artifactId, String classifier) {
        Path file = LocalRepositoryLayout.file(RELEASE_REPO, GROUP, artifactId, VERSION, classifier, "jar");
        assertThat(file).isRegularFile();
        assertThat(JarContents.names(file)).as(file.toString()).isNotEmpty();
        return file;
    }

    private static String value(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration.getChild(name);
        return child == null ? null : child.getValue().trim();
    }
}
