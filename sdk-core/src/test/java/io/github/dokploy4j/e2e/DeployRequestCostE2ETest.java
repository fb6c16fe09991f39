package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.RecordedRequest;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * What following a deploy costs the server: the requests of a typical deploy-and-wait, counted in the fake's
 * journal. A rate-limited key or a busy server pays for every poll, so the number is part of the contract.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeployRequestCostE2ETest {
    /** Issue 12: a two-minute deploy-and-wait in at most 20 requests in all (DeployAndWaitEconomyTest has the spread). */
    private static final int BUDGET = 20;

    @Test
    void twoMinuteDeployFollowedToSuccessCostsAtMostTwentyRequests(FakeDokploy fake, TestReporter report) {
        String app = fake.createApplication("web-api", ServiceOptions.git("feat: checkout v2",
                "0123456789abcdef0123456789abcdef01234567"));
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMinutes(2)));
        List<RecordedRequest> requests;
        try (DokployClient client = TestClients.inFakeTime(fake)) {
            fake.clearRequests();

            Deployment done = client.applications().deploy(app).awaitSuccess(Duration.ofMinutes(10));

            assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
            requests = fake.requests();
        }
        Map<String, Long> byProcedure = requests.stream().collect(Collectors.groupingBy(
                r -> r.procedure().orElse(r.path()), TreeMap::new, Collectors.counting()));
        String summary = requests.size() + " requests for a 2-minute deploy followed to success: " + byProcedure;
        report.publishEntry("deploy-and-wait requests", summary);
        System.out.println(summary);

        assertThat(requests).as(summary).hasSizeLessThanOrEqualTo(BUDGET);
        assertThat(byProcedure).as(summary).containsEntry("application.deploy", 1L)
                .containsEntry("/listen-deployment", 1L).doesNotContainKey("deployment.allByType");
    }
}
