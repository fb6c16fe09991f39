package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.SteppingDelayer;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentWatch;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The organisation-wide watch against the fake Dokploy, one poll at a time: each transition of a deployment is
 * reported once, in the order it happened.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeploymentWatchE2ETest {
    private FakeDokploy fake;
    private SteppingDelayer polls;
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.polls = new SteppingDelayer(fake.clock());
        this.client = TestClients.inFakeTime(fake, polls);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void watchReportsQueuedRunningDoneAndRemovedOnceEach() {
        String blocker = fake.createApplication("billing", ServiceOptions.dockerImage("nginx:1.27"));
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
        ScriptedBuild held = fake.scriptNextBuild(blocker, BuildScript.untilReleased());
        ScriptedBuild ours = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        client.procedure("application.deploy").mutation(Map.of("applicationId", blocker));
        List<DeploymentEvent> events = new CopyOnWriteArrayList<>();

        try (DeploymentWatch watch = client.deployments().watch(Duration.ofSeconds(1), events::add)) {
            polls.awaitPollerIdle(); // the baseline: the held build is already running and reports nothing
            client.procedure("application.deploy").mutation(Map.of("applicationId", app));
            polls.step();
            held.release();
            polls.step();
            fake.clock().advance(Duration.ofSeconds(31));
            polls.step();
            client.deployments().removeDeployment(ours.deploymentId().orElseThrow());
            polls.step();
            polls.step();

            assertThat(watch.isRunning()).isTrue();
            assertThat(watch.failure()).isEmpty();
        }

        List<DeploymentEvent> ourEvents = events.stream().filter(e -> e.serviceId().equals(app)).toList();
        assertThat(ourEvents).extracting(DeploymentEvent::phase).containsExactly(DeploymentPhase.QUEUED,
                DeploymentPhase.RUNNING, DeploymentPhase.DONE, DeploymentPhase.REMOVED);
        assertThat(ourEvents).allSatisfy(e -> assertThat(e.serviceType()).isEqualTo(ServiceType.APPLICATION));
        assertThat(ourEvents.get(0).job()).isPresent();
        assertThat(ourEvents.get(1).previousPhase()).contains(DeploymentPhase.QUEUED);
        assertThat(ourEvents.subList(1, 4)).allSatisfy(e -> assertThat(e.deployment()).hasValueSatisfying(
                row -> assertThat(row.deploymentId()).isEqualTo(ours.deploymentId().orElseThrow())));
        assertThat(events).filteredOn(e -> e.serviceId().equals(blocker)).extracting(DeploymentEvent::phase)
                .containsExactly(DeploymentPhase.DONE);
    }
}
