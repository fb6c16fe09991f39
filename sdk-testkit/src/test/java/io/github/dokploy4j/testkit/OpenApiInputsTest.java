package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inputs read from Dokploy's OpenAPI document, refused with zod 4.3.6's issues, nested shapes included. */
@WithFakeDokploy(manualClock = true)
class OpenApiInputsTest {

    private Wire wire;
    private String appId;

    @BeforeEach
    void start(FakeDokploy fake) {
        wire = new Wire(fake);
        appId = fake.createApplication("web");
    }

    private String issues(String path, String body) {
        HttpResponse<String> response = wire.post(path, body);
        assertEquals(400, response.statusCode(), response.body());
        return Wire.parse(response.body()).get("issues").toString();
    }

    private String update(String fields) {
        return issues("/api/application.update", "{\"applicationId\":\"" + appId + "\"," + fields + "}");
    }

    @Test
    void nullIsRefusedWhereTheDocumentDoesNotAllowIt() {
        assertEquals("[{\"expected\":\"boolean\",\"code\":\"invalid_type\",\"path\":[\"previewHttps\"],"
                + "\"message\":\"Invalid input: expected boolean, received null\"}]", update("\"previewHttps\":null"));
    }

    @Test
    void anEnumInsideANullableIsCheckedWhenPresent() {
        assertEquals("[{\"code\":\"invalid_value\",\"values\":[\"push\",\"tag\"],\"path\":[\"triggerType\"],"
                + "\"message\":\"Invalid option: expected one of \\\"push\\\"|\\\"tag\\\"\"}]",
                update("\"triggerType\":\"pull\""));
    }

    @Test
    void arrayElementsAreCheckedWithTheirIndex() {
        assertEquals("[{\"expected\":\"string\",\"code\":\"invalid_type\",\"path\":[\"watchPaths\",1],"
                + "\"message\":\"Invalid input: expected string, received number\"}]",
                update("\"watchPaths\":[\"src\",7]"));
    }

    @Test
    void strictNestedObjectsRefuseUnknownKeysAfterTheirOwnIssues() {
        assertEquals("[{\"expected\":\"number\",\"code\":\"invalid_type\",\"path\":[\"healthCheckSwarm\",\"Retries\"],"
                + "\"message\":\"Invalid input: expected number, received string\"},"
                + "{\"code\":\"unrecognized_keys\",\"keys\":[\"retries\",\"test\"],\"path\":[\"healthCheckSwarm\"],"
                + "\"message\":\"Unrecognized keys: \\\"retries\\\", \\\"test\\\"\"}]",
                update("\"healthCheckSwarm\":{\"Retries\":\"3\",\"retries\":3,\"test\":[]}"));
    }

    @Test
    void issuesFollowTheShapesOrderIntoRecordsAndArraysOfObjects() {
        assertEquals("[{\"expected\":\"string\",\"code\":\"invalid_type\",\"path\":[\"labelsSwarm\",\"tier\"],"
                + "\"message\":\"Invalid input: expected string, received number\"},"
                + "{\"expected\":\"int\",\"format\":\"safeint\",\"code\":\"invalid_type\","
                + "\"path\":[\"ulimitsSwarm\",0,\"Soft\"],\"message\":\"Invalid input: expected int, received number\"},"
                + "{\"origin\":\"number\",\"code\":\"too_small\",\"minimum\":-1,\"inclusive\":true,"
                + "\"path\":[\"ulimitsSwarm\",0,\"Hard\"],\"message\":\"Too small: expected number to be >=-1\"}]",
                update("\"ulimitsSwarm\":[{\"Name\":\"nofile\",\"Soft\":1.5,\"Hard\":-2}],\"labelsSwarm\":{\"tier\":1}"));
    }

    @Test
    void theFlattenedErrorGroupsMessagesByTheirFirstPathSegment() {
        HttpResponse<String> response = wire.post("/api/application.update", "{\"applicationId\":\"" + appId
                + "\",\"watchPaths\":[1,2]}");

        assertEquals("{\"formErrors\":[],\"fieldErrors\":{\"watchPaths\":[\"Invalid input: expected string, received "
                + "number\",\"Invalid input: expected string, received number\"]}}",
                Wire.parse(response.body()).get("data").get("zodError").toString());
    }

    @Test
    void validNestedValuesAreStored() {
        wire.postJson("/api/application.update", "{\"applicationId\":\"" + appId + "\",\"healthCheckSwarm\":"
                + "{\"Test\":[\"CMD\",\"true\"],\"Retries\":3},\"labelsSwarm\":{\"tier\":\"web\"},\"unknown\":1}");

        assertEquals("{\"Test\":[\"CMD\",\"true\"],\"Retries\":3}",
                wire.getJson("/api/application.one?applicationId=" + appId).get("healthCheckSwarm").toString());
    }
}
