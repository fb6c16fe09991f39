package io.github.dokploy4j;

/**
 * The SDK's own version. The build writes it into this class (src/main/java-templates): a constant costs nothing when
 * a client is built, where reading a resource opened the jar a second time.
 */
final class SdkVersion {
    static final String VALUE = "${project.version}";

    private SdkVersion() {
    }
}
