package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import java.time.Duration;
import java.util.Map;

/** Puts deployments on a fake the way Dokploy makes them: a deploy call, then the worker runs the script. */
final class Seed implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeDokploy fake;
    private final DokployClient client;

    Seed(FakeDokploy fake) {
        this.fake = fake;
        this.client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
    }

    /** Queues a deploy of an application running {@code script}; returns the build to await or release. */
    ScriptedBuild deployApp(String applicationId, BuildScript script) {
        ScriptedBuild build = fake.scriptNextBuild(applicationId, script);
        client.procedure("application.deploy").mutation(Map.of("applicationId", applicationId));
        return build;
    }

    /** Queues a deploy of a compose service running {@code script}. */
    ScriptedBuild deployCompose(String composeId, BuildScript script) {
        ScriptedBuild build = fake.scriptNextBuild(composeId, script);
        client.procedure("compose.deploy").mutation(Map.of("composeId", composeId));
        return build;
    }

    /** An application deployment that ran {@code script} to its {@code end}. */
    String finishedApp(String applicationId, BuildScript script, BuildState end) {
        return deployApp(applicationId, script).awaitState(end, WAIT).deploymentId().orElseThrow();
    }

    /** A successful application deployment. */
    String doneApp(String applicationId) {
        return finishedApp(applicationId, BuildScript.succeedAfter(Duration.ZERO), BuildState.SUCCEEDED);
    }

    DokployClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
