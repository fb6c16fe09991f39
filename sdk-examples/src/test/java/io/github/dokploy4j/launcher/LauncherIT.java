package io.github.dokploy4j.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher {@code target/dokploy} with the real JVM: the class-data archive the build made is valid and used
 * (lambdas included, which the JVM maps from the archive too), and a stale or broken archive changes nothing the
 * user sees. The jar still runs on its own with {@code java -jar}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeDokploy fake;
    private static String app;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void startTheFake() {
        fake = FakeDokploy.start(FakeDokployOptions.builder()
                .realTimeClock()
                .defaultBuild(BuildScript.steps().log("Step 1/1 : FROM nginx:1.27").pause(Duration.ofMillis(100))
                        .succeed())
                .build());
        app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
    }

    @AfterAll
    static void stopTheFake() {
        fake.close();
    }

    @Test
    void theBuildMadeAnArchiveForThisJava() throws IOException {
        assertThat(TARGET.resolve("dokploy.jsa")).isNotEmptyFile();
        assertThat(TARGET.resolve("dokploy.jsa.release"))
                .hasSameBinaryContentAs(Path.of(System.getProperty("java.home"), "release"));
        assertThat(Files.isExecutable(TARGET.resolve("dokploy"))).isTrue();
    }

    @Test
    void theCliStartsFromTheArchive() throws Exception {
        Run run = launch(TARGET.resolve("dokploy"), Map.of("DOKPLOY_JAVA_OPTS",
                "-Xshare:on -Xlog:class+load=info:stderr"), "--json", "queue");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(JSON.readTree(run.out).isArray()).isTrue();
        assertThat(run.err).contains("io.github.dokploy4j.cli.DokployCli source: shared objects file",
                "picocli.CommandLine source: shared objects file",
                "picocli.CommandLine$Model$CommandSpec source: shared objects file",
                "io.github.dokploy4j.cli.HeadStart source: shared objects file",
                "com.fasterxml.jackson.databind.ObjectMapper source: shared objects file");
        // the lambda main made was the one class of the CLI outside the archive
        assertThat(run.err.lines().filter(line -> line.contains("io.github.dokploy4j.") && !line.contains("shared")))
                .isEmpty();
    }

    @Test
    void aDeployFollowedLiveRunsOnTheArchivedClassesAndLambdas() throws Exception {
        Run run = launch(TARGET.resolve("dokploy"), Map.of("DOKPLOY_JAVA_OPTS", "-Xshare:on"),
                "deploy", "--app", app, "--follow");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).containsSubsequence("QUEUED", "Step 1/1 : FROM nginx:1.27", "DONE",
                "web-api deployed in");
    }

    @Test
    void anArchiveForAnotherJarIsIgnoredAndNothingShowsOnStdoutOrStderr() throws Exception {
        Path copy = install(elsewhere);
        Files.setLastModifiedTime(copy.resolve("dokploy.jar"), FileTime.from(Instant.now().plusSeconds(60)));

        Run run = launch(copy.resolve("dokploy"), Map.of(), "--json", "queue");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(JSON.readTree(run.out).isArray()).isTrue();
        assertThat(run.err).isEmpty();
    }

    @Test
    void aBrokenArchiveIsIgnoredAndNothingShowsOnStdoutOrStderr() throws Exception {
        Path copy = install(elsewhere);
        Files.writeString(copy.resolve("dokploy.jsa"), "not an archive");

        Run run = launch(copy.resolve("dokploy"), Map.of(), "--json", "queue");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(JSON.readTree(run.out).isArray()).isTrue();
        assertThat(run.err).isEmpty();
    }

    @Test
    void theJarStillRunsOnItsOwn() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Run run = run(List.of(java.toString(), "-jar", TARGET.resolve("dokploy.jar").toString(), "--json",
                "deployments", "list", "--app", app), Map.of());

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode rows = JSON.readTree(run.out);
        assertThat(rows.isArray()).isTrue();
    }

    /** The launcher, the jar, the archive and its release file, copied to another directory. */
    private static Path install(Path directory) throws IOException {
        for (String file : List.of("dokploy", "dokploy.jar", "dokploy.jsa", "dokploy.jsa.release")) {
            Files.copy(TARGET.resolve(file), directory.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return directory;
    }

    private static Run launch(Path launcher, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        Map<String, String> all = new HashMap<>(environment);
        all.put("JAVA_HOME", System.getProperty("java.home"));
        return run(command, all);
    }

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DOKPLOY_JAVA_OPTS");
        builder.environment().put("DOKPLOY_URL", fake.baseUrl());
        builder.environment().put("DOKPLOY_API_KEY", fake.apiKey());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("dokploy-out", ".txt");
        Path err = Files.createTempFile("dokploy-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("dokploy did not end within two minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }
    }
}
