package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code application.*} against the captured answers of Dokploy v0.30.2 and the checks of its router. */
@WithFakeDokploy(manualClock = true)
class ApplicationProceduresTest {

    private FakeDokploy fake;
    private Wire wire;
    private Provision provision;
    private String environmentId;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
        provision = new Provision(wire);
        environmentId = provision.environment("cap-project");
    }

    private String capturedRequest(String capture, String applicationId) {
        return Captured.requestBody(capture).replace("-dNzNNIgwo1wPVtk-GThK", applicationId)
                .replace("AwjXysUlGM1CmNeL6Fso3", environmentId);
    }

    private String create() {
        return wire.postJson("/api/application.create", capturedRequest("009-application.create", ""))
                .get("applicationId").textValue();
    }

    @Test
    void createAnswersEveryColumnOfTheNewRow() {
        JsonNode created = wire.postJson("/api/application.create", capturedRequest("009-application.create", ""));

        Captured.assertSameShape(Captured.body("009-application.create"), created);
        assertEquals("cap-web", created.get("name").textValue());
        assertEquals("captured app", created.get("description").textValue());
        assertEquals(environmentId, created.get("environmentId").textValue());
        assertEquals(21, created.get("refreshToken").textValue().length());
        assertTrue(created.get("appName").textValue().matches("app(-[a-z0-9]+)+-[a-z1-9]{6}"),
                created.get("appName").textValue());
        assertEquals("idle", created.get("applicationStatus").textValue());
    }

    @Test
    void aGivenAppNameIsCleanedAndSuffixed() {
        JsonNode created = wire.postJson("/api/application.create", "{\"name\":\"web\",\"environmentId\":\""
                + environmentId + "\",\"appName\":\"Web-API\"}");

        assertTrue(created.get("appName").textValue().matches("web-api-[a-z0-9]{6}"),
                created.get("appName").textValue());
    }

    @Test
    void oneAddsTheRelationsInTheServersOrder() {
        String appId = create();

        JsonNode one = wire.getJson("/api/application.one?applicationId=" + appId);

        Captured.assertSameShape(Captured.body("010-application.one"), one);
        JsonNode environment = one.get("environment");
        assertEquals("production", environment.get("name").textValue());
        assertEquals("cap-project", environment.get("project").get("name").textValue());
    }

    @Test
    void updateAnswersTrueAndChangesTheRowButNotItsAppName() {
        String appId = create();
        String appName = wire.getJson("/api/application.one?applicationId=" + appId).get("appName").textValue();

        HttpResponse<String> response = wire.post("/api/application.update",
                "{\"applicationId\":\"" + appId + "\",\"description\":\"changed\",\"replicas\":2,\"appName\":\"x\"}");

        assertEquals("true", response.body());
        JsonNode one = wire.getJson("/api/application.one?applicationId=" + appId);
        assertEquals("changed", one.get("description").textValue());
        assertEquals(2, one.get("replicas").intValue());
        assertEquals(appName, one.get("appName").textValue());
    }

    @Test
    void savesEchoTheSecretsAndTheImage() {
        String appId = create();

        assertEquals("true", wire.post("/api/application.saveEnvironment",
                capturedRequest("012-application.saveEnvironment", appId)).body());
        assertEquals("true", wire.post("/api/application.saveDockerProvider",
                "{\"applicationId\":\"" + appId + "\",\"dockerImage\":\"nginx:alpine\",\"username\":\"deployer\","
                        + "\"password\":\"s3cret\",\"registryUrl\":null}").body());

        JsonNode one = wire.getJson("/api/application.one?applicationId=" + appId);
        Captured.assertSameShape(Captured.body("015-application.one-after-saves"), one);
        assertEquals("A=1\nB=two", one.get("env").textValue());
        assertTrue(one.get("buildArgs").isNull());
        assertEquals("docker", one.get("sourceType").textValue());
        assertEquals("nginx:alpine", one.get("dockerImage").textValue());
        assertEquals("s3cret", one.get("password").textValue());
    }

    @Test
    void aRequiredNullableFieldMustBeSent() {
        String appId = create();

        HttpResponse<String> response = wire.post("/api/application.saveEnvironment",
                "{\"applicationId\":\"" + appId + "\",\"env\":\"A=1\",\"buildArgs\":null,\"createEnvFile\":true}");

        assertEquals(400, response.statusCode());
        assertEquals("[{\"expected\":\"string\",\"code\":\"invalid_type\",\"path\":[\"buildSecrets\"],"
                + "\"message\":\"Invalid input: expected string, received undefined\"}]",
                Wire.parse(response.body()).get("issues").toString());
    }

    @Test
    void deleteAnswersTheRowWithItsRelationsAndTakesDomainsAndDeployments() {
        String appId = create();
        String domainId = provision.applicationDomain(appId, "cap.example.com").get("domainId").textValue();
        String deploymentId = wire.deployApplication(appId);

        JsonNode deleted = wire.postJson("/api/application.delete", "{\"applicationId\":\"" + appId + "\"}");

        Captured.assertSameShape(Captured.body("042-application.delete"), deleted);
        assertEquals(domainId, deleted.get("domains").get(0).get("domainId").textValue());
        assertEquals(deploymentId, deleted.get("deployments").get(0).get("deploymentId").textValue());
        assertEquals(404, wire.get("/api/application.one?applicationId=" + appId).statusCode());
        assertEquals(404, wire.get("/api/domain.one?domainId=" + domainId).statusCode());
        assertEquals("[]", wire.getJson("/api/deployment.all?applicationId=" + appId).toString());
        assertEquals("[]", wire.getJson("/api/deployment.queueList").toString());
    }

    @Test
    void unknownApplicationsGiveTheRoutersOwnErrors() {
        HttpResponse<String> one = wire.get("/api/application.one?applicationId=nope");
        assertEquals(404, one.statusCode());
        assertEquals("{\"message\":\"Application not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"application.one\",\"zodError\":null}}", one.body());
        assertEquals(404, wire.post("/api/application.delete", "{\"applicationId\":\"nope\"}").statusCode());
        assertEquals(404, wire.post("/api/application.saveDockerProvider", "{\"applicationId\":\"nope\","
                + "\"dockerImage\":null,\"username\":null,\"password\":null,\"registryUrl\":null}").statusCode());
        HttpResponse<String> update = wire.post("/api/application.update", "{\"applicationId\":\"nope\"}");
        assertEquals(400, update.statusCode());
        assertEquals("Error updating application", Wire.parse(update.body()).get("message").textValue());
        HttpResponse<String> create = wire.post("/api/application.create",
                "{\"name\":\"web\",\"environmentId\":\"nope\"}");
        assertEquals(404, create.statusCode());
        assertEquals("Environment not found", Wire.parse(create.body()).get("message").textValue());
    }

    @Test
    void updateMovesAnApplicationToAnotherEnvironmentButNotToAnUnknownOne() {
        String appId = create();
        String other = provision.environment("other");

        wire.postJson("/api/application.update", "{\"applicationId\":\"" + appId + "\",\"environmentId\":\"" + other
                + "\"}");
        assertEquals("other", wire.getJson("/api/application.one?applicationId=" + appId).get("environment")
                .get("project").get("name").textValue());
        HttpResponse<String> unknown = wire.post("/api/application.update",
                "{\"applicationId\":\"" + appId + "\",\"environmentId\":\"nope\"}");
        assertEquals(500, unknown.statusCode());
        assertEquals("Internal server error", Wire.parse(unknown.body()).get("message").textValue());
    }

    @Test
    void anAppNameOutsideThePatternGetsDokploysMessage() {
        HttpResponse<String> response = wire.post("/api/application.create",
                "{\"name\":\"web\",\"environmentId\":\"" + environmentId + "\",\"appName\":\"my app\"}");

        assertEquals(400, response.statusCode());
        assertEquals("[{\"origin\":\"string\",\"code\":\"invalid_format\",\"format\":\"regex\","
                + "\"pattern\":\"/^[a-zA-Z0-9._-]+$/\",\"path\":[\"appName\"],"
                + "\"message\":\"App name can only contain letters, numbers, dots, underscores and hyphens\"}]",
                Wire.parse(response.body()).get("issues").toString());
    }

    @Test
    void aSeededApplicationIsAFullRowInItsProject() {
        String appId = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));

        JsonNode one = wire.getJson("/api/application.one?applicationId=" + appId);

        Captured.assertSameShape(Captured.body("010-application.one"), one);
        assertEquals("Fake Project", one.get("environment").get("project").get("name").textValue());
        assertEquals("nginx:1.27", one.get("dockerImage").textValue());
        String projectId = one.get("environment").get("projectId").textValue();
        assertEquals(appId, wire.getJson("/api/project.one?projectId=" + projectId).get("environments").get(0)
                .get("applications").get(0).get("applicationId").textValue());
    }
}
