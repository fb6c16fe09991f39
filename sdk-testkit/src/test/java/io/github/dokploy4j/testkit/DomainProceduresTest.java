package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code domain.*} against the captured answers of Dokploy v0.30.2 and the checks of its router. */
@WithFakeDokploy(manualClock = true)
class DomainProceduresTest {

    private Wire wire;
    private Provision provision;
    private String environmentId;
    private String appId;

    @BeforeEach
    void start(FakeDokploy fake) {
        wire = new Wire(fake);
        provision = new Provision(wire);
        environmentId = provision.environment("cap-project");
        appId = provision.application(environmentId, "cap-web").get("applicationId").textValue();
    }

    private JsonNode create() {
        return wire.postJson("/api/domain.create",
                Captured.requestBody("017-domain.create").replace("-dNzNNIgwo1wPVtk-GThK", appId));
    }

    @Test
    void createAnswersTheRowWithItsDefaults() {
        JsonNode created = create();

        Captured.assertSameShape(Captured.body("017-domain.create"), created);
        assertEquals("cap.example.com", created.get("host").textValue());
        assertEquals(80, created.get("port").intValue());
        assertEquals("/", created.get("path").textValue());
        assertEquals(1, created.get("uniqueConfigKey").intValue());
        assertEquals("[]", created.get("middlewares").toString());
        assertEquals(2, provision.applicationDomain(appId, "two.example.com").get("uniqueConfigKey").intValue());
    }

    @Test
    void oneAndByApplicationIdAddTheApplication() {
        String domainId = create().get("domainId").textValue();

        JsonNode one = wire.getJson("/api/domain.one?domainId=" + domainId);
        Captured.assertSameShape(Captured.body("019-domain.one"), one);
        assertEquals(appId, one.get("application").get("applicationId").textValue());
        JsonNode list = wire.getJson("/api/domain.byApplicationId?applicationId=" + appId);
        Captured.assertSameShape(Captured.body("018-domain.byApplicationId"), list);
        assertEquals(1, list.size());
        assertEquals(domainId,
                wire.getJson("/api/application.one?applicationId=" + appId).get("domains").get(0).get("domainId")
                        .textValue());
    }

    @Test
    void updateAnswersThePlainRow() {
        String domainId = create().get("domainId").textValue();

        JsonNode updated = wire.postJson("/api/domain.update", Captured.requestBody("020-domain.update")
                .replace("7rpUktsgGjnueS6VRTNhc", domainId));

        Captured.assertSameShape(Captured.body("020-domain.update"), updated);
        assertEquals("cap2.example.com", updated.get("host").textValue());
        assertEquals(8080, updated.get("port").intValue());
    }

    @Test
    void deleteAnswersTheDeletedRow() {
        String domainId = create().get("domainId").textValue();

        JsonNode deleted = wire.postJson("/api/domain.delete", "{\"domainId\":\"" + domainId + "\"}");

        Captured.assertSameShape(Captured.body("041-domain.delete"), deleted);
        assertEquals(404, wire.get("/api/domain.one?domainId=" + domainId).statusCode());
        assertEquals("[]", wire.getJson("/api/domain.byApplicationId?applicationId=" + appId).toString());
    }

    @Test
    void composeDomainsNameTheirServiceAndCompose() {
        String composeId = provision.compose(environmentId, "cap-stack").get("composeId").textValue();
        assertEquals("[]", wire.getJson("/api/domain.byComposeId?composeId=" + composeId).toString());
        String domainId = wire.postJson("/api/domain.create", "{\"host\":\"shop.example.com\",\"composeId\":\""
                + composeId + "\",\"serviceName\":\"web\",\"domainType\":\"compose\",\"port\":8080}")
                .get("domainId").textValue();

        JsonNode listed = wire.getJson("/api/domain.byComposeId?composeId=" + composeId).get(0);

        assertEquals("web", listed.get("serviceName").textValue());
        assertEquals(composeId, listed.get("compose").get("composeId").textValue());
        assertTrue(wire.getJson("/api/domain.one?domainId=" + domainId).get("application").isNull());
    }

    @Test
    void unknownIdsGiveTheRoutersOwnErrors() {
        HttpResponse<String> one = wire.get("/api/domain.one?domainId=nope");
        assertEquals(404, one.statusCode());
        assertEquals("{\"message\":\"Domain not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"domain.one\",\"zodError\":null}}", one.body());
        assertEquals(404, wire.post("/api/domain.delete", "{\"domainId\":\"nope\"}").statusCode());
        assertEquals(404, wire.post("/api/domain.update", "{\"domainId\":\"nope\",\"host\":\"a.b\"}").statusCode());
        assertEquals(404, wire.get("/api/domain.byApplicationId?applicationId=nope").statusCode());
        assertEquals(404, wire.get("/api/domain.byComposeId?composeId=nope").statusCode());
        HttpResponse<String> create = wire.post("/api/domain.create",
                "{\"host\":\"a.example.com\",\"applicationId\":\"nope\",\"domainType\":\"application\"}");
        assertEquals(400, create.statusCode());
        assertEquals("Application not found", Wire.parse(create.body()).get("message").textValue());
    }

    @Test
    void hostAndPortBreakDokploysOwnRules() {
        HttpResponse<String> response = wire.post("/api/domain.create",
                "{\"host\":\" padded.example.com\",\"port\":70000,\"applicationId\":\"" + appId + "\"}");

        assertEquals(400, response.statusCode());
        assertEquals("[{\"code\":\"custom\",\"path\":[\"host\"],"
                + "\"message\":\"Domain name cannot have leading or trailing spaces\"},"
                + "{\"origin\":\"number\",\"code\":\"too_big\",\"maximum\":65535,\"inclusive\":true,\"path\":[\"port\"],"
                + "\"message\":\"Port must be 65535 or below\"}]",
                Wire.parse(response.body()).get("issues").toString());
        assertEquals("Add a hostname", Wire.parse(wire.post("/api/domain.create", "{\"host\":\"\"}").body())
                .get("issues").get(0).get("message").textValue());
    }
}
