package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobState;
import io.github.dokploy4j.deployment.ServerType;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.error.ServerErrorException;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@code deployment.*} call against the fake Dokploy, through the synchronous and the asynchronous view: what
 * the server's state looks like through the SDK, and how its refusals surface.
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class DeploymentsE2ETest {
    private static final Duration BUILD_TIME = Duration.ofSeconds(10);
    private static final String UNKNOWN_ID = "doesNotExist123456789";

    private FakeDokploy fake;
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    /** Queues a deploy the way another tool would (no SDK handle) and lets the fake's worker finish it. */
    private void deployAndFinish(String router, String idField, String serviceId, String title) {
        fake.scriptNextBuild(serviceId, BuildScript.succeedAfter(BUILD_TIME));
        client.procedure(router + ".deploy").mutation(Map.of(idField, serviceId, "title", title));
        fake.clock().advance(BUILD_TIME.plusSeconds(1));
    }

    private String dockerApplication(String name) {
        return fake.createApplication(name, ServiceOptions.dockerImage("nginx:1.27"));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allListsAnApplicationsDeploymentsNewestFirst(ViewMode mode) {
        String app = dockerApplication("web-api");
        deployAndFinish("application", "applicationId", app, "first");
        deployAndFinish("application", "applicationId", app, "second");

        List<Deployment> rows = mode.call(client, d -> d.all(app), d -> d.all(app));

        assertThat(rows).extracting(Deployment::title).containsExactly("second", "first");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(DeploymentStatus.DONE);
            assertThat(row.applicationId()).contains(app);
            assertThat(row.composeId()).isEmpty();
            assertThat(row.finishedAt()).isPresent();
            assertThat(row.logPath()).startsWith("/etc/dokploy/logs/web-api-");
        });
        assertThat(rows.get(0).createdAt()).isAfter(rows.get(1).createdAt());
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allOfAnUnknownApplicationIsEmptyNotAnError(ViewMode mode) {
        List<Deployment> rows = mode.call(client, d -> d.all(UNKNOWN_ID), d -> d.all(UNKNOWN_ID));

        assertThat(rows).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByComposeListsAComposeServicesDeployments(ViewMode mode) {
        String compose = fake.createCompose("shop-stack", ServiceOptions.dockerImage("nginx:1.27"));
        deployAndFinish("compose", "composeId", compose, "stack release");

        List<Deployment> rows = mode.call(client, d -> d.allByCompose(compose), d -> d.allByCompose(compose));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.composeId()).contains(compose);
            assertThat(row.applicationId()).isEmpty();
            assertThat(row.title()).isEqualTo("stack release");
            assertThat(row.status()).isEqualTo(DeploymentStatus.DONE);
        });
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByServerListsTheServersSetupRuns(ViewMode mode) {
        String server = fake.createServer("hetzner-fsn1");
        String first = fake.runServerSetup(server);
        fake.clock().advance(Duration.ofMinutes(1));
        String second = fake.runServerSetup(server);

        List<Deployment> rows = mode.call(client, d -> d.allByServer(server), d -> d.allByServer(server));

        assertThat(rows).extracting(Deployment::deploymentId).containsExactly(second, first);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.serverId()).contains(server);
            assertThat(row.title()).isEqualTo("Setup Server");
            assertThat(row.status()).isEqualTo(DeploymentStatus.DONE);
        });
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByServerOfAnUnknownServerIsNotFound(ViewMode mode) {
        NotFoundException error = catchThrowableOfType(NotFoundException.class,
                () -> mode.call(client, d -> d.allByServer(UNKNOWN_ID), d -> d.allByServer(UNKNOWN_ID)));

        assertThat(error.serverMessage()).isEqualTo("Server not found");
        assertThat(error.procedure()).isEqualTo("deployment.allByServer");
        assertThat(error.isUnknownProcedure()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allCentralizedDecodesEachRowsServiceEnvironmentProjectAndServer(ViewMode mode) {
        String server = fake.createServer("hetzner-fsn1");
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27").onServer(server));
        String compose = fake.createCompose("shop-stack", ServiceOptions.dockerImage("redis:7"));
        deployAndFinish("application", "applicationId", app, "app release");
        deployAndFinish("compose", "composeId", compose, "stack release");
        fake.startScheduleRun(fake.createSchedule("nightly-backup"));

        List<Deployment> rows = mode.call(client, Deployments::allCentralized, AsyncDeployments::allCentralized);

        assertThat(rows).extracting(Deployment::title).containsExactly("stack release", "app release");
        Deployment appRow = rows.get(1);
        assertThat(appRow.compose()).isEmpty();
        assertThat(appRow.application()).hasValueSatisfying(application -> {
            assertThat(application.applicationId()).isEqualTo(app);
            assertThat(application.name()).isEqualTo("web-api");
            assertThat(application.appName()).startsWith("web-api-");
            assertThat(application.environment().project().name()).isNotBlank();
            assertThat(application.server()).hasValueSatisfying(s -> {
                assertThat(s.serverId()).isEqualTo(server);
                assertThat(s.serverType()).isEqualTo(ServerType.DEPLOY);
            });
            assertThat(application.buildServer()).isEmpty();
        });
        Deployment composeRow = rows.get(0);
        assertThat(composeRow.application()).isEmpty();
        assertThat(composeRow.compose()).hasValueSatisfying(c -> {
            assertThat(c.composeId()).isEqualTo(compose);
            assertThat(c.server()).isEmpty();
        });
        assertThat(composeRow.server()).isEmpty();
        assertThat(composeRow.buildServer()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void queueListShowsTheActiveAndWaitingJobsNewestFirst(ViewMode mode) {
        String running = dockerApplication("web-api");
        String waiting = dockerApplication("worker");
        fake.scriptNextBuild(running, BuildScript.untilReleased());
        Instant queuedFirst = fake.clock().now();
        client.procedure("application.deploy").mutation(Map.of("applicationId", running));
        fake.clock().advance(Duration.ofMillis(1500));
        Instant queuedSecond = fake.clock().now();
        client.procedure("application.deploy").mutation(Map.of("applicationId", waiting, "title", "queued"));

        List<QueueJob> jobs = mode.call(client, Deployments::queueList, AsyncDeployments::queueList);

        assertThat(jobs).extracting(QueueJob::state).containsExactly(QueueJobState.WAITING, QueueJobState.ACTIVE);
        QueueJob newest = jobs.get(0);
        assertThat(newest.id()).isEqualTo("job-2");
        assertThat(newest.name()).contains("deployments");
        assertThat(newest.queuedAt()).contains(queuedSecond);
        assertThat(newest.startedAt()).isEmpty();
        assertThat(newest.data().applicationId()).contains(waiting);
        assertThat(newest.data().titleLog()).isEqualTo("queued");
        assertThat(newest.data().type()).isEqualTo("deploy");
        assertThat(newest.data().applicationType()).isEqualTo("application");
        assertThat(newest.data().server()).isFalse();
        assertThat(newest.servicePath().label()).isEqualTo("Application");
        assertThat(newest.servicePath().href()).hasValueSatisfying(
                href -> assertThat(href).endsWith("/services/application/" + waiting));
        QueueJob active = jobs.get(1);
        assertThat(active.id()).isEqualTo("job-1");
        assertThat(active.queuedAt()).contains(queuedFirst);
        assertThat(active.startedAt()).contains(queuedFirst);
        assertThat(active.data().titleLog()).isEqualTo("Manual deployment");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeCarriesEachRowsRollback(ViewMode mode) {
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
        deployAndFinish("application", "applicationId", app, "release");

        List<Deployment> rows = mode.call(client, d -> d.allByType(ServiceType.APPLICATION, app),
                d -> d.allByType(ServiceType.APPLICATION, app));

        Deployment row = rows.get(0);
        assertThat(row.rollbackId()).isPresent();
        assertThat(row.rollback()).hasValueSatisfying(rollback -> {
            assertThat(rollback.rollbackId()).isEqualTo(row.rollbackId().get());
            assertThat(rollback.deploymentId()).isEqualTo(row.deploymentId());
            assertThat(rollback.version()).isEqualTo(1);
            assertThat(rollback.image()).hasValueSatisfying(image -> assertThat(image).endsWith(":v1"));
            assertThat(rollback.fullContext()).isPresent();
            assertThat(rollback.toString()).doesNotContain("fake-registry-password", "fake-db-password");
        });
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeListsAScheduleRuns(ViewMode mode) {
        String schedule = fake.createSchedule("nightly-backup");
        String run = fake.startScheduleRun(schedule);

        List<Deployment> rows = mode.call(client, d -> d.allByType(ServiceType.SCHEDULE, schedule),
                d -> d.allByType(ServiceType.SCHEDULE, schedule));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.deploymentId()).isEqualTo(run);
            assertThat(row.scheduleId()).contains(schedule);
            assertThat(row.pid()).isPresent();
            assertThat(row.status()).isEqualTo(DeploymentStatus.RUNNING);
            assertThat(row.rollback()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeOfADatabaseIsRefusedByTheServerWithAnInvalidValueIssue(ViewMode mode) {
        BadRequestException error = catchThrowableOfType(BadRequestException.class,
                () -> mode.call(client, d -> d.allByType(ServiceType.POSTGRES, "pg1"),
                        d -> d.allByType(ServiceType.POSTGRES, "pg1")));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.serverMessage()).isEqualTo("Input validation failed");
        assertThat(error.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("invalid_value");
            assertThat(issue.path()).containsExactly("type");
            assertThat(issue.message()).contains("\"volumeBackup\"");
        });
        assertThat(fake.requests()).anySatisfy(request ->
                assertThat(request.queryParams()).containsEntry("type", List.of("postgres")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void allByTypeOfAnUnknownScheduleIsNotFound(ViewMode mode) {
        NotFoundException error = catchThrowableOfType(NotFoundException.class,
                () -> mode.call(client, d -> d.allByType(ServiceType.SCHEDULE, UNKNOWN_ID),
                        d -> d.allByType(ServiceType.SCHEDULE, UNKNOWN_ID)));

        assertThat(error.serverMessage()).isEqualTo("Schedule not found");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void killProcessOfAnApplicationDeploymentIsRefusedAsNotRunning(ViewMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.untilReleased());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        String deploymentId = build.deploymentId().orElseThrow();

        BadRequestException error = catchThrowableOfType(BadRequestException.class,
                () -> mode.call(client, d -> {
                    d.killProcess(deploymentId);
                    return null;
                }, d -> d.killProcess(deploymentId)));

        assertThat(error.serverMessage()).isEqualTo("Deployment is not running");
        assertThat(client.deployments().all(app).get(0).status()).isEqualTo(DeploymentStatus.RUNNING);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void killProcessOfAScheduleRunKillsItAndTheRowTurnsError(ViewMode mode) {
        String schedule = fake.createSchedule("nightly-backup");
        String run = fake.startScheduleRun(schedule);

        mode.call(client, d -> {
            d.killProcess(run);
            return null;
        }, d -> d.killProcess(run));

        Deployment row = client.deployments().allByType(ServiceType.SCHEDULE, schedule).get(0);
        assertThat(row.deploymentId()).isEqualTo(run);
        assertThat(row.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(row.finishedAt()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void killProcessOfAnAlreadyKilledRunIsAServerError(ViewMode mode) {
        String run = fake.startScheduleRun(fake.createSchedule("nightly-backup"));
        client.deployments().killProcess(run);

        ServerErrorException error = catchThrowableOfType(ServerErrorException.class,
                () -> mode.call(client, d -> {
                    d.killProcess(run);
                    return null;
                }, d -> d.killProcess(run)));

        assertThat(error.status()).isEqualTo(500);
        assertThat(error.serverMessage()).contains("No such process");
        assertThat(fake.requestCount("deployment.killProcess")).as("a mutation is never repeated").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void removeDeploymentReturnsTheDeletedRow(ViewMode mode) {
        String app = dockerApplication("web-api");
        deployAndFinish("application", "applicationId", app, "release");
        Deployment row = client.deployments().all(app).get(0);

        Optional<Deployment> removed = mode.call(client, d -> d.removeDeployment(row.deploymentId()),
                d -> d.removeDeployment(row.deploymentId()));

        assertThat(removed).hasValueSatisfying(r -> {
            assertThat(r.deploymentId()).isEqualTo(row.deploymentId());
            assertThat(r.title()).isEqualTo("release");
        });
        assertThat(client.deployments().all(app)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void removeDeploymentOfARemovedRowIsNotFound(ViewMode mode) {
        String app = dockerApplication("web-api");
        deployAndFinish("application", "applicationId", app, "release");
        String id = client.deployments().all(app).get(0).deploymentId();
        client.deployments().removeDeployment(id);

        NotFoundException error = catchThrowableOfType(NotFoundException.class,
                () -> mode.call(client, d -> d.removeDeployment(id), d -> d.removeDeployment(id)));

        assertThat(error.serverMessage()).isEqualTo("Deployment not found");
        assertThat(error.isUnknownProcedure()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void readLogsWithATailReturnsTheLastLines(ViewMode mode) {
        String app = dockerApplication("web-api");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.steps().log("Step 1/3 : FROM node:20")
                .log("Step 2/3 : RUN npm ci").log("Step 3/3 : CMD node server.js").succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        String id = build.deploymentId().orElseThrow();

        String logs = mode.call(client, d -> d.readLogs(id, 2), d -> d.readLogs(id, 2));

        assertThat(logs).isEqualTo("Step 2/3 : RUN npm ci\nStep 3/3 : CMD node server.js\n");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void readLogsWithoutATailReturnsTheServersDefaultHundredLines(ViewMode mode) {
        String app = dockerApplication("web-api");
        BuildScript script = BuildScript.steps();
        for (int i = 1; i <= 150; i++) {
            script = script.log("line " + i);
        }
        ScriptedBuild build = fake.scriptNextBuild(app, script.succeed());
        client.procedure("application.deploy").mutation(Map.of("applicationId", app));
        String id = build.deploymentId().orElseThrow();

        String logs = mode.call(client, d -> d.readLogs(id), d -> d.readLogs(id));

        assertThat(logs.lines()).hasSize(100).startsWith("line 51").endsWith("line 150");
        assertThat(fake.requests()).filteredOn(r -> r.path().endsWith("deployment.readLogs"))
                .singleElement().satisfies(r -> assertThat(r.queryParams()).doesNotContainKey("tail"));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void readLogsWithATailOutOfRangeIsRefusedBeforeAnythingIsSent(ViewMode mode) {
        for (int tail : new int[] {0, 10_001}) {
            assertThatThrownBy(() -> mode.call(client, d -> d.readLogs("Zt8wQk1vR4yN6mB2pXc0L", tail),
                    d -> d.readLogs("Zt8wQk1vR4yN6mB2pXc0L", tail)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tail");
        }

        assertThat(fake.requestCount("deployment.readLogs")).isZero();
    }
}
