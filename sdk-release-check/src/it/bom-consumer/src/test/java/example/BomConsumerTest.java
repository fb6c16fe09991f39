package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a user's build gets from the BOM alone. */
@WithFakeDokploy
class BomConsumerTest {

    @Test
    void theSdkDeploysToTheTestkitsFake(FakeDokploy fake) {
        String appId = fake.createApplication("web-api");
        fake.scriptNextBuild(appId, BuildScript.steps().log("Step 1/1 : FROM eclipse-temurin:17").succeed());
        try (DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
            assertEquals(DeploymentStatus.DONE,
                    client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30)).status());
        }
    }

    @Test
    void thePublishedPomsBringNoJetty() {
        String classPath = System.getProperty("surefire.test.class.path");
        assertNotNull(classPath, "surefire names the test class path");
        for (String entry : classPath.split(File.pathSeparator)) {
            assertFalse(new File(entry).getName().contains("jetty"), entry);
        }
        assertNull(getClass().getClassLoader().getResource("org/eclipse/jetty/server/Server.class"));
    }
}
