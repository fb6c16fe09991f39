package io.github.dokploy4j.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher {@code src/main/launcher/dokploy} asks of a Java installation, run with a stand-in {@code java}
 * that prints its arguments: the class-data archive only on the installation that made it, the start-up flags every
 * Java 17 accepts, the user's arguments untouched, and a clear refusal of a Java older than 17.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("src/main/launcher/dokploy");
    private static final String RELEASE_17 = "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"17.0.15\"\n";

    @TempDir
    Path root;
    private Path app;
    private Path jdk;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void anInstalledCliAndAJava17() throws IOException {
        app = Files.createDirectories(root.resolve("app")).toRealPath();
        Files.copy(LAUNCHER, app.resolve("dokploy"));
        Files.writeString(app.resolve("dokploy.jar"), "a jar");
        jdk = Files.createDirectories(root.resolve("jdk/bin")).getParent().toRealPath();
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor argument in \"$@\"; do printf '%s\\n' \"$argument\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), RELEASE_17);
        environment.put("JAVA_HOME", jdk.toString());
        environment.put("PATH", "/usr/bin:/bin");
    }

    @Test
    void onTheJavaThatMadeTheArchiveItStartsFromTheArchive() throws Exception {
        archiveMadeBy(RELEASE_17);

        Run run = launch("--json", "queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).containsExactly(
                "-XX:SharedArchiveFile=" + app.resolve("dokploy.jsa"), "-Xshare:auto",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:CompileThresholdScaling=10",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Djava.locale.providers=COMPAT",
                "-cp", app.resolve("dokploy.jar").toString(), "io.github.dokploy4j.cli.DokployCli", "--json", "queue");
    }

    @Test
    void onAnyOtherJavaItStartsWithoutTheArchive() throws Exception {
        archiveMadeBy("IMPLEMENTOR=\"Other\"\nJAVA_VERSION=\"21.0.4\"\n");

        Run run = launch("queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).containsExactly("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:CompileThresholdScaling=10", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-Djava.locale.providers=COMPAT",
                "-cp", app.resolve("dokploy.jar").toString(), "io.github.dokploy4j.cli.DokployCli", "queue");
    }

    @Test
    void fromJava21OnItKeepsTheJdksDefaultLocaleData() throws Exception {
        for (String version : new String[] {"21.0.4", "25"}) {
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");

            Run run = launch("queue");

            assertThat(run.exitCode).isZero();
            assertThat(run.arguments()).as(version).noneMatch(argument -> argument.startsWith("-Djava.locale"))
                    .contains("-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void withoutAnArchiveItStartsWithoutOne() throws Exception {
        Run run = launch("queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).noneMatch(argument -> argument.contains("SharedArchiveFile"))
                .contains("-XX:TieredStopAtLevel=1", "io.github.dokploy4j.cli.DokployCli");
    }

    @Test
    void aJavaWithoutAReleaseFileStartsWithoutTheArchive() throws Exception {
        archiveMadeBy(RELEASE_17);
        Files.delete(jdk.resolve("release"));

        Run run = launch("queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).noneMatch(argument -> argument.contains("SharedArchiveFile"))
                .endsWith("io.github.dokploy4j.cli.DokployCli", "queue");
    }

    @Test
    void argumentsReachTheCliExactlyAsGiven() throws Exception {
        Run run = launch("deploy", "--app", "web api", "--title", "Release *", "", "--description=a \"b\" $HOME");

        assertThat(run.arguments()).endsWith("io.github.dokploy4j.cli.DokployCli", "deploy", "--app", "web api",
                "--title", "Release *", "", "--description=a \"b\" $HOME");
    }

    @Test
    void dokployJavaOptsComeAfterTheLaunchersFlagsAndAreNotExpanded() throws Exception {
        environment.put("DOKPLOY_JAVA_OPTS", "-Xmx64m -Dpattern=*");

        Run run = launch("queue");

        List<String> arguments = run.arguments();
        // after the launcher's flags, so that e.g. -Djava.locale.providers=CLDR of the user's wins
        assertThat(arguments).containsSubsequence("-Djava.locale.providers=COMPAT", "-Xmx64m", "-Dpattern=*",
                "-cp");
    }

    @Test
    void aJavaOlderThan17IsRefusedWithWhatToDo() throws Exception {
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"11.0.22\"\n");

        Run run = launch("queue");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("needs Java 17 or newer", "Java 11.0.22", "JAVA_HOME");
    }

    @Test
    void java8IsRefusedToo() throws Exception {
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");

        Run run = launch("queue");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("needs Java 17 or newer", "Java 1.8.0_392");
    }

    @Test
    void theJavaOnThePathIsFoundThroughItsLinksAndMatchedToTheArchive() throws Exception {
        archiveMadeBy(RELEASE_17);
        Path bin = Files.createDirectories(root.resolve("usr/bin"));
        Path alternatives = Files.createDirectories(root.resolve("etc/alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), jdk.resolve("bin/java"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of("../../etc/alternatives/java"));
        environment.remove("JAVA_HOME");
        environment.put("PATH", bin + ":/usr/bin:/bin");

        Run run = launch("queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).contains("-XX:SharedArchiveFile=" + app.resolve("dokploy.jsa"));
    }

    @Test
    void aLinkToTheLauncherFindsTheJarBesideTheLauncher() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("home/bin"));
        Files.createSymbolicLink(elsewhere.resolve("dokploy"), app.resolve("dokploy"));

        Run run = launch(elsewhere.resolve("dokploy"), "queue");

        assertThat(run.exitCode).isZero();
        assertThat(run.arguments()).containsSubsequence("-cp", app.resolve("dokploy.jar").toString());
    }

    @Test
    void aMissingJarOrJavaIsAClearError() throws Exception {
        environment.remove("JAVA_HOME");
        environment.put("PATH", toolsWithoutJava().toString());

        Run noJava = launch("queue");
        Files.delete(app.resolve("dokploy.jar"));
        Run noJar = launch("queue");

        assertThat(noJava.exitCode).isEqualTo(2);
        assertThat(noJava.err).contains("no java found", "Java 17 or newer", "JAVA_HOME");
        assertThat(noJar.exitCode).isEqualTo(2);
        assertThat(noJar.err).contains("dokploy.jar is missing", "./mvnw");
    }

    /** A directory with the tools the launcher uses, and no {@code java}. */
    private Path toolsWithoutJava() throws IOException {
        Path tools = Files.createDirectories(root.resolve("tools"));
        for (String tool : List.of("readlink")) {
            Path found = Stream.of("/usr/bin", "/bin").map(directory -> Path.of(directory, tool))
                    .filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
        return tools;
    }

    private void archiveMadeBy(String release) throws IOException {
        Files.writeString(app.resolve("dokploy.jsa"), "an archive");
        Files.writeString(app.resolve("dokploy.jsa.release"), release);
    }

    private Run launch(String... arguments) throws Exception {
        return launch(app.resolve("dokploy"), arguments);
    }

    private Run launch(Path launcher, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
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

        List<String> arguments() {
            List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
            lines.remove(lines.size() - 1);
            return lines;
        }
    }
}
