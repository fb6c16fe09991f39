package io.github.dokploy4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a user's own test of deploy-and-wait looks like in fake time: the fake Dokploy on a manual clock, the client's
 * waits moving that clock ({@link FakeDokployTime}). A ten-minute build is awaited in milliseconds, deterministically.
 */
@WithFakeDokploy(manualClock = true)
class DeployInFakeTimeTest {
    private static DokployClient clientOf(FakeDokploy fake) {
        FakeDokployTime time = new FakeDokployTime(fake.clock());
        return DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).time(time, time).build();
    }

    @Test
    void aTenMinuteBuildIsAwaitedInFakeTime(FakeDokploy fake) {
        String app = fake.createApplication("web-api");
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(10)));
        Instant start = fake.clock().now();

        try (DokployClient client = clientOf(fake)) {
            Deployment done = client.applications().deploy(app).awaitSuccess(Duration.ofMinutes(30));

            assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        }
        assertThat(Duration.between(start, fake.clock().now())).isBetween(Duration.ofMinutes(10),
                Duration.ofMinutes(11));
    }

    @Test
    void aFailedBuildFailsTheWaitWithItsLog(FakeDokploy fake) {
        String app = fake.createApplication("web-api");
        fake.scriptNextBuild(app, BuildScript.steps().log("npm ERR! Missing script: \"build\"")
                .pause(Duration.ofMinutes(3)).log("Error ❌").fail());

        try (DokployClient client = clientOf(fake)) {
            assertThatThrownBy(() -> client.applications().deploy(app).awaitSuccess(Duration.ofMinutes(30)))
                    .isInstanceOfSatisfying(DeploymentFailedException.class, e -> assertThat(e.lastLogLines())
                            .contains("npm ERR! Missing script: \"build\""));
        }
    }
}
