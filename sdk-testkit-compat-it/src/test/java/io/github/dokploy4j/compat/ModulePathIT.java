package io.github.dokploy4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A user's module that {@code requires io.github.dokploy4j.testkit} compiles against the shaded jar and runs on the
 * module path: FakeDokploy, its relocated Jetty (HTTP and the log WebSocket) and the SDK, in a JVM of their own.
 */
class ModulePathIT {

    private static final Path CONSUMER_SOURCES = Path.of("src/test/module-consumer");

    @Test
    void aModuleRequiringTheTestkitRunsTheFakeOnTheModulePath(@TempDir Path work) throws Exception {
        String modulePath = modulePath();
        Path classes = work.resolve("classes");
        compile(modulePath, classes);

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "--module-path", classes + File.pathSeparator + modulePath,
                "--module", "example.consumer/example.consumer.ModularConsumer");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile()).start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(work.resolve("out.txt"));

        assertThat(ended).as("the consumer ended; it printed:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains(
                "testkit module: io.github.dokploy4j.testkit (automatic)",
                "sdk module: io.github.dokploy4j (explicit)",
                "status: DONE",
                "websocket: Initializing deployment|built on the module path|");
    }

    /** The jars a user puts on the module path: the testkit and the SDK with what their POMs bring. */
    private static String modulePath() {
        return Stream.of(FakeDokploy.class, DokployClient.class, ObjectMapper.class, JsonFactory.class,
                        JsonProperty.class, JavaTimeModule.class, Jdk8Module.class, LoggerFactory.class,
                        NullMarked.class)
                .map(ClassOrigin::of)
                .map(Path::toString)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void compile(String modulePath, Path classes) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath,
                "-Xlint:all,-path,-requires-automatic", "-Werror"));
        try (Stream<Path> files = Files.walk(CONSUMER_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));

        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }
}
