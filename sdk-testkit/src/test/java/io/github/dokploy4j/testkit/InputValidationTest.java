package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** zod 4.3.6 validation errors, body by body (server-facts §3, §10.4, §12). */
@WithFakeDokploy(manualClock = true)
class InputValidationTest {

    private static final String ENUM_MESSAGE = "Invalid option: expected one of \\\"application\\\"|\\\"compose\\\"|"
            + "\\\"server\\\"|\\\"schedule\\\"|\\\"previewDeployment\\\"|\\\"backup\\\"|\\\"volumeBackup\\\"";

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
    }

    private static String validationBody(String path, String field, String message, String issue) {
        return "{\"message\":\"Input validation failed\",\"code\":\"BAD_REQUEST\",\"data\":{\"code\":\"BAD_REQUEST\","
                + "\"httpStatus\":400,\"path\":\"" + path + "\",\"zodError\":{\"formErrors\":[],\"fieldErrors\":{\""
                + field + "\":[\"" + message + "\"]}}},\"issues\":[" + issue + "]}";
    }

    @Test
    void missingParameterIsInvalidTypeUndefined() {
        HttpResponse<String> response = wire.get("/api/deployment.all");
        assertEquals(400, response.statusCode());
        assertEquals(validationBody("deployment.all", "applicationId",
                "Invalid input: expected string, received undefined",
                "{\"expected\":\"string\",\"code\":\"invalid_type\",\"path\":[\"applicationId\"],"
                        + "\"message\":\"Invalid input: expected string, received undefined\"}"),
                response.body());
    }

    @Test
    void emptyQueryValueCountsAsMissing() {
        HttpResponse<String> response = wire.get("/api/deployment.all?applicationId=");
        assertEquals(400, response.statusCode());
        assertEquals("Invalid input: expected string, received undefined",
                Wire.parse(response.body()).get("issues").get(0).get("message").asText());
    }

    @Test
    void repeatedQueryParameterBecomesAnArray() {
        HttpResponse<String> response = wire.get("/api/deployment.all?applicationId=a&applicationId=b");
        assertEquals(400, response.statusCode());
        assertEquals("Invalid input: expected string, received array",
                Wire.parse(response.body()).get("issues").get(0).get("message").asText());
    }

    @Test
    void emptyStringInABodyIsTooSmall() {
        HttpResponse<String> response = wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"\"}");
        assertEquals(400, response.statusCode());
        assertEquals(validationBody("deployment.killProcess", "deploymentId",
                "Too small: expected string to have >=1 characters",
                "{\"origin\":\"string\",\"code\":\"too_small\",\"minimum\":1,\"inclusive\":true,"
                        + "\"path\":[\"deploymentId\"],\"message\":\"Too small: expected string to have >=1 characters\"}"),
                response.body());
    }

    @Test
    void emptyBodyIsAnEmptyObject() {
        HttpResponse<String> response = wire.post("/api/deployment.removeDeployment", "");
        assertEquals(400, response.statusCode());
        assertEquals("Invalid input: expected string, received undefined",
                Wire.parse(response.body()).get("issues").get(0).get("message").asText());
    }

    @Test
    void numberWhereAStringBelongsNamesItsType() {
        HttpResponse<String> response = wire.post("/api/deployment.removeDeployment", "{\"deploymentId\":42}");
        assertEquals("Invalid input: expected string, received number",
                Wire.parse(response.body()).get("issues").get(0).get("message").asText());
    }

    @Test
    void bodyThatIsNotAnObjectIsAFormError() {
        HttpResponse<String> response = wire.post("/api/deployment.removeDeployment", "[]");
        assertEquals(400, response.statusCode());
        assertEquals("{\"formErrors\":[\"Invalid input: expected object, received array\"],\"fieldErrors\":{}}",
                Wire.parse(response.body()).get("data").get("zodError").toString());
    }

    @Test
    void databaseTypeInAllByTypeIsInvalidValue() {
        HttpResponse<String> response = wire.get("/api/deployment.allByType?id=abc&type=postgres");
        assertEquals(400, response.statusCode());
        assertEquals(validationBody("deployment.allByType", "type", ENUM_MESSAGE,
                "{\"code\":\"invalid_value\",\"values\":[\"application\",\"compose\",\"server\",\"schedule\","
                        + "\"previewDeployment\",\"backup\",\"volumeBackup\"],\"path\":[\"type\"],\"message\":\""
                        + ENUM_MESSAGE + "\"}"),
                response.body());
    }

    @Test
    void everyFailingKeyIsReportedInShapeOrder() {
        HttpResponse<String> response = wire.get("/api/deployment.allByType");
        assertEquals("{\"formErrors\":[],\"fieldErrors\":{\"id\":[\"Invalid input: expected string, received "
                + "undefined\"],\"type\":[\"" + ENUM_MESSAGE.replace("\\\"", "\"").replace("\"", "\\\"") + "\"]}}",
                Wire.parse(response.body()).get("data").get("zodError").toString());
    }

    @ParameterizedTest(name = "tail={0}")
    @CsvSource(delimiter = '|', value = {
        "0|{\"origin\":\"number\",\"code\":\"too_small\",\"minimum\":1,\"inclusive\":true,\"path\":[\"tail\"],"
                + "\"message\":\"Too small: expected number to be >=1\"}",
        "-5|{\"origin\":\"number\",\"code\":\"too_small\",\"minimum\":1,\"inclusive\":true,\"path\":[\"tail\"],"
                + "\"message\":\"Too small: expected number to be >=1\"}",
        "10001|{\"origin\":\"number\",\"code\":\"too_big\",\"maximum\":10000,\"inclusive\":true,\"path\":[\"tail\"],"
                + "\"message\":\"Too big: expected number to be <=10000\"}",
        "abc|{\"expected\":\"number\",\"code\":\"invalid_type\",\"received\":\"NaN\",\"path\":[\"tail\"],"
                + "\"message\":\"Invalid input: expected number, received NaN\"}",
        "2.5|{\"expected\":\"int\",\"format\":\"safeint\",\"code\":\"invalid_type\",\"path\":[\"tail\"],"
                + "\"message\":\"Invalid input: expected int, received number\"}"
    })
    void readLogsRefusesATailOutsideOneToTenThousand(String tail, String issue) {
        HttpResponse<String> response = wire.get("/api/deployment.readLogs?deploymentId=d1&tail=" + tail);
        assertEquals(400, response.statusCode());
        assertEquals("[" + issue + "]", Wire.parse(response.body()).get("issues").toString());
    }

    @Test
    void validInputReachesTheProcedure() {
        HttpResponse<String> response = wire.get("/api/deployment.readLogs?deploymentId=nope&tail=10000");
        assertEquals(404, response.statusCode());
        assertEquals("{\"message\":\"Deployment not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"deployment.readLogs\",\"zodError\":null}}", response.body());
    }

    @Test
    void unknownParametersAreDropped() {
        HttpResponse<String> response = wire.get("/api/deployment.all?applicationId=x&input=%7B%7D&foo=bar");
        assertEquals(200, response.statusCode());
        assertEquals("[]", response.body());
    }
}
