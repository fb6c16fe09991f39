package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a user's integration test does against the fake: project, environment, application, its variables and image, a
 * domain, a deploy followed to its end, then everything deleted again.
 */
@WithFakeDokploy(manualClock = true)
class ResourceLifecycleTest {

    @Test
    void provisionDeployAndCleanUp(FakeDokploy fake) {
        Wire wire = new Wire(fake);
        JsonNode project = wire.postJson("/api/project.create", "{\"name\":\"shop\",\"description\":\"e2e\"}");
        String projectId = project.get("project").get("projectId").textValue();
        String environmentId = wire.postJson("/api/environment.create",
                "{\"name\":\"staging\",\"projectId\":\"" + projectId + "\"}").get("environmentId").textValue();
        JsonNode application = wire.postJson("/api/application.create",
                "{\"name\":\"web\",\"environmentId\":\"" + environmentId + "\"}");
        String appId = application.get("applicationId").textValue();
        String appName = application.get("appName").textValue();
        wire.postJson("/api/application.saveEnvironment", "{\"applicationId\":\"" + appId + "\","
                + "\"env\":\"DATABASE_URL=postgres://shop:pw@db/shop\",\"buildArgs\":null,\"buildSecrets\":null,"
                + "\"createEnvFile\":true}");
        wire.postJson("/api/application.saveDockerProvider", "{\"applicationId\":\"" + appId + "\","
                + "\"dockerImage\":\"nginx:1.27\",\"username\":null,\"password\":null,\"registryUrl\":null}");
        String domainId = new Provision(wire).applicationDomain(appId, "shop.example.com").get("domainId").textValue();
        ScriptedBuild build = fake.scriptNextBuild(appId, BuildScript.steps()
                .log("Pulling nginx:1.27").pause(Duration.ofSeconds(3)).log("Done").succeed());

        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\",\"title\":\"e2e\"}");
        String deploymentId = build.deploymentId().orElseThrow();
        assertEquals("running", wire.getJson("/api/application.one?applicationId=" + appId)
                .get("applicationStatus").textValue());
        fake.clock().advance(Duration.ofSeconds(3));

        assertEquals(BuildState.SUCCEEDED, build.state());
        JsonNode one = wire.getJson("/api/application.one?applicationId=" + appId);
        assertEquals("done", one.get("applicationStatus").textValue());
        JsonNode row = one.get("deployments").get(0);
        assertEquals(deploymentId, row.get("deploymentId").textValue());
        assertEquals("done", row.get("status").textValue());
        assertEquals("e2e", row.get("title").textValue(), "docker-image sources keep the title they were deployed with");
        assertTrue(row.get("logPath").textValue().startsWith("/etc/dokploy/logs/" + appName + "/"));
        assertEquals(domainId, one.get("domains").get(0).get("domainId").textValue());
        assertEquals("staging", one.get("environment").get("name").textValue());
        assertEquals("Initializing deployment\nPulling nginx:1.27\nDone\n",
                wire.getJson("/api/deployment.readLogs?deploymentId=" + deploymentId).textValue());
        assertEquals(appId, wire.getJson("/api/deployment.allCentralized").get(0).get("application")
                .get("applicationId").textValue());

        wire.postJson("/api/application.delete", "{\"applicationId\":\"" + appId + "\"}");
        assertEquals(404, wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId).statusCode());
        wire.postJson("/api/environment.remove", "{\"environmentId\":\"" + environmentId + "\"}");
        wire.postJson("/api/project.remove", "{\"projectId\":\"" + projectId + "\"}");
        assertEquals("[]", wire.getJson("/api/project.all").toString());
        assertEquals("[]", wire.getJson("/api/deployment.allCentralized").toString());
    }
}
