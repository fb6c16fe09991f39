package io.github.dokploy4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * These tests run against the testkit jar that is published, not against sdk-testkit/target/classes: its Jetty is
 * inside it, relocated, and the only Jetty on this class path is the foreign one.
 */
class ShadedJarIT {

    private static final String RELOCATED = "io/github/dokploy4j/testkit/shaded/jetty/";

    @Test
    void theTestkitComesFromItsShadedJar() throws IOException {
        Path jar = ClassOrigin.of(FakeDokploy.class);

        assertThat(jar).isRegularFile();
        assertThat(jar.getFileName().toString()).startsWith("dokploy4j-testkit-").endsWith(".jar")
                .doesNotStartWith("original-");
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains(RELOCATED + "server/Server.class",
                    RELOCATED + "websocket/core/server/WebSocketUpgradeHandler.class");
            assertThat(names).noneMatch(name -> name.startsWith("org/"));
            assertThat(names).noneMatch(name -> name.endsWith("module-info.class"));
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("io.github.dokploy4j.testkit");
        }
    }

    @Test
    void theServiceFilesNameTheRelocatedClasses() throws IOException {
        try (JarFile file = new JarFile(ClassOrigin.of(FakeDokploy.class).toFile())) {
            String extensions = read(file, "META-INF/services/io.github.dokploy4j.testkit.shaded.jetty.websocket.core.Extension");
            String encoders = read(file, "META-INF/services/io.github.dokploy4j.testkit.shaded.jetty.http.HttpFieldPreEncoder");

            assertThat(extensions).contains(
                    "io.github.dokploy4j.testkit.shaded.jetty.websocket.core.internal.PerMessageDeflateExtension");
            assertThat(encoders).contains("io.github.dokploy4j.testkit.shaded.jetty.http.Http11FieldPreEncoder");
            assertThat(extensions + encoders).doesNotContain("org.eclipse.jetty");
            assertThat(file.getEntry("META-INF/THIRD-PARTY-NOTICE")).isNotNull();
        }
    }

    @Test
    void theOnlyOrgEclipseJettyHereIsTheForeignOne() throws Exception {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(Collections.list(loader.getResources("org/eclipse/jetty/server/Server.class"))).hasSize(1);
        assertThat(ClassOrigin.of(org.eclipse.jetty.server.Server.class).getFileName().toString())
                .startsWith("jetty-server-9.4.");
        assertThat(org.eclipse.jetty.server.Server.getVersion()).startsWith("9.4.");
        // Jetty 12's WebSocket core has no 9.4 counterpart: any copy of it here would have leaked from the testkit.
        assertThat(loader.getResource("org/eclipse/jetty/websocket/core/server/WebSocketUpgradeHandler.class"))
                .isNull();
        String testClassPath = System.getProperty("surefire.test.class.path");
        assertThat(testClassPath).as("failsafe names the test class path").isNotNull();
        assertThat(testClassPath.split(File.pathSeparator))
                .anyMatch(entry -> entry.endsWith(".jar") && entry.contains("jetty-server-9.4."))
                .noneMatch(entry -> entry.matches(".*jetty.*-12\\.[0-9.]+\\.jar"));
        Class<?> relocated = Class.forName("io.github.dokploy4j.testkit.shaded.jetty.util.Jetty");
        assertThat(ClassOrigin.of(relocated)).isEqualTo(ClassOrigin.of(FakeDokploy.class));
        assertThat(relocated.getField("VERSION").get(null)).asString().startsWith("12.");
    }

    private static String read(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
