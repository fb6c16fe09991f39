package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code project.*} against the captured answers of Dokploy v0.30.2. */
@WithFakeDokploy(manualClock = true)
class ProjectProceduresTest {

    private FakeDokploy fake;
    private Wire wire;
    private Provision provision;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
        provision = new Provision(wire);
    }

    @Test
    void createAnswersTheProjectAndItsProductionEnvironment() {
        JsonNode created = wire.postJson("/api/project.create", Captured.requestBody("001-project.create"));

        Captured.assertSameShape(Captured.body("001-project.create"), created);
        JsonNode project = created.get("project");
        assertEquals("cap-project", project.get("name").textValue());
        assertEquals("captured", project.get("description").textValue());
        assertEquals("", project.get("env").textValue());
        assertEquals(21, project.get("projectId").textValue().length());
        assertEquals("2026-08-21T15:20:04.131Z", project.get("createdAt").textValue());
        JsonNode environment = created.get("environment");
        assertEquals("production", environment.get("name").textValue());
        assertEquals("Production environment", environment.get("description").textValue());
        assertEquals(project.get("projectId"), environment.get("projectId"));
        assertTrue(environment.get("isDefault").booleanValue());
    }

    @Test
    void createWithoutADescriptionStoresNull() {
        assertTrue(provision.project("bare").get("project").get("description").isNull());
    }

    @Test
    void oneNestsTheEnvironmentsWithTheirServices() {
        String projectId = provision.project("shop").get("project").get("projectId").textValue();
        JsonNode empty = wire.getJson("/api/project.one?projectId=" + projectId);
        Captured.assertSameShape(Captured.body("002-project.one"), empty);

        String environmentId = empty.get("environments").get(0).get("environmentId").textValue();
        String appId = provision.application(environmentId, "web").get("applicationId").textValue();
        String serverId = fake.createServer("hetzner-fsn1");
        fake.createCompose("stack", ServiceOptions.defaults().inEnvironment(environmentId).onServer(serverId));
        JsonNode environment = wire.getJson("/api/project.one?projectId=" + projectId).get("environments").get(0);

        JsonNode app = environment.get("applications").get(0);
        assertEquals(List.of("name", "description", "appName", "createdAt", "serverId", "applicationStatus",
                "applicationId", "icon", "server"), Captured.keys(app));
        assertEquals(appId, app.get("applicationId").textValue());
        assertTrue(app.get("server").isNull());
        JsonNode compose = environment.get("compose").get(0);
        assertEquals(List.of("name", "description", "appName", "createdAt", "serverId", "composeId",
                "composeStatus", "server"), Captured.keys(compose));
        assertEquals("{\"name\":\"hetzner-fsn1\"}", compose.get("server").toString());
    }

    @Test
    void allListsTheNewestProjectFirstWithServiceNamesAndStatuses() {
        String older = provision.environment("older");
        fake.clock().advance(Duration.ofSeconds(1));
        String newer = provision.environment("newer");
        provision.application(older, "web");
        provision.compose(older, "stack");

        JsonNode all = wire.getJson("/api/project.all");

        assertEquals(2, all.size());
        assertEquals("newer", all.get(0).get("name").textValue());
        JsonNode olderProject = all.get(1);
        Captured.assertSameShape(Captured.body("003-project.all").get(1), olderProject);
        JsonNode environment = olderProject.get("environments").get(0);
        assertEquals(older, environment.get("environmentId").textValue());
        assertEquals("web", environment.get("applications").get(0).get("name").textValue());
        assertEquals("idle", environment.get("compose").get(0).get("composeStatus").textValue());
        assertEquals(newer, all.get(0).get("environments").get(0).get("environmentId").textValue());
    }

    @Test
    void updateAnswersTheUpdatedRow() {
        String projectId = provision.project("cap-project").get("project").get("projectId").textValue();

        JsonNode updated = wire.postJson("/api/project.update",
                "{\"projectId\":\"" + projectId + "\",\"description\":\"updated description\"}");

        Captured.assertSameShape(Captured.body("004-project.update"), updated);
        assertEquals("updated description", updated.get("description").textValue());
        assertEquals("cap-project", updated.get("name").textValue());
        assertEquals("updated description",
                wire.getJson("/api/project.one?projectId=" + projectId).get("description").textValue());
    }

    @Test
    void removeDeletesEnvironmentsServicesDomainsAndDeployments() {
        JsonNode created = provision.project("doomed");
        String projectId = created.get("project").get("projectId").textValue();
        String environmentId = created.get("environment").get("environmentId").textValue();
        String appId = provision.application(environmentId, "web").get("applicationId").textValue();
        String domainId = provision.applicationDomain(appId, "web.example.com").get("domainId").textValue();
        String deploymentId = wire.deployApplication(appId);

        JsonNode removed = wire.postJson("/api/project.remove", "{\"projectId\":\"" + projectId + "\"}");

        Captured.assertSameShape(Captured.body("046-project.remove"), removed);
        assertEquals(projectId, removed.get("projectId").textValue());
        assertEquals(404, wire.get("/api/project.one?projectId=" + projectId).statusCode());
        assertEquals(404, wire.get("/api/environment.one?environmentId=" + environmentId).statusCode());
        assertEquals(404, wire.get("/api/application.one?applicationId=" + appId).statusCode());
        assertEquals(404, wire.get("/api/domain.one?domainId=" + domainId).statusCode());
        assertEquals(404, wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId).statusCode());
        assertEquals("[]", wire.getJson("/api/project.all").toString());
    }

    @Test
    void unknownProjectIsNotFound() {
        HttpResponse<String> one = wire.get("/api/project.one?projectId=nope");
        assertEquals(404, one.statusCode());
        assertEquals("{\"message\":\"Project not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"project.one\",\"zodError\":null}}", one.body());
        assertEquals(404, wire.post("/api/project.update", "{\"projectId\":\"nope\",\"name\":\"x\"}").statusCode());
        assertEquals(404, wire.post("/api/project.remove", "{\"projectId\":\"nope\"}").statusCode());
    }

    @Test
    void createRefusesAnEmptyName() {
        HttpResponse<String> response = wire.post("/api/project.create", "{\"name\":\"\",\"description\":7}");

        assertEquals(400, response.statusCode());
        assertEquals("[{\"origin\":\"string\",\"code\":\"too_small\",\"minimum\":1,\"inclusive\":true,"
                + "\"path\":[\"name\"],\"message\":\"Too small: expected string to have >=1 characters\"},"
                + "{\"expected\":\"string\",\"code\":\"invalid_type\",\"path\":[\"description\"],"
                + "\"message\":\"Invalid input: expected string, received number\"}]",
                Wire.parse(response.body()).get("issues").toString());
        assertFalse(wire.getJson("/api/project.all").elements().hasNext());
    }
}
