package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deploy, queue, worker and the deployment row's life (server-facts §5.4, §6, §12), on a manual clock. */
class DeploymentLifecycleTest {

    private static final BuildScript TEN_SECONDS = BuildScript.succeedAfter(Duration.ofSeconds(10));

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start() {
        fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().defaultBuild(TEN_SECONDS).build());
        wire = new Wire(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private String body(String key, String id) {
        return "{\"" + key + "\":\"" + id + "\"}";
    }

    private JsonNode rows(String applicationId) {
        return wire.getJson("/api/deployment.all?applicationId=" + applicationId);
    }

    private String applicationStatus(String applicationId) {
        return wire.getJson("/api/application.one?applicationId=" + applicationId).get("applicationStatus").asText();
    }

    @Test
    void seededIdsLookLikeNanoids() {
        assertTrue(fake.createApplication("web").matches("[A-Za-z0-9_-]{21}"));
        assertTrue(fake.createCompose("stack").matches("[A-Za-z0-9_-]{21}"));
        assertTrue(fake.createServer("hetzner").matches("[A-Za-z0-9_-]{21}"));
        assertTrue(fake.createSchedule("nightly").matches("[A-Za-z0-9_-]{21}"));
    }

    @Test
    void deployAnswersEmptyAndTheWorkerCreatesARunningRow() {
        String appId = fake.createApplication("web-api");
        assertEquals("idle", applicationStatus(appId));

        assertEquals(null, wire.postJson("/api/application.deploy", body("applicationId", appId)));

        JsonNode row = rows(appId).get(0);
        assertEquals(List.of("deploymentId", "title", "description", "status", "logPath", "pid", "applicationId",
                "composeId", "serverId", "isPreviewDeployment", "previewDeploymentId", "createdAt", "startedAt",
                "finishedAt", "errorMessage", "scheduleId", "backupId", "rollbackId", "volumeBackupId",
                "buildServerId"), fieldNames(row));
        assertEquals("Manual deployment", row.get("title").asText());
        assertEquals("", row.get("description").asText());
        assertEquals("running", row.get("status").asText());
        assertEquals("2026-08-21T15:20:04.131Z", row.get("createdAt").asText());
        assertEquals(row.get("createdAt"), row.get("startedAt"));
        assertTrue(row.get("finishedAt").isNull());
        assertFalse(row.get("isPreviewDeployment").asBoolean());
        String appName = wire.getJson("/api/application.one?applicationId=" + appId).get("appName").asText();
        assertTrue(appName.matches("web-api-[a-z0-9]{6}"), appName);
        assertEquals("/etc/dokploy/logs/" + appName + "/" + appName + "-2026-08-21:15:20:04.log",
                row.get("logPath").asText());
        assertEquals("running", applicationStatus(appId));
    }

    @Test
    void theBuildEndsDoneAfterItsScriptAndTheJobLeavesTheQueue() {
        String appId = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27"));
        wire.postJson("/api/application.deploy", body("applicationId", appId));

        fake.clock().advance(Duration.ofSeconds(9));
        assertEquals("running", rows(appId).get(0).get("status").asText());
        assertEquals(1, wire.getJson("/api/deployment.queueList").size());

        fake.clock().advance(Duration.ofSeconds(1));
        JsonNode row = rows(appId).get(0);
        assertEquals("done", row.get("status").asText());
        assertEquals("2026-08-21T15:20:14.131Z", row.get("finishedAt").asText());
        assertEquals("done", applicationStatus(appId));
        assertEquals("[]", wire.getJson("/api/deployment.queueList").toString());
    }

    @Test
    void oneJobRunsPerServerAndTheQueueListsNewestFirst() {
        String appId = fake.createApplication("web");
        for (int i = 0; i < 3; i++) {
            wire.postJson("/api/application.deploy", body("applicationId", appId));
            fake.clock().advance(Duration.ofMillis(100));
        }
        JsonNode queue = wire.getJson("/api/deployment.queueList");
        assertEquals(3, queue.size());
        assertEquals("job-3", queue.get(0).get("id").asText());
        assertEquals("waiting", queue.get(0).get("state").asText());
        assertFalse(queue.get(0).has("processedOn"));
        assertEquals("waiting", queue.get(1).get("state").asText());
        JsonNode active = queue.get(2);
        assertEquals(List.of("id", "name", "data", "timestamp", "processedOn", "state", "servicePath"),
                fieldNames(active));
        assertEquals("job-1", active.get("id").asText());
        assertEquals("deployments", active.get("name").asText());
        assertEquals("active", active.get("state").asText());
        assertEquals(1787325604131L, active.get("timestamp").asLong());
        assertEquals("{\"applicationId\":\"" + appId + "\",\"titleLog\":\"Manual deployment\",\"descriptionLog\":\"\","
                + "\"type\":\"deploy\",\"applicationType\":\"application\",\"server\":false}",
                active.get("data").toString());
        assertEquals("Application", active.get("servicePath").get("label").asText());
        assertTrue(active.get("servicePath").get("href").asText()
                .matches("/dashboard/project/[\\w-]{21}/environment/[\\w-]{21}/services/application/" + appId));
        assertEquals(1, rows(appId).size(), "a waiting job has no row");

        fake.clock().advance(Duration.ofSeconds(10));
        JsonNode after = wire.getJson("/api/deployment.queueList");
        assertEquals(2, after.size());
        assertEquals("job-2", after.get(1).get("id").asText());
        assertEquals("active", after.get(1).get("state").asText());
        assertEquals(2, rows(appId).size());
    }

    @Test
    void serversHaveTheirOwnPartitions() {
        String serverId = fake.createServer("hetzner-fsn1");
        String local = fake.createApplication("local");
        String remote = fake.createApplication("remote", ServiceOptions.defaults().onServer(serverId));
        wire.postJson("/api/application.deploy", body("applicationId", local));
        wire.postJson("/api/application.deploy", body("applicationId", remote));

        JsonNode queue = wire.getJson("/api/deployment.queueList");
        assertEquals("active", queue.get(0).get("state").asText());
        assertEquals("active", queue.get(1).get("state").asText());
        JsonNode remoteData = queue.get(0).get("data");
        assertTrue(remoteData.get("server").asBoolean());
        assertEquals(serverId, remoteData.get("serverId").asText());
    }

    @Test
    void gitSourcesSwapInTheCommitShortlyAfterTheBuildEnds() {
        String sha = "9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3";
        String appId = fake.createApplication("web", ServiceOptions.git("fix: handle empty DATABASE_URL (#212)", sha));
        fake.scriptNextBuild(appId, BuildScript.failAfter(Duration.ofSeconds(1)));
        wire.postJson("/api/application.deploy", body("applicationId", appId));

        fake.clock().advance(Duration.ofSeconds(1));
        JsonNode ended = rows(appId).get(0);
        assertEquals("error", ended.get("status").asText());
        assertEquals("Manual deployment", ended.get("title").asText());

        fake.clock().advance(Duration.ofMillis(600));
        JsonNode swapped = rows(appId).get(0);
        assertEquals("fix: handle empty DATABASE_URL (#212)", swapped.get("title").asText());
        assertEquals("Commit: " + sha, swapped.get("description").asText());
    }

    @Test
    void dockerSourcesKeepTheTitleTheyWereDeployedWith() {
        String appId = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27"));
        wire.postJson("/api/application.deploy",
                "{\"applicationId\":\"" + appId + "\",\"title\":\"Release 42\",\"description\":\"by CI\"}");
        fake.clock().advance(Duration.ofSeconds(20));
        JsonNode row = rows(appId).get(0);
        assertEquals("Release 42", row.get("title").asText());
        assertEquals("by CI", row.get("description").asText());
    }

    @Test
    void redeployQueuesARebuild() {
        String appId = fake.createApplication("web");
        wire.postJson("/api/application.redeploy", body("applicationId", appId));
        assertEquals("redeploy", wire.getJson("/api/deployment.queueList").get(0).get("data").get("type").asText());
        assertEquals("Rebuild deployment", rows(appId).get(0).get("title").asText());
    }

    @Test
    void unknownServicesAreNotFound() {
        HttpResponse<String> app = wire.post("/api/application.deploy", body("applicationId", "nope"));
        assertEquals(404, app.statusCode());
        assertEquals("{\"message\":\"Application not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"application.deploy\",\"zodError\":null}}", app.body());
        HttpResponse<String> compose = wire.post("/api/compose.redeploy", body("composeId", "nope"));
        assertEquals(404, compose.statusCode());
        assertEquals("Compose not found", Wire.parse(compose.body()).get("message").asText());
        assertEquals(404, wire.get("/api/application.one?applicationId=nope").statusCode());
    }

    @Test
    void composeDeployAndRedeployAnswerWithAMessage() {
        String composeId = fake.createCompose("shop-stack");
        assertEquals("{\"success\":true,\"message\":\"Deployment queued\",\"composeId\":\"" + composeId + "\"}",
                wire.post("/api/compose.deploy", body("composeId", composeId)).body());
        assertEquals("{\"success\":true,\"message\":\"Redeployment queued\",\"composeId\":\"" + composeId + "\"}",
                wire.post("/api/compose.redeploy", body("composeId", composeId)).body());
        JsonNode waiting = wire.getJson("/api/deployment.queueList").get(0);
        assertEquals("{\"composeId\":\"" + composeId + "\",\"titleLog\":\"Rebuild deployment\",\"type\":\"redeploy\","
                + "\"applicationType\":\"compose\",\"descriptionLog\":\"\",\"server\":false}",
                waiting.get("data").toString());
        assertEquals("Compose", waiting.get("servicePath").get("label").asText());
        JsonNode row = wire.getJson("/api/deployment.allByCompose?composeId=" + composeId).get(0);
        assertEquals(composeId, row.get("composeId").asText());
        assertEquals("running", wire.getJson("/api/compose.one?composeId=" + composeId).get("composeStatus").asText());
    }

    @Test
    void cancelDeploymentIsCloudOnly() {
        String appId = fake.createApplication("web");
        HttpResponse<String> response = wire.post("/api/application.cancelDeployment", body("applicationId", appId));
        assertEquals(400, response.statusCode());
        assertEquals("{\"message\":\"Deployment cancellation only available in cloud version\",\"code\":\"BAD_REQUEST\","
                + "\"data\":{\"code\":\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"application.cancelDeployment\","
                + "\"zodError\":null}}", response.body());
        assertEquals(400, wire.post("/api/compose.cancelDeployment", body("composeId", "x")).statusCode());
    }

    @Test
    void cleanQueuesDropsOnlyWaitingJobsOfThatService() {
        String appId = fake.createApplication("web");
        String other = fake.createApplication("other");
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        wire.postJson("/api/application.deploy", body("applicationId", other));

        assertEquals(null, wire.postJson("/api/application.cleanQueues", body("applicationId", appId)));

        JsonNode queue = wire.getJson("/api/deployment.queueList");
        assertEquals(2, queue.size());
        assertEquals("job-3", queue.get(0).get("id").asText());
        assertEquals("job-1", queue.get(1).get("id").asText());
        String composeId = fake.createCompose("stack");
        assertEquals("{\"success\":true,\"message\":\"Queues cleaned successfully\"}",
                wire.post("/api/compose.cleanQueues", body("composeId", composeId)).body());
    }

    @Test
    void killBuildFailsTheRunningBuildAndTheNextJobStarts() {
        String appId = fake.createApplication("web", ServiceOptions.dockerImage("nginx"));
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        wire.postJson("/api/application.deploy", body("applicationId", appId));

        assertEquals(null, wire.postJson("/api/application.killBuild", body("applicationId", appId)));

        JsonNode rows = rows(appId);
        assertEquals(2, rows.size());
        assertEquals("running", rows.get(0).get("status").asText());
        assertEquals("error", rows.get(1).get("status").asText());
        assertEquals("active", wire.getJson("/api/deployment.queueList").get(0).get("state").asText());
    }

    @Test
    void removingARunningDeploymentCancelsNothing() {
        String appId = fake.createApplication("web");
        String deploymentId = wire.deployApplication(appId);

        JsonNode removed = wire.postJson("/api/deployment.removeDeployment", body("deploymentId", deploymentId));
        assertEquals(deploymentId, removed.get("deploymentId").asText());
        assertEquals("running", removed.get("status").asText());
        assertEquals("[]", rows(appId).toString());
        assertEquals("active", wire.getJson("/api/deployment.queueList").get(0).get("state").asText());
        assertEquals("running", applicationStatus(appId));

        HttpResponse<String> again = wire.post("/api/deployment.removeDeployment", body("deploymentId", deploymentId));
        assertEquals(404, again.statusCode());
        assertEquals("Deployment not found", Wire.parse(again.body()).get("message").asText());

        fake.clock().advance(Duration.ofSeconds(10));
        assertEquals("done", applicationStatus(appId));
        assertEquals("[]", wire.getJson("/api/deployment.queueList").toString());
    }

    @Test
    void onlyTheTenNewestRowsSurviveBeforeEachNewOne() {
        String appId = fake.createApplication("web");
        fake.clock().advance(Duration.ZERO);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(wire.deployApplication(appId));
            fake.clock().advance(Duration.ofSeconds(10));
        }
        JsonNode rows = rows(appId);
        assertEquals(11, rows.size());
        assertEquals(created.get(11), rows.get(0).get("deploymentId").asText());
        assertEquals(created.get(1), rows.get(10).get("deploymentId").asText());
    }

    @Test
    void restartCancelsRunningDeploymentsLosesTheQueueAndRestartsJobIds() {
        String appId = fake.createApplication("web");
        String deploymentId = wire.deployApplication(appId);
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        int port = Integer.parseInt(fake.baseUrl().substring(fake.baseUrl().lastIndexOf(':') + 1));

        fake.restart();

        assertEquals(port, Integer.parseInt(fake.baseUrl().substring(fake.baseUrl().lastIndexOf(':') + 1)));
        assertEquals("[]", wire.getJson("/api/deployment.queueList").toString());
        JsonNode row = rows(appId).get(0);
        assertEquals(deploymentId, row.get("deploymentId").asText());
        assertEquals("cancelled", row.get("status").asText());
        assertTrue(row.get("finishedAt").isNull());
        assertEquals("idle", applicationStatus(appId));

        fake.clock().advance(Duration.ofSeconds(30));
        assertEquals("cancelled", rows(appId).get(0).get("status").asText(), "the old build is gone");
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        assertEquals("job-1", wire.getJson("/api/deployment.queueList").get(0).get("id").asText());
    }

    @Test
    void heldBuildsWaitForTheTest() {
        String appId = fake.createApplication("web");
        ScriptedBuild build = fake.scriptNextBuild(appId,
                BuildScript.steps().log("compiling").awaitRelease().log("shipping").fail());
        assertEquals(BuildState.PENDING, build.state());
        wire.postJson("/api/application.deploy", body("applicationId", appId));

        build.awaitState(BuildState.HELD, Duration.ofSeconds(5));
        fake.clock().advance(Duration.ofHours(1));
        assertEquals(BuildState.HELD, build.state());
        assertEquals("running", rows(appId).get(0).get("status").asText());

        build.release();
        assertEquals(BuildState.FAILED, build.state());
        assertEquals(build.deploymentId().orElseThrow(), rows(appId).get(0).get("deploymentId").asText());
        assertEquals("error", rows(appId).get(0).get("status").asText());
        assertEquals("\"Initializing deployment\\ncompiling\\nshipping\\n\"",
                wire.get("/api/deployment.readLogs?deploymentId=" + build.deploymentId().orElseThrow()).body());
    }

    @Test
    void scriptsAreUsedInOrderAndThenTheDefaultApplies() {
        String appId = fake.createApplication("web");
        ScriptedBuild first = fake.scriptNextBuild(appId, BuildScript.steps().succeed());
        ScriptedBuild second = fake.scriptNextBuild(appId, BuildScript.steps().fail());
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        wire.postJson("/api/application.deploy", body("applicationId", appId));
        wire.postJson("/api/application.deploy", body("applicationId", appId));

        assertEquals(BuildState.SUCCEEDED, first.state());
        assertEquals(BuildState.FAILED, second.state());
        JsonNode rows = rows(appId);
        assertEquals("running", rows.get(0).get("status").asText());
        assertEquals("error", rows.get(1).get("status").asText());
        assertEquals("done", rows.get(2).get("status").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
