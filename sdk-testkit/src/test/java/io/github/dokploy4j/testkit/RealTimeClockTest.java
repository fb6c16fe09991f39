package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** On the default wall clock, builds run by themselves. */
class RealTimeClockTest {

    @Test
    void buildsFinishOnTheirOwnAndTheClockCannotBeAdvanced() {
        try (FakeDokploy fake = FakeDokploy.start()) {
            String appId = fake.createApplication("demo");
            ScriptedBuild build = fake.scriptNextBuild(appId, BuildScript.succeedAfter(Duration.ofMillis(50)));
            Wire wire = new Wire(fake);
            wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");

            build.awaitState(BuildState.SUCCEEDED, Duration.ofSeconds(10));
            assertEquals("done", wire.getJson("/api/deployment.all?applicationId=" + appId).get(0)
                    .get("status").asText());
            assertThrows(IllegalStateException.class, () -> fake.clock().advance(Duration.ofSeconds(1)));
        }
    }
}
