package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake playing the four measured versions: procedures, error bodies, queue era and version answer. */
class ServerVersionsTest {

    private static final List<String> DEPLOYMENT_QUERIES = List.of("deployment.allCentralized",
            "deployment.queueList", "deployment.readLogs?deploymentId=x", "deployment.allByType?id=x&type=application");

    private FakeDokploy fake;
    private Wire wire;

    private void play(String version) {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().serverVersion(version).build());
        wire = new Wire(fake);
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private boolean serves(String pathAndQuery, boolean mutation) {
        HttpResponse<String> response = mutation ? wire.post("/api/" + pathAndQuery, "{\"deploymentId\":\"x\"}")
                : wire.get("/api/" + pathAndQuery);
        return !(response.statusCode() == 404 && response.body().contains("\"Not found\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // version, removeDeployment, queueList, allCentralized, readLogs (allByType and killProcess: always)
        "v0.27.0, false, false, false, false",
        "v0.28.2, true,  false, false, false",
        "v0.29.5, true,  true,  true,  true",
        "v0.30.2, true,  true,  true,  true"
    })
    void eachVersionServesTheDeploymentProceduresItHad(String version, boolean remove, boolean queue,
            boolean centralized, boolean readLogs) {
        play(version);

        Map<String, Boolean> served = Map.of(
                "removeDeployment", serves("deployment.removeDeployment", true),
                "queueList", serves(DEPLOYMENT_QUERIES.get(1), false),
                "allCentralized", serves(DEPLOYMENT_QUERIES.get(0), false),
                "readLogs", serves(DEPLOYMENT_QUERIES.get(2), false),
                "allByType", serves(DEPLOYMENT_QUERIES.get(3), false),
                "killProcess", serves("deployment.killProcess", true));
        assertEquals(Map.of("removeDeployment", remove, "queueList", queue, "allCentralized", centralized,
                "readLogs", readLogs, "allByType", true, "killProcess", true), served);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void settingsAnswersTheVersionPlayed(String version) {
        play(version);

        assertEquals("\"" + version + "\"", wire.get("/api/settings.getDokployVersion").body());
        assertEquals(version, fake.serverVersion().toString());
        assertTrue(fake.toString().contains(version));
    }

    @Test
    void theNewestVersionIsTheDefault() {
        fake = FakeDokploy.start();

        assertEquals(DokployVersion.parse("v0.30.2"), fake.serverVersion());
    }

    @Test
    void beforeV0280AnUnknownProcedureIsAPlainNotFound() {
        play("v0.27.0");

        HttpResponse<String> response = wire.get("/api/deployment.queueList");

        assertEquals(404, response.statusCode());
        assertEquals("{\"message\":\"Not found\",\"code\":\"NOT_FOUND\"}", response.body());
    }

    @Test
    void beforeV0280ErrorsHaveNoDataAndZod3Issues() {
        play("v0.27.0");

        assertEquals("{\"message\":\"Input validation failed\",\"code\":\"BAD_REQUEST\",\"issues\":[{\"code\":"
                + "\"invalid_type\",\"expected\":\"string\",\"received\":\"undefined\",\"path\":[\"applicationId\"],"
                + "\"message\":\"Required\"}]}", wire.get("/api/deployment.all").body());
        assertEquals("[{\"code\":\"too_small\",\"minimum\":1,\"type\":\"string\",\"inclusive\":true,\"exact\":false,"
                + "\"message\":\"String must contain at least 1 character(s)\",\"path\":[\"deploymentId\"]}]",
                Wire.parse(wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"\"}").body())
                        .get("issues").toString());
        assertEquals("[{\"received\":\"postgres\",\"code\":\"invalid_enum_value\",\"options\":[\"application\","
                + "\"compose\",\"server\",\"schedule\",\"previewDeployment\",\"backup\",\"volumeBackup\"],"
                + "\"path\":[\"type\"],\"message\":\"Invalid enum value. Expected 'application' | 'compose' | 'server' | "
                + "'schedule' | 'previewDeployment' | 'backup' | 'volumeBackup', received 'postgres'\"}]",
                Wire.parse(wire.get("/api/deployment.allByType?id=x&type=postgres").body()).get("issues").toString());
        assertEquals("{\"message\":\"Application not found\",\"code\":\"NOT_FOUND\"}",
                wire.get("/api/application.one?applicationId=nope").body());
        assertEquals("{\"message\":\"Deployment not found\",\"code\":\"NOT_FOUND\"}",
                wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"nope\"}").body());
    }

    @Test
    void beforeV0280AMissingEnumIsAnInvalidTypeNamingTheOptions() {
        play("v0.27.0");

        assertEquals("[{\"expected\":\"'docker-compose' | 'stack'\",\"received\":\"number\",\"code\":\"invalid_type\","
                + "\"path\":[\"composeType\"],\"message\":\"Expected 'docker-compose' | 'stack', received number\"}]",
                Wire.parse(wire.post("/api/compose.create", "{\"name\":\"s\",\"environmentId\":\"e\","
                        + "\"composeType\":1}").body()).get("issues").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.28.2", "v0.29.5", "v0.30.2"})
    void fromV0280ErrorsCarryDataAndZod4Issues(String version) {
        play(version);

        JsonNode body = Wire.parse(wire.get("/api/deployment.all").body());

        assertEquals("{\"code\":\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"deployment.all\",\"zodError\":"
                + "{\"formErrors\":[],\"fieldErrors\":{\"applicationId\":[\"Invalid input: expected string, received "
                + "undefined\"]}}}", body.get("data").toString());
        assertEquals("{\"message\":\"Not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"zodError\":null}}", wire.get("/api/deployment.nothing").body());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"v0.28.2, 400, BAD_REQUEST", "v0.29.5, 404, NOT_FOUND", "v0.30.2, 404, NOT_FOUND"})
    void removingAnUnknownDeploymentWasABadRequestBeforeV0287(String version, int status, String code) {
        play(version);

        HttpResponse<String> response = wire.post("/api/deployment.removeDeployment", "{\"deploymentId\":\"nope\"}");

        assertEquals(status, response.statusCode());
        JsonNode body = Wire.parse(response.body());
        assertEquals(code, body.get("code").textValue());
        assertEquals("Deployment not found", body.get("message").textValue());
    }

    @Test
    void bullMqJobsHaveNumericIdsThatSurviveARestart() {
        play("v0.29.5");
        String appId = fake.createApplication("web");
        fake.scriptNextBuild(appId, BuildScript.untilReleased());
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");

        assertEquals("1", wire.getJson("/api/deployment.queueList").get(0).get("id").textValue());
        fake.restart();
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");

        JsonNode job = wire.getJson("/api/deployment.queueList").get(0);
        assertEquals("2", job.get("id").textValue());
        assertEquals("deployments", job.get("name").textValue());
        assertEquals("active", job.get("state").textValue());
    }

    @Test
    void theInMemoryQueueCountsAgainAfterARestart() {
        play("v0.30.2");
        String appId = fake.createApplication("web");
        fake.scriptNextBuild(appId, BuildScript.untilReleased());
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");
        fake.restart();
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");

        assertEquals("job-1", wire.getJson("/api/deployment.queueList").get(0).get("id").textValue());
    }

    @ParameterizedTest(name = "{0}: remote build waits = {1}")
    @CsvSource({"v0.29.5, waiting", "v0.30.2, active"})
    void bullMqRunsOneBuildAtATimeOnTheWholeInstallation(String version, String remoteState) {
        play(version);
        String local = fake.createApplication("local");
        String remote = fake.createApplication("remote", ServiceOptions.defaults()
                .onServer(fake.createServer("hetzner-fsn1")));
        fake.scriptNextBuild(local, BuildScript.succeedAfter(Duration.ofSeconds(5)));
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + local + "\"}");
        fake.clock().advance(Duration.ofSeconds(1));
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + remote + "\"}");

        JsonNode queue = wire.getJson("/api/deployment.queueList");

        assertEquals(remote, queue.get(0).get("data").get("applicationId").textValue());
        assertEquals(remoteState, queue.get(0).get("state").textValue());
        assertEquals("active", queue.get(1).get("state").textValue());
    }

    @Test
    void withoutAQueueToReadTheRowOfAWaitingBuildAppearsWhenItsTurnComes() {
        play("v0.28.2");
        String first = fake.createApplication("first");
        String second = fake.createApplication("second");
        fake.scriptNextBuild(first, BuildScript.succeedAfter(Duration.ofSeconds(5)));
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + first + "\"}");
        wire.postJson("/api/application.deploy", "{\"applicationId\":\"" + second + "\"}");

        assertEquals("[]", wire.getJson("/api/deployment.all?applicationId=" + second).toString());
        fake.clock().advance(Duration.ofSeconds(5));
        assertEquals("running", wire.getJson("/api/deployment.all?applicationId=" + second).get(0).get("status")
                .textValue());
    }
}
