package io.github.dokploy4j.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's five-line test against the fake, exactly as printed there (real time: the fake's typical build). */
@WithFakeDokploy
class ReadmeExampleTest {
    @Test
    void deploys(FakeDokploy fake) {
        String app = fake.createApplication("web-api");
        DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
        assertEquals(DeploymentStatus.DONE, client.applications().deploy(app).awaitSuccess(Duration.ofMinutes(1)).status());
        client.close();
    }
}
