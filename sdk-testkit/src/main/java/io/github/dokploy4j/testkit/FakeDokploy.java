package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/**
 * A faithful, stateful fake of a self-hosted Dokploy v0.30.2, serving its REST API ({@code /api/<router>.<procedure>})
 * and the deployment-log WebSocket ({@code /listen-deployment}) on one free loopback port, HTTP/1.1 only.
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
 * grow while a build runs, and the WebSocket's close codes and unaligned frames. Builds follow {@link BuildScript}s;
 * faults can be injected per procedure; every request is recorded. Thread-safe.
 */
public final class FakeDokploy implements AutoCloseable {

    private final FakeClock clock;
    private final FakeState state;
    private final ApiKeyGate keys;
    private final String apiKey;
    private final RequestJournal journal = new RequestJournal();
    private final FaultRules faults = new FaultRules();
    private final ApiHandler api;
    private final ScheduledExecutorService delays;
    private Server server;
    private int port;
    private boolean closed;

    private FakeDokploy(FakeDokployOptions options) {
        IdGenerator ids = new IdGenerator();
        this.clock = new FakeClock(options.manualClock()
                ? new ManualTimeSource(options.manualStart()) : new RealTimeSource());
        this.state = new FakeState(ids, clock, options.defaultBuild());
        this.apiKey = options.apiKey() != null ? options.apiKey() : ids.apiKey();
        this.keys = new ApiKeyGate(apiKey, options.apiKeyRateLimit(), clock);
        this.api = new ApiHandler(state, keys, new DeploymentWorker(state));
        this.delays = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "fake-dokploy-delays");
            thread.setDaemon(true);
            return thread;
        });
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
        fake.startServer(0);
        return fake;
    }

    /**
     * The base URL to give a client, without a trailing slash.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
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
     * Creates an application with a git source, on the Dokploy host, without rollbacks.
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
     * @param options source, server and rollbacks
     * @return the new {@code applicationId}
     * @throws IllegalArgumentException if a server id in the options is unknown
     */
    public String createApplication(String name, ServiceOptions options) {
        return createService(ServiceKind.APPLICATION, name, options);
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
     * @param options source and server; compose services have no rollbacks and no build server
     * @return the new {@code composeId}
     * @throws IllegalArgumentException if the options ask for rollbacks or a build server, or name an unknown server
     */
    public String createCompose(String name, ServiceOptions options) {
        if (options.rollbacks() || options.buildServerId() != null) {
            throw new IllegalArgumentException("compose services have no rollbacks and no build server: " + options);
        }
        return createService(ServiceKind.COMPOSE, name, options);
    }

    private String createService(ServiceKind kind, String name, ServiceOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        synchronized (state) {
            requireServer(options.serverId());
            requireServer(options.buildServerId());
            String id = state.ids.nanoid();
            String sha = options.commitSha() != null ? options.commitSha() : state.ids.commitSha();
            state.services.put(id, new ServiceRecord(kind, id, name, state.ids.appName(name), options, sha,
                    state.nowIso()));
            return id;
        }
    }

    private void requireServer(String serverId) {
        if (serverId != null && !state.servers.containsKey(serverId)) {
            throw new IllegalArgumentException("no server " + serverId + "; create it with createServer first");
        }
    }

    /**
     * Creates a remote deploy server ({@code serverType} {@code "deploy"}).
     *
     * @param name the display name
     * @return the new {@code serverId}
     */
    public String createServer(String name) {
        return createServer(name, "deploy");
    }

    /**
     * Creates a build server ({@code serverType} {@code "build"}), for {@link ServiceOptions#buildOn(String)}.
     *
     * @param name the display name
     * @return the new {@code serverId}
     */
    public String createBuildServer(String name) {
        return createServer(name, "build");
    }

    private String createServer(String name, String type) {
        Objects.requireNonNull(name, "name");
        synchronized (state) {
            String id = state.ids.nanoid();
            state.servers.put(id, new ServerRecord(id, name, type, state.ids.appName(name)));
            return id;
        }
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
        synchronized (state) {
            requireServer(Objects.requireNonNull(serverId, "serverId"));
            ServerRecord server = state.servers.get(serverId);
            state.retain(serverId, 4);
            DeploymentRow row = state.newRow();
            String now = state.nowIso();
            row.title = "Setup Server";
            row.description = "Setup Server";
            row.status = "done";
            row.serverId = serverId;
            row.createdAt = now;
            row.startedAt = now;
            row.finishedAt = now;
            row.logPath = "/etc/dokploy/logs/" + server.appName + "/" + server.appName + "-"
                    + WireTime.logNameStamp(clock.now()) + ".log";
            row.logHost = serverId;
            state.deployments.put(row.deploymentId, row);
            state.logs.create(serverId, row.logPath, "Initializing deployment\nSetup Server: ✅\n");
            return row.deploymentId;
        }
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
        Objects.requireNonNull(name, "name");
        synchronized (state) {
            requireServer(serverId);
            String id = state.ids.nanoid();
            state.schedules.put(id, new ScheduleRecord(id, name, state.ids.appName(name), serverId));
            return id;
        }
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
        synchronized (state) {
            ScheduleRecord schedule = state.schedules.get(Objects.requireNonNull(scheduleId, "scheduleId"));
            if (schedule == null) {
                throw new IllegalArgumentException("no schedule " + scheduleId);
            }
            String now = state.nowIso();
            state.rows(row -> scheduleId.equals(row.scheduleId) && "running".equals(row.status)).forEach(row -> {
                row.status = "error";
                row.finishedAt = now;
            });
            state.retain(scheduleId, 10);
            DeploymentRow row = state.newRow();
            row.title = schedule.name;
            row.scheduleId = scheduleId;
            row.pid = String.valueOf(state.nextPid++);
            row.createdAt = now;
            row.startedAt = now;
            row.logPath = "/etc/dokploy/schedules/" + schedule.appName + "/" + schedule.appName + "-"
                    + WireTime.logNameStamp(clock.now()) + ".log";
            row.logHost = schedule.serverId != null ? schedule.serverId : LogStore.LOCAL;
            state.deployments.put(row.deploymentId, row);
            state.livePids.add(row.pid);
            state.logs.create(row.logHost, row.logPath, "Initializing schedule\nPID: " + row.pid + "\n");
            return row.deploymentId;
        }
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
        Objects.requireNonNull(branch, "branch");
        synchronized (state) {
            ServiceRecord application = state.service(ServiceKind.APPLICATION,
                    Objects.requireNonNull(applicationId, "applicationId"));
            if (application == null) {
                throw new IllegalArgumentException("no application " + applicationId);
            }
            String id = state.ids.nanoid();
            state.previews.put(id, new PreviewRecord(id, branch, state.nextPullRequest++,
                    state.ids.appName("preview-" + application.name), applicationId, state.nowIso(),
                    state.previewSequence++));
            return id;
        }
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
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(script, "script");
        synchronized (state) {
            boolean application = state.service(ServiceKind.APPLICATION, serviceId) != null;
            if (!application && !state.services.containsKey(serviceId) && !state.previews.containsKey(serviceId)) {
                throw new IllegalArgumentException("no application, compose or preview deployment " + serviceId);
            }
            if (!application && script.outcome() == BuildOutcome.SUCCEED_WITH_ROLLBACK) {
                throw new IllegalArgumentException("only applications keep rollback images: " + serviceId);
            }
            ScriptedBuild scripted = new ScriptedBuild(state, serviceId, script);
            state.addScript(scripted);
            return scripted;
        }
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
     * Restarts the server the way Dokploy's process restarts: open connections drop, the in-memory queue is lost (job
     * ids start again at {@code job-1}), every {@code running} deployment except remote-server schedule runs becomes
     * {@code cancelled} (with {@code finishedAt} left as it was) and its application or compose goes {@code idle}.
     * Rows, log files, seeded services, scripts not yet used, faults and the journal survive. The port stays the same.
     *
     * @throws IllegalStateException if the server cannot start again, or the fake is closed
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the fake is closed");
        }
        stopServer();
        synchronized (state) {
            state.epoch++;
            state.queue.stream().filter(job -> job.run != null).forEach(job -> job.run.abandon());
            state.queue.clear();
            state.jobCounter = 0;
            for (DeploymentRow row : state.deployments.values()) {
                ScheduleRecord schedule = row.scheduleId == null ? null : state.schedules.get(row.scheduleId);
                boolean remoteSchedule = schedule != null && schedule.serverId != null;
                if (!"running".equals(row.status) || remoteSchedule) {
                    continue;
                }
                row.status = "cancelled";
                if (row.pid != null) {
                    state.livePids.remove(row.pid);
                }
                String serviceId = row.applicationId != null ? row.applicationId : row.composeId;
                if (serviceId != null && state.services.containsKey(serviceId)) {
                    state.services.get(serviceId).status = "idle";
                }
            }
            state.notifyAll();
        }
        startServer(port);
    }

    /** Stops the server and the fake's clock; a closed fake cannot restart. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopServer();
        clock.shutdown();
        delays.shutdownNow();
    }

    private synchronized void startServer(int wantedPort) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("fake-dokploy");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        jetty.setStopTimeout(0);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(wantedPort);
        jetty.addConnector(connector);
        WebSocketUpgradeHandler webSockets = new WebSocketUpgradeHandler();
        webSockets.addMapping(RootHandler.LISTEN_PATH, WebSocketNegotiator.from(
                (request, response, callback) -> new LogStreamSocket(state, keys,
                        QueryString.parse(request.getHttpURI().getQuery()), request.getHeaders().get("x-api-key")),
                (socket, request, response) -> (FrameHandler) socket,
                // tail -f never times out: the stream stays open, silent, until the client closes it.
                configuration -> configuration.setIdleTimeout(Duration.ZERO)));
        // A request to the WebSocket path that is not a valid upgrade (say, no Sec-WebSocket-Key).
        webSockets.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                RootHandler.write(response, callback, ApiResponse.bare(404, "Not found"));
                return true;
            }
        });
        RootHandler root = new RootHandler(journal, faults, api, delays);
        root.setHandler(webSockets);
        jetty.setHandler(root);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("the fake Dokploy could not start on 127.0.0.1:" + wantedPort, e);
        }
        this.server = jetty;
        this.port = connector.getLocalPort();
    }

    private void stopServer() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the fake Dokploy did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    @Override
    public String toString() {
        return "FakeDokploy[" + baseUrl() + ", clock=" + (clock.isManual() ? "manual" : "real time")
                + ", apiKey=***]";
    }
}
