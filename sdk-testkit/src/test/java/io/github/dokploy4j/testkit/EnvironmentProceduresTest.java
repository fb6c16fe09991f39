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

/** {@code environment.*} against the captured answers of Dokploy v0.30.2 and the checks of its router. */
@WithFakeDokploy(manualClock = true)
class EnvironmentProceduresTest {

    private FakeDokploy fake;
    private Wire wire;
    private Provision provision;
    private String projectId;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
        provision = new Provision(wire);
        projectId = provision.project("cap-project").get("project").get("projectId").textValue();
    }

    private JsonNode createStaging() {
        return wire.postJson("/api/environment.create", "{\"name\":\"staging\",\"description\":\"for tests\","
                + "\"projectId\":\"" + projectId + "\"}");
    }

    @Test
    void createAnswersTheNewRow() {
        JsonNode created = createStaging();

        Captured.assertSameShape(Captured.body("006-environment.create"), created);
        assertEquals("staging", created.get("name").textValue());
        assertEquals("for tests", created.get("description").textValue());
        assertEquals(projectId, created.get("projectId").textValue());
        assertEquals("", created.get("env").textValue());
        assertFalse(created.get("isDefault").booleanValue());
    }

    @Test
    void oneSelectsItsColumnsThenServicesThenTheProject() {
        String environmentId = createStaging().get("environmentId").textValue();
        JsonNode empty = wire.getJson("/api/environment.one?environmentId=" + environmentId);
        Captured.assertSameShape(Captured.body("007-environment.one"), empty);

        String serverId = fake.createServer("hetzner-fsn1");
        fake.createApplication("web", ServiceOptions.defaults().inEnvironment(environmentId).onServer(serverId));
        provision.compose(environmentId, "stack");
        JsonNode environment = wire.getJson("/api/environment.one?environmentId=" + environmentId);

        JsonNode app = environment.get("applications").get(0);
        assertEquals(List.of("name", "applicationId", "createdAt", "applicationStatus", "description", "serverId",
                "icon", "server"), Captured.keys(app));
        assertEquals("{\"name\":\"hetzner-fsn1\",\"serverId\":\"" + serverId + "\"}", app.get("server").toString());
        assertEquals(List.of("composeId", "name", "createdAt", "composeStatus", "description", "serverId", "icon",
                "server"), Captured.keys(environment.get("compose").get(0)));
    }

    @Test
    void byProjectIdListsTheOldestFirst() {
        fake.clock().advance(Duration.ofSeconds(1));
        createStaging();

        JsonNode environments = wire.getJson("/api/environment.byProjectId?projectId=" + projectId);

        assertEquals(2, environments.size());
        Captured.assertSameShape(Captured.body("005-environment.byProjectId").get(0), environments.get(0));
        assertEquals("production", environments.get(0).get("name").textValue());
        assertEquals("staging", environments.get(1).get("name").textValue());
        assertEquals("[]", wire.getJson("/api/environment.byProjectId?projectId=nope").toString());
    }

    @Test
    void byProjectIdNamesEachServiceWithItsServer() {
        String environmentId = createStaging().get("environmentId").textValue();
        provision.application(environmentId, "web");

        JsonNode app = wire.getJson("/api/environment.byProjectId?projectId=" + projectId).get(1)
                .get("applications").get(0);

        assertEquals(List.of("name", "description", "appName", "createdAt", "serverId", "applicationStatus",
                "applicationId", "icon", "server"), Captured.keys(app));
    }

    @Test
    void updateAnswersTheUpdatedRow() {
        String environmentId = createStaging().get("environmentId").textValue();

        JsonNode updated = wire.postJson("/api/environment.update",
                "{\"environmentId\":\"" + environmentId + "\",\"env\":\"SHARED=1\"}");

        Captured.assertSameShape(Captured.body("008-environment.update"), updated);
        assertEquals("SHARED=1", updated.get("env").textValue());
    }

    @Test
    void removeAnswersTheDeletedRow() {
        String environmentId = createStaging().get("environmentId").textValue();

        JsonNode removed = wire.postJson("/api/environment.remove", "{\"environmentId\":\"" + environmentId + "\"}");

        Captured.assertSameShape(Captured.body("045-environment.remove"), removed);
        assertEquals(404, wire.get("/api/environment.one?environmentId=" + environmentId).statusCode());
    }

    @Test
    void productionIsReserved() {
        HttpResponse<String> response = wire.post("/api/environment.create",
                "{\"name\":\"production\",\"projectId\":\"" + projectId + "\"}");

        assertEquals(400, response.statusCode());
        assertEquals("You cannot create a environment with the name 'production'",
                Wire.parse(response.body()).get("message").textValue());
    }

    @Test
    void theDefaultEnvironmentCannotBeRemovedOrRenamed() {
        String production = wire.getJson("/api/environment.byProjectId?projectId=" + projectId).get(0)
                .get("environmentId").textValue();

        HttpResponse<String> remove = wire.post("/api/environment.remove", "{\"environmentId\":\"" + production + "\"}");
        assertEquals(400, remove.statusCode());
        assertEquals("You cannot delete the default environment", Wire.parse(remove.body()).get("message").textValue());
        HttpResponse<String> rename = wire.post("/api/environment.update",
                "{\"environmentId\":\"" + production + "\",\"name\":\"prod\"}");
        assertEquals(400, rename.statusCode());
        assertEquals("Error updating the environment: You cannot rename the default environment",
                Wire.parse(rename.body()).get("message").textValue());
    }

    @Test
    void anEnvironmentWithServicesCannotBeRemoved() {
        String environmentId = createStaging().get("environmentId").textValue();
        provision.application(environmentId, "web");

        HttpResponse<String> response = wire.post("/api/environment.remove",
                "{\"environmentId\":\"" + environmentId + "\"}");

        assertEquals(400, response.statusCode());
        assertEquals("Cannot delete environment: it has active services. Delete all services first.",
                Wire.parse(response.body()).get("message").textValue());
    }

    @Test
    void unknownIdsGiveTheRoutersOwnErrors() {
        HttpResponse<String> one = wire.get("/api/environment.one?environmentId=nope");
        assertEquals(404, one.statusCode());
        assertEquals("Environment not found", Wire.parse(one.body()).get("message").textValue());
        assertEquals(404, wire.post("/api/environment.remove", "{\"environmentId\":\"nope\"}").statusCode());
        HttpResponse<String> update = wire.post("/api/environment.update", "{\"environmentId\":\"nope\"}");
        assertEquals(400, update.statusCode());
        assertEquals("Error updating the environment: Environment not found",
                Wire.parse(update.body()).get("message").textValue());
        String staging = createStaging().get("environmentId").textValue();
        HttpResponse<String> move = wire.post("/api/environment.update",
                "{\"environmentId\":\"" + staging + "\",\"projectId\":\"nope\"}");
        assertEquals(400, move.statusCode());
        assertTrue(Wire.parse(move.body()).get("message").textValue().startsWith("Error updating the environment: "));
        HttpResponse<String> create = wire.post("/api/environment.create", "{\"name\":\"qa\",\"projectId\":\"nope\"}");
        assertEquals(400, create.statusCode());
        assertTrue(Wire.parse(create.body()).get("message").textValue().startsWith("Error creating the environment: "));
    }
}
