package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * A faithful, stateful fake of a self-hosted Dokploy (v0.30.2 unless
 * {@linkplain FakeDokployOptions.Builder#serverVersion(String) told to play an older version}), serving its REST API
 * ({@code /api/<router>.<procedure>}) and the deployment-log WebSocket ({@code /listen-deployment}) on one free
 * loopback port, HTTP/1.1 only.
 *
 * <pre>{@code
 * try (FakeDokploy fake = FakeDokploy.start()) {
 *     String appId = fake.createApplication("web-api");
 *     // point a client at fake.baseUrl() with x-api-key: fake.apiKey()
 * }
 * }</pre>
 *
 * <p>It reproduces the server's wire behaviour status by status: the order of its checks (malformed JSON, then the
 * API key, then method and path, content type and input), the exact error bodies and zod issues, the in-memory
 * deployment queue (one build at a time per server, rows created only when the worker takes a job), log files that
 * grow while a build runs, and the WebSocket's close codes and unaligned frames. Projects, environments, applications,
 * compose services and domains are created, read, updated and deleted through the API as on the real server. Builds
 * follow {@link BuildScript}s; faults can be injected per procedure; every request is recorded. Thread-safe.
 */
public final class FakeDokploy implements AutoCloseable {

    private final FakeClock clock;
    private final FakeState state;
    private final String apiKey;
    private final FaultRules faults = new FaultRules();
    private final RequestJournal journal = new RequestJournal();
    private final DeploymentWorker worker;
    private final FakeSeeds seeds;
    private final ScheduledExecutorService delays;
    private final FakeHttpServer server;
    private boolean closed;

    private FakeDokploy(FakeDokployOptions options) {
        IdGenerator ids = new IdGenerator();
        this.clock = new FakeClock(options.manualClock()
                ? new ManualTimeSource(options.manualStart()) : new RealTimeSource());
        this.state = new FakeState(ids, clock, options.defaultBuild(),
                new ServerVersionTable(options.serverVersion()));
        this.apiKey = options.apiKey() != null ? options.apiKey() : ids.apiKey();
        ApiKeyGate keys = new ApiKeyGate(apiKey, options.apiKeyRateLimit(), clock);
        this.worker = new DeploymentWorker(state);
        this.seeds = new FakeSeeds(state);
        this.delays = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "fake-dokploy-delays");
            thread.setDaemon(true);
            return thread;
        });
        this.server = new FakeHttpServer(state, keys, journal, faults, new ApiHandler(state, keys, worker), delays);
    }

    /**
     * Starts a fake with the {@linkplain FakeDokployOptions#defaults() default options} on a free loopback port.
     *
     * @return the running fake
     * @throws IllegalStateException if the server cannot start
     */
    public static FakeDokploy start() {
        return start(FakeDokployOptions.defaults());
    }

    /**
     * Starts a fake with the given options on a free loopback port.
     *
     * @param options the options
     * @return the running fake
     * @throws IllegalStateException if the server cannot start
     */
    public static FakeDokploy start(FakeDokployOptions options) {
        FakeDokploy fake = new FakeDokploy(Objects.requireNonNull(options, "options"));
        fake.server.start(0);
        return fake;
    }

    /**
     * The base URL to give a client, without a trailing slash.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * The Dokploy version the fake plays, which {@code settings.getDokployVersion} answers.
     *
     * @return e.g. {@code v0.30.2}
     */
    public DokployVersion serverVersion() {
        return state.versions.version();
    }

    /**
     * The API key the fake accepts in the {@code x-api-key} header (an {@code Authorization: Bearer} header is
     * ignored, as by Dokploy since v0.19).
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The fake's clock; with a manual clock, {@link FakeClock#advance(Duration)} drives the builds.
     *
     * @return the clock
     */
    public FakeClock clock() {
        return clock;
    }

    /**
     * Creates an application with a git source, on the Dokploy host, without rollbacks, in the {@code production}
     * environment of a project named {@code "Fake Project"} (created the first time it is needed). It has every column
     * of an application made through {@code application.create}, and made-up secrets in {@code env},
     * {@code buildArgs} and {@code buildSecrets}.
     *
     * @param name the display name; the {@code appName} becomes {@code <slug>-<6 random characters>}
     * @return the new 21-character {@code applicationId}
     */
    public String createApplication(String name) {
        return createApplication(name, ServiceOptions.defaults());
    }

    /**
     * Creates an application.
     *
     * @param name the display name
     * @param options source, environment, server and rollbacks
     * @return the new {@code applicationId}
     * @throws IllegalArgumentException if a server or environment id in the options is unknown
     */
    public String createApplication(String name, ServiceOptions options) {
        return seeds.service(ServiceKind.APPLICATION, name, options);
    }

    /**
     * Creates a compose service with a git source, on the Dokploy host.
     *
     * @param name the display name
     * @return the new {@code composeId}
     */
    public String createCompose(String name) {
        return createCompose(name, ServiceOptions.defaults());
    }

    /**
     * Creates a compose service.
     *
     * @param name the display name
     * @param options source, environment and server; compose services have no rollbacks and no build server
     * @return the new {@code composeId}
     * @throws IllegalArgumentException if the options ask for rollbacks or a build server, or name an unknown server
     *     or environment
     */
    public String createCompose(String name, ServiceOptions options) {
        if (options.rollbacks() || options.buildServerId() != null) {
            throw new IllegalArgumentException("compose services have no rollbacks and no build server: " + options);
        }
        return seeds.service(ServiceKind.COMPOSE, name, options);
    }

    /**
     * Creates a remote deploy server ({@code serverType} {@code "deploy"}).
     *
     * @param name the display name
     * @return the new {@code serverId}
     */
    public String createServer(String name) {
        return seeds.server(name, "deploy");
    }

    /**
     * Creates a build server ({@code serverType} {@code "build"}), for {@link ServiceOptions#buildOn(String)}.
     *
     * @param name the display name
     * @return the new {@code serverId}
     */
    public String createBuildServer(String name) {
        return seeds.server(name, "build");
    }

    /**
     * Records a remote-server setup run: a {@code done} row with this {@code serverId}, which is what
     * {@code deployment.allByServer} lists (the server keeps its 4 newest runs plus the new one).
     *
     * @param serverId a server from {@link #createServer(String)}
     * @return the new {@code deploymentId}
     * @throws IllegalArgumentException if the server is unknown
     */
    public String runServerSetup(String serverId) {
        return seeds.serverSetup(serverId);
    }

    /**
     * Creates a schedule that runs on the Dokploy host.
     *
     * @param name the display name
     * @return the new {@code scheduleId}
     */
    public String createSchedule(String name) {
        return createSchedule(name, null);
    }

    /**
     * Creates a schedule that runs on a remote server.
     *
     * @param name the display name
     * @param serverId a server from {@link #createServer(String)}, or {@code null} for the Dokploy host
     * @return the new {@code scheduleId}
     * @throws IllegalArgumentException if the server is unknown
     */
    public String createSchedule(String name, String serverId) {
        return seeds.schedule(name, serverId);
    }

    /**
     * Starts a run of a schedule: a {@code running} row with a {@code pid}, the only kind of deployment that
     * {@code deployment.killProcess} can stop. Earlier running rows of the schedule turn {@code error}, as in Dokploy.
     * The run goes on until it is killed.
     *
     * @param scheduleId a schedule from {@link #createSchedule(String)}
     * @return the new {@code deploymentId}
     * @throws IllegalArgumentException if the schedule is unknown
     */
    public String startScheduleRun(String scheduleId) {
        return seeds.scheduleRun(scheduleId);
    }

    /**
     * Creates a preview deployment (a pull-request build) of an application, {@code previewStatus} {@code idle}.
     * {@code previewDeployment.redeploy} queues its builds.
     *
     * @param applicationId an application from {@link #createApplication(String)}
     * @param branch the pull request's branch
     * @return the new {@code previewDeploymentId}
     * @throws IllegalArgumentException if the application is unknown
     */
    public String createPreviewDeployment(String applicationId, String branch) {
        return seeds.previewDeployment(applicationId, branch);
    }

    /**
     * Scripts the next build of a service that a worker takes (scripts queue up, first scripted first used); builds
     * nobody scripted follow the default script of the options.
     *
     * @param serviceId an application, compose or preview deployment id
     * @param script what the build does
     * @return a handle to follow and release the build
     * @throws IllegalArgumentException if the service is unknown, or the script asks for a rollback on a compose or
     *     preview build
     */
    public ScriptedBuild scriptNextBuild(String serviceId, BuildScript script) {
        return seeds.script(serviceId, script);
    }

    /**
     * Injects a fault for the next {@code count} requests to a procedure.
     *
     * @param procedure e.g. {@code "deployment.all"} (matched case-insensitively)
     * @param count how many requests it applies to, at least 1
     * @return the choice of fault
     */
    public FaultInjection onNextRequests(String procedure, int count) {
        Objects.requireNonNull(procedure, "procedure");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        return new FaultInjection(faults, procedure, count);
    }

    /** Forgets every injected fault not used yet. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * Every request received since the start or the last {@link #clearRequests()}, in arrival order, including
     * unauthenticated ones, faulted ones, dropped h2c upgrades and WebSocket handshakes.
     *
     * @return an immutable snapshot
     */
    public List<RecordedRequest> requests() {
        return journal.snapshot();
    }

    /**
     * How many requests named this procedure in their path, whatever their method or outcome.
     *
     * @param procedure e.g. {@code "deployment.all"} (matched case-insensitively)
     * @return the count
     */
    public int requestCount(String procedure) {
        return journal.count(Objects.requireNonNull(procedure, "procedure"));
    }

    /**
     * Waits (in real time) until at least {@code count} requests to the procedure have arrived; for a test whose
     * client polls from another thread.
     *
     * @param procedure e.g. {@code "deployment.all"}
     * @param count how many
     * @param timeout how long to wait at most
     * @throws IllegalStateException if the time runs out
     */
    public void awaitRequests(String procedure, int count, Duration timeout) {
        journal.awaitCount(Objects.requireNonNull(procedure, "procedure"), count,
                Objects.requireNonNull(timeout, "timeout"));
    }

    /** Empties the request journal. */
    public void clearRequests() {
        journal.clear();
    }

    /**
     * Restarts the server the way Dokploy's process restarts: open connections drop, the queue is lost (in-memory
     * job ids start again at {@code job-1}; a BullMQ-era version keeps counting, as Redis does), every
     * {@code running} deployment except remote-server schedule runs becomes {@code cancelled} (with
     * {@code finishedAt} left as it was) and its application or compose goes {@code idle}. Rows, log files, projects,
     * services, domains, scripts not yet used, faults and the journal survive. The port stays the same.
     *
     * @throws IllegalStateException if the server cannot start again, or the fake is closed
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the fake is closed");
        }
        server.stop();
        synchronized (state) {
            worker.restart();
            state.notifyAll();
        }
        server.start(server.port());
    }

    /** Stops the server and the fake's clock; a closed fake cannot restart. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        clock.shutdown();
        delays.shutdownNow();
    }

    @Override
    public String toString() {
        return "FakeDokploy[" + baseUrl() + ", " + serverVersion() + ", clock="
                + (clock.isManual() ? "manual" : "real time") + ", apiKey=***]";
    }
}
