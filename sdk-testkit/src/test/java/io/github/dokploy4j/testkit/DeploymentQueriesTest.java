package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read procedures and their relations, kill/remove on schedule runs, rollbacks and previews. */
class DeploymentQueriesTest {

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start() {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock()
                .defaultBuild(BuildScript.steps().log("one").log("two").log("three").succeed()).build());
        wire = new Wire(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void unknownIdsGiveEmptyListsExceptServersAndSchedules() {
        assertEquals("[]", wire.getJson("/api/deployment.all?applicationId=nope").toString());
        assertEquals("[]", wire.getJson("/api/deployment.allByCompose?composeId=nope").toString());
        assertEquals("[]", wire.getJson("/api/deployment.allByType?id=nope&type=application").toString());
        HttpResponse<String> server = wire.get("/api/deployment.allByServer?serverId=nope");
        assertEquals(404, server.statusCode());
        assertEquals("{\"message\":\"Server not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"deployment.allByServer\",\"zodError\":null}}", server.body());
        HttpResponse<String> schedule = wire.get("/api/deployment.allByType?id=nope&type=schedule");
        assertEquals(404, schedule.statusCode());
        assertEquals("Schedule not found", Wire.parse(schedule.body()).get("message").asText());
    }

    @Test
    void allByServerListsServerSetupRunsOnly() {
        String serverId = fake.createServer("hetzner-fsn1");
        fake.createApplication("remote", ServiceOptions.defaults().onServer(serverId));
        String setupId = fake.runServerSetup(serverId);
        JsonNode rows = wire.getJson("/api/deployment.allByServer?serverId=" + serverId);
        assertEquals(1, rows.size());
        assertEquals(setupId, rows.get(0).get("deploymentId").asText());
        assertEquals(serverId, rows.get(0).get("serverId").asText());
    }

    @Test
    void allCentralizedNestsServiceEnvironmentProjectAndServers() {
        String serverId = fake.createServer("hetzner-fsn1");
        String buildServerId = fake.createBuildServer("builder");
        String appId = fake.createApplication("web", ServiceOptions.defaults().buildOn(buildServerId));
        String composeId = fake.createCompose("shop-stack", ServiceOptions.defaults().onServer(serverId));
        wire.deployApplication(appId);
        fake.clock().advance(Duration.ofSeconds(1));
        wire.postJson("/api/compose.deploy", "{\"composeId\":\"" + composeId + "\"}");
        fake.startScheduleRun(fake.createSchedule("nightly"));

        JsonNode rows = wire.getJson("/api/deployment.allCentralized");
        assertEquals(2, rows.size(), "schedule runs are left out");
        JsonNode compose = rows.get(0);
        assertTrue(compose.get("application").isNull());
        assertTrue(compose.get("server").isNull());
        JsonNode composeRelation = compose.get("compose");
        assertEquals("{\"serverId\":\"" + serverId + "\",\"name\":\"hetzner-fsn1\",\"serverType\":\"deploy\"}",
                composeRelation.get("server").toString());
        assertEquals("shop-stack", composeRelation.get("name").asText());
        assertTrue(composeRelation.get("icon").isNull());
        JsonNode environment = composeRelation.get("environment");
        assertEquals("production", environment.get("name").asText());
        assertEquals("Fake Project", environment.get("project").get("name").asText());

        JsonNode app = rows.get(1);
        assertTrue(app.get("compose").isNull());
        assertEquals(buildServerId, app.get("buildServerId").asText());
        assertEquals("build", app.get("buildServer").get("serverType").asText());
        assertEquals("builder", app.get("application").get("buildServer").get("name").asText());
        assertTrue(app.get("application").get("server").isNull());
    }

    @Test
    void rollbacksAppearOnDoneApplicationDeployments() {
        String appId = fake.createApplication("web", ServiceOptions.defaults().withRollbacks());
        String deploymentId = wire.deployApplication(appId);
        String appName = wire.getJson("/api/application.one?applicationId=" + appId).get("appName").asText();

        JsonNode row = wire.getJson("/api/deployment.allByType?id=" + appId + "&type=application").get(0);
        assertEquals(deploymentId, row.get("deploymentId").asText());
        JsonNode rollback = row.get("rollback");
        assertEquals(row.get("rollbackId"), rollback.get("rollbackId"));
        assertEquals(deploymentId, rollback.get("deploymentId").asText());
        assertEquals(1, rollback.get("version").asInt());
        assertEquals(appName + ":v1", rollback.get("image").asText());
        assertEquals("fake-registry-password", rollback.get("fullContext").get("registry").get("password").asText());
        assertTrue(wire.getJson("/api/deployment.all?applicationId=" + appId).get(0).path("rollback").isMissingNode(),
                "plain rows carry no relations");

        assertEquals(null, wire.postJson("/api/rollback.rollback",
                "{\"rollbackId\":\"" + rollback.get("rollbackId").asText() + "\"}"));
        HttpResponse<String> unknown = wire.post("/api/rollback.rollback", "{\"rollbackId\":\"nope\"}");
        assertEquals(400, unknown.statusCode());
        assertEquals("Error input: Rolling back", Wire.parse(unknown.body()).get("message").asText());
    }

    @Test
    void aScriptCanAskForARollbackImage() {
        String appId = fake.createApplication("web");
        fake.scriptNextBuild(appId, BuildScript.steps().succeedWithRollback());
        wire.deployApplication(appId);
        JsonNode row = wire.getJson("/api/deployment.allByType?id=" + appId + "&type=application").get(0);
        assertEquals(1, row.get("rollback").get("version").asInt());
    }

    @Test
    void deploymentsWithoutRollbacksHaveANullRelation() {
        String appId = fake.createApplication("web");
        wire.deployApplication(appId);
        JsonNode row = wire.getJson("/api/deployment.allByType?id=" + appId + "&type=application").get(0);
        assertTrue(row.get("rollback").isNull());
        assertTrue(row.get("rollbackId").isNull());
    }

    @Test
    void killProcessRefusesApplicationDeploymentsEvenWhileRunning() {
        String appId = fake.createApplication("web");
        fake.scriptNextBuild(appId, BuildScript.untilReleased());
        String deploymentId = wire.deployApplication(appId);
        HttpResponse<String> response = wire.post("/api/deployment.killProcess",
                "{\"deploymentId\":\"" + deploymentId + "\"}");
        assertEquals(400, response.statusCode());
        assertEquals("{\"message\":\"Deployment is not running\",\"code\":\"BAD_REQUEST\",\"data\":{\"code\":"
                + "\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"deployment.killProcess\",\"zodError\":null}}",
                response.body());
    }

    @Test
    void killProcessStopsAScheduleRunOnceThenTheDeadPidFails() {
        String scheduleId = fake.createSchedule("nightly-backup");
        String runId = fake.startScheduleRun(scheduleId);
        JsonNode running = wire.getJson("/api/deployment.allByType?id=" + scheduleId + "&type=schedule").get(0);
        assertEquals("running", running.get("status").asText());
        assertTrue(running.get("pid").asText().matches("\\d+"));

        HttpResponse<String> kill = wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"" + runId + "\"}");
        assertEquals(200, kill.statusCode());
        assertEquals("", kill.body());
        assertEquals("error",
                wire.getJson("/api/deployment.allByType?id=" + scheduleId + "&type=schedule").get(0)
                        .get("status").asText());

        HttpResponse<String> again = wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"" + runId + "\"}");
        assertEquals(500, again.statusCode());
        JsonNode error = Wire.parse(again.body());
        assertEquals("INTERNAL_SERVER_ERROR", error.get("code").asText());
        assertTrue(error.get("message").asText().startsWith("Command execution failed: "));
        assertTrue(error.get("message").asText().contains("No such process"));
    }

    @Test
    void aNewScheduleRunFailsTheRunningOne() {
        String scheduleId = fake.createSchedule("nightly");
        String first = fake.startScheduleRun(scheduleId);
        fake.clock().advance(Duration.ofSeconds(1));
        fake.startScheduleRun(scheduleId);
        JsonNode rows = wire.getJson("/api/deployment.allByType?id=" + scheduleId + "&type=schedule");
        assertEquals("running", rows.get(0).get("status").asText());
        assertEquals(first, rows.get(1).get("deploymentId").asText());
        assertEquals("error", rows.get(1).get("status").asText());
    }

    @Test
    void readLogsTailsTheLogFile() {
        String appId = fake.createApplication("web");
        String deploymentId = wire.deployApplication(appId);
        assertEquals("\"Initializing deployment\\none\\ntwo\\nthree\\n\"",
                wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId).body());
        assertEquals("\"two\\nthree\\n\"",
                wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId + "&tail=2").body());
    }

    @Test
    void removingADeploymentDeletesTheLogItSharesWithAnotherStartedInTheSameSecond() {
        String appId = fake.createApplication("web");
        String first = wire.deployApplication(appId);
        String second = wire.deployApplication(appId);
        JsonNode rows = wire.getJson("/api/deployment.all?applicationId=" + appId);
        assertEquals(rows.get(0).get("logPath"), rows.get(1).get("logPath"));

        wire.postJson("/api/deployment.removeDeployment", "{\"deploymentId\":\"" + second + "\"}");

        assertEquals("\"\\n\"", wire.get("/api/deployment.readLogs?deploymentId=" + first).body(),
                "tail fails on the missing file and the server echoes an empty line");
    }

    @Test
    void readLogsNeverLooksAtTheBuildServer() {
        String buildServer = fake.createBuildServer("builder");
        String built = fake.createApplication("built-elsewhere", ServiceOptions.defaults().buildOn(buildServer));
        String deploymentId = wire.deployApplication(built);
        assertEquals("\"\\n\"", wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId).body(),
                "the log lives on the build server, and readLogs reads the Dokploy host");
    }

    @Test
    void readLogsOfARemoteApplicationGoesToItsServer() {
        String serverId = fake.createServer("hetzner");
        String appId = fake.createApplication("remote", ServiceOptions.defaults().onServer(serverId));
        String deploymentId = wire.deployApplication(appId);
        assertEquals("\"three\\n\"",
                wire.get("/api/deployment.readLogs?deploymentId=" + deploymentId + "&tail=1").body());
    }

    @Test
    void previewRedeployQueuesAPreviewBuild() {
        String appId = fake.createApplication("web");
        String previewId = fake.createPreviewDeployment(appId, "feature/login");
        fake.scriptNextBuild(previewId, BuildScript.untilReleased());

        HttpResponse<String> response =
                wire.post("/api/previewDeployment.redeploy", "{\"previewDeploymentId\":\"" + previewId + "\"}");
        assertEquals("true", response.body());

        JsonNode job = wire.getJson("/api/deployment.queueList").get(0);
        assertEquals("{\"applicationId\":\"" + appId + "\",\"titleLog\":\"Rebuild Preview Deployment\","
                + "\"descriptionLog\":\"\",\"type\":\"redeploy\",\"applicationType\":\"application-preview\","
                + "\"previewDeploymentId\":\"" + previewId + "\",\"server\":false}", job.get("data").toString());
        JsonNode row = wire.getJson("/api/deployment.allByType?id=" + previewId + "&type=previewDeployment").get(0);
        assertTrue(row.get("applicationId").isNull());
        assertEquals(previewId, row.get("previewDeploymentId").asText());

        JsonNode previews = wire.getJson("/api/previewDeployment.all?applicationId=" + appId);
        assertEquals("running", previews.get(0).get("previewStatus").asText());
        assertEquals("feature/login", previews.get(0).get("branch").asText());
        assertEquals(1, previews.get(0).get("deployments").size());
        assertTrue(previews.get(0).get("domain").isNull());

        HttpResponse<String> unknown = wire.post("/api/previewDeployment.redeploy", "{\"previewDeploymentId\":\"x\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("Preview Deployment not found", Wire.parse(unknown.body()).get("message").asText());
    }

    @Test
    void applicationOneCarriesWhatTheSdkNeeds() {
        String serverId = fake.createServer("hetzner");
        String appId = fake.createApplication("web", ServiceOptions.defaults().onServer(serverId));
        String deploymentId = wire.deployApplication(appId);
        JsonNode app = wire.getJson("/api/application.one?applicationId=" + appId);
        assertEquals(appId, app.get("applicationId").asText());
        assertEquals("web", app.get("name").asText());
        assertEquals(serverId, app.get("serverId").asText());
        assertTrue(app.get("buildServerId").isNull());
        assertEquals("done", app.get("applicationStatus").asText());
        assertEquals(deploymentId, app.get("deployments").get(0).get("deploymentId").asText());
        assertEquals("Fake Project", app.get("environment").get("project").get("name").asText());
        assertEquals("hetzner", app.get("server").get("name").asText());
    }
}
