package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WatchCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void printsEachPhaseChangeOnceAndStopsAfterMaxEvents(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("watched", ServiceOptions.dockerImage("nginx:1.27"));
        CompletableFuture<CliRunner.Result> watching = CompletableFuture.supplyAsync(() ->
                CliRunner.against(fake).run("watch", "--interval", "1s", "--max-events", "1"));
        fake.awaitRequests("deployment.allCentralized", 1, Seed.WAIT);
        try (Seed seed = new Seed(fake)) {
            seed.deployApp(app, BuildScript.succeedAfter(Duration.ZERO));
        }

        CliRunner.Result result = watching.get(10, TimeUnit.SECONDS);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("watched").containsPattern("QUEUED|RUNNING|DONE");
        assertThat(result.err()).contains("Ctrl-C");
    }

    @Test
    void anIntervalBelowOneSecondIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("watch", "--interval", "100ms");

        assertThat(result.exitCode()).isEqualTo(2);
    }
}
