package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Following a deploy when the server misbehaves: passing 5xx answers are waited out, a locked-out key ends the wait
 * at once, a deploy whose answer was lost is never sent twice, and a row deleted under the handle ends the wait.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class PollingResilienceE2ETest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private FakeDokploy fake;
    private DokployClient client;
    private String app;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
        this.app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void passingServerErrorsWhilePollingDoNotEndTheWait(HandleMode mode) {
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofSeconds(30)));
        DeploymentHandle handle = mode.deploy(client, app);
        fake.onNextRequests("deployment.all", 4).respond(503, "{\"message\":\"Service Unavailable\"}");

        Deployment done = mode.awaitSuccess(handle, TEN_MINUTES);

        assertThat(done.deploymentId()).isEqualTo(build.deploymentId().orElseThrow());
        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
    }

    @Test
    void rateLimitedKeyEndsTheWaitAtItsFirstPlain401() {
        try (FakeDokploy limited = FakeDokploy.start(FakeDokployOptions.builder().manualClock()
                .apiKeyRateLimit(10).build());
                DokployClient polling = TestClients.inFakeTime(limited)) {
            String service = limited.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
            limited.scriptNextBuild(service, BuildScript.succeedAfter(Duration.ofMinutes(5)));
            DeploymentHandle handle = polling.applications().deploy(service);

            UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
                    () -> handle.awaitSuccess(TEN_MINUTES));

            assertThat(error.isAuthenticationFailure()).isTrue();
            // four answered requests spend 8 of the 10 verifications; the log WebSocket's handshake spends one more
            // when the fake checks the key after the upgrade, which may come before or after the next poll: either
            // that poll is refused, or the stream is closed as unauthorised and the poll after it is refused
            assertThat(limited.requests()).as("the answered requests and the handshake, then the one refused, and"
                    + " nothing after it").hasSizeBetween(6, 7)
                    .last().satisfies(last -> assertThat(last.procedure()).contains("deployment.all"));
        }
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void deployWhoseConnectionDropsIsNotSentAgain(HandleMode mode) {
        fake.onNextRequests("application.deploy", 1).dropConnection();

        DokployTransportException error = catchThrowableOfType(DokployTransportException.class,
                () -> mode.deploy(client, app));

        assertThat(error.kind()).isEqualTo(DokployTransportException.Kind.CONNECTION_LOST);
        assertThat(fake.requestCount("application.deploy")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(HandleMode.class)
    void rowRemovedWhileTheBuildRunsEndsTheWaitAsRemoved(HandleMode mode) {
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.untilReleased());
        DeploymentHandle handle = mode.deploy(client, app);
        mode.awaitDeployment(handle, Duration.ofMinutes(1));
        client.deployments().removeDeployment(build.deploymentId().orElseThrow());

        DeploymentFailedException failure = catchThrowableOfType(DeploymentFailedException.class,
                () -> mode.awaitCompletion(handle, TEN_MINUTES));

        assertThat(failure.phase()).isEqualTo(DeploymentPhase.REMOVED);
        assertThat(failure.deployment()).hasValueSatisfying(
                row -> assertThat(row.deploymentId()).isEqualTo(build.deploymentId().get()));
    }
}
