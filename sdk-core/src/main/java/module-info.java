/**
 * dokploy4j: a typed Java SDK for Dokploy's deployments API.
 *
 * <p>Start at {@link io.github.dokploy4j.DokployClient}. The {@code internal} packages are not exported and may
 * change in any release.
 */
module io.github.dokploy4j {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.slf4j;
    requires static org.immutables.value;
    requires static transitive org.jspecify;

    exports io.github.dokploy4j;
    exports io.github.dokploy4j.deployment;
    exports io.github.dokploy4j.error;
    exports io.github.dokploy4j.application;
    exports io.github.dokploy4j.compose;
    exports io.github.dokploy4j.preview;
    exports io.github.dokploy4j.rollback;

    // Jackson binds the models by reflection; without this users on the module path fail at run time
    // (the test runner adds the opens by itself, so ModuleDescriptorTest guards it).
    opens io.github.dokploy4j.deployment to com.fasterxml.jackson.databind;
}
