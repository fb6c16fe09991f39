package io.github.dokploy4j.cli;

import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The commands the build runs once, under {@code -XX:DumpLoadedClassList}, to list the classes that the CLI's
 * class-data archive ({@code target/dokploy.jsa}) holds: every command against a fake server, so that each of them
 * starts from the archive, plus the help and a usage error. Exits 1 when a command does not end as expected.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (FakeDokploy fake = FakeDokploy.start(FakeDokployOptions.builder()
                .realTimeClock()
                .defaultBuild(BuildScript.steps().log("Step 1/1 : FROM nginx:1.27").pause(Duration.ofMillis(50))
                        .succeed())
                .build())) {
            String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
            String stack = fake.createCompose("shop-stack", ServiceOptions.dockerImage("nginx:1.27"));
            Map<String, String> environment = Map.of("DOKPLOY_URL", fake.baseUrl(), "DOKPLOY_API_KEY", fake.apiKey());
            List<List<String>> commands = List.of(
                    List.of("--help"),
                    List.of("deplo"),
                    List.of("--json", "queue"),
                    List.of("queue"),
                    List.of("version"),
                    List.of("deploy", "--app", app, "--wait"),
                    List.of("--json", "deploy", "--compose", stack, "--follow"),
                    List.of("deployments", "list", "--app", app),
                    List.of("--json", "deployments", "list", "--all"),
                    List.of("deployments", "list", "--all"),
                    List.of("cancel", "--app", app),
                    List.of("api", "application.one", "--applicationId", app),
                    List.of("--json", "api", "deployment.queueList"),
                    List.of("completion"),
                    List.of("rm", "no-such-deployment"));
            // what main uses instead of this map: read once so that the archive holds it
            new SystemEnvironment().apply("PATH");
            int failures = 0;
            for (List<String> command : commands) {
                int code = run(environment, command);
                boolean expected = command.get(0).equals("deplo") ? code == ExitCode.USAGE
                        : command.get(0).equals("rm") ? code == ExitCode.NOT_FOUND : code == ExitCode.SUCCESS;
                if (!expected) {
                    System.err.println("training: dokploy " + String.join(" ", command) + " exited " + code);
                    failures++;
                }
            }
            if (failures > 0) {
                System.exit(1);
            }
        }
    }

    private static int run(Map<String, String> environment, List<String> command) {
        Writer sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink, true);
        return new DokployCli(environment::get, false, writer, writer).execute(command.toArray(String[]::new));
    }
}
