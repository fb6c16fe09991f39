package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code compose.*} against the captured answers of Dokploy v0.30.2 and the checks of its router. */
@WithFakeDokploy(manualClock = true)
class ComposeProceduresTest {

    private Wire wire;
    private String environmentId;

    @BeforeEach
    void start(FakeDokploy fake) {
        wire = new Wire(fake);
        environmentId = new Provision(wire).environment("cap-project");
    }

    private JsonNode create() {
        return wire.postJson("/api/compose.create",
                Captured.requestBody("023-compose.create").replace("AwjXysUlGM1CmNeL6Fso3", environmentId));
    }

    @Test
    void createAnswersEveryColumnOfTheNewRow() {
        JsonNode created = create();

        Captured.assertSameShape(Captured.body("023-compose.create"), created);
        assertEquals("cap-stack", created.get("name").textValue());
        assertEquals("services:\n  web:\n    image: nginx:alpine\n", created.get("composeFile").textValue());
        assertTrue(created.get("appName").textValue().matches("compose(-[a-z0-9]+)+-[a-z1-9]{6}"),
                created.get("appName").textValue());
        assertEquals("", new Provision(wire).compose(environmentId, "bare").get("composeFile").textValue());
    }

    @Test
    void oneAddsTheRelationsInTheServersOrder() {
        String composeId = create().get("composeId").textValue();

        Captured.assertSameShape(Captured.body("024-compose.one"),
                wire.getJson("/api/compose.one?composeId=" + composeId));
    }

    @Test
    void updateAnswersTheUpdatedRow() {
        String composeId = create().get("composeId").textValue();

        JsonNode updated = wire.postJson("/api/compose.update",
                "{\"composeId\":\"" + composeId + "\",\"description\":\"changed stack\"}");

        Captured.assertSameShape(Captured.body("025-compose.update"), updated);
        assertEquals("changed stack", updated.get("description").textValue());
    }

    @Test
    void updateOfAnUnknownComposeAnswersAnEmptyBody() {
        HttpResponse<String> response = wire.post("/api/compose.update", "{\"composeId\":\"nope\"}");

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void saveEnvironmentAnswersTrueAndDeleteAnswersTheRowWithItsRelations() {
        String composeId = create().get("composeId").textValue();

        assertEquals("true", wire.post("/api/compose.saveEnvironment",
                "{\"composeId\":\"" + composeId + "\",\"env\":\"X=1\"}").body());
        JsonNode deleted = wire.postJson("/api/compose.delete",
                "{\"composeId\":\"" + composeId + "\",\"deleteVolumes\":false}");

        Captured.assertSameShape(Captured.body("044-compose.delete"), deleted);
        assertEquals("X=1", deleted.get("env").textValue());
        assertEquals(404, wire.get("/api/compose.one?composeId=" + composeId).statusCode());
    }

    @Test
    void unknownComposeServicesGiveTheRoutersOwnErrors() {
        HttpResponse<String> one = wire.get("/api/compose.one?composeId=nope");
        assertEquals(404, one.statusCode());
        assertEquals("Compose not found", Wire.parse(one.body()).get("message").textValue());
        assertEquals(404, wire.post("/api/compose.delete", "{\"composeId\":\"nope\",\"deleteVolumes\":true}")
                .statusCode());
        HttpResponse<String> save = wire.post("/api/compose.saveEnvironment", "{\"composeId\":\"nope\",\"env\":null}");
        assertEquals(400, save.statusCode());
        assertEquals("Error adding environment variables", Wire.parse(save.body()).get("message").textValue());
    }

    @Test
    void deleteNeedsDeleteVolumesAndCreateAKnownComposeType() {
        HttpResponse<String> delete = wire.post("/api/compose.delete", "{\"composeId\":\"x\"}");
        assertEquals("[{\"expected\":\"boolean\",\"code\":\"invalid_type\",\"path\":[\"deleteVolumes\"],"
                + "\"message\":\"Invalid input: expected boolean, received undefined\"}]",
                Wire.parse(delete.body()).get("issues").toString());
        HttpResponse<String> create = wire.post("/api/compose.create", "{\"name\":\"s\",\"environmentId\":\""
                + environmentId + "\",\"composeType\":\"swarm\"}");
        assertEquals("[{\"code\":\"invalid_value\",\"values\":[\"docker-compose\",\"stack\"],\"path\":[\"composeType\"],"
                + "\"message\":\"Invalid option: expected one of \\\"docker-compose\\\"|\\\"stack\\\"\"}]",
                Wire.parse(create.body()).get("issues").toString());
    }
}
