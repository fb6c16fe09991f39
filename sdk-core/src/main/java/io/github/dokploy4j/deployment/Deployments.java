package io.github.dokploy4j.deployment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Dokploy's deployments API (the {@code deployment.*} procedures), synchronous. Obtain it with
 * {@code client.deployments()}; it is an interface so you can mock it in your own tests. Every method throws the
 * unchecked exceptions of {@link io.github.dokploy4j.error}; null or blank ids and out-of-range numbers are refused
 * with {@link NullPointerException} or {@link IllegalArgumentException} before anything is sent.
 *
 * <p>Where Dokploy's public docs page and the server (v0.30.2) disagree, this follows the server; each method says
 * how.
 */
public interface Deployments {
    /**
     * Lists an application's deployments, newest first ({@code GET deployment.all}). Plain rows, no relations. The
     * server keeps the 10 newest per service (11 while a new one starts).
     *
     * <p>An unknown id gives an empty list, not a 404: the server does not check that the application exists.
     *
     * @param applicationId the application
     * @return its deployments, newest first
     */
    List<Deployment> all(String applicationId);

    /**
     * Lists a compose service's deployments, newest first ({@code GET deployment.allByCompose}). An unknown id gives
     * an empty list.
     *
     * @param composeId the compose service
     * @return its deployments, newest first
     */
    List<Deployment> allByCompose(String composeId);

    /**
     * Lists a remote server's <em>setup runs</em>, newest first ({@code GET deployment.allByServer}). Despite the
     * name, these are not the application deployments that run on that server (those leave {@code serverId} empty):
     * they are the runs that prepared the server. An unknown server gives 404 {@code "Server not found"}.
     *
     * @param serverId the server
     * @return its setup runs, newest first
     * @throws io.github.dokploy4j.error.NotFoundException when the server does not exist
     */
    List<Deployment> allByServer(String serverId);

    /**
     * Lists every application and compose deployment of the key's organisation, newest first, each with its service,
     * environment, project and servers ({@link Deployment#application()}, {@link Deployment#compose()},
     * {@link Deployment#server()}, {@link Deployment#buildServer()}). Schedule runs are left out. Members see only
     * the services they were granted. There is no paging: the whole organisation comes in one answer. Since Dokploy
     * {@value ProcedureVersions#ALL_CENTRALIZED}.
     *
     * @return the organisation's deployments, newest first
     */
    List<Deployment> allCentralized();

    /**
     * Lists the build queue ({@code GET deployment.queueList}). On self-hosted Dokploy (v0.29.9 and later) only
     * waiting and active jobs are listed, newest first: a job leaves the list the moment it finishes, a waiting job
     * has no deployment row yet, job ids ({@code job-<n>}) restart with the server, and the list is <em>not</em>
     * filtered by organisation (jobs of other organisations have no {@code servicePath.href}). Since
     * {@value ProcedureVersions#QUEUE_LIST}.
     *
     * @return the queued and running jobs
     */
    List<QueueJob> queueList();

    /**
     * Lists the deployments of any deployment owner, newest first, each with its {@link Deployment#rollback()}
     * ({@code GET deployment.allByType}). Since Dokploy {@value ProcedureVersions#ALL_BY_TYPE}.
     *
     * <p>The docs page lists {@code postgres}, {@code mysql}, {@code mariadb}, {@code mongo} and {@code redis} as
     * types; the server never accepted them (database services keep no deployment rows) and answers 400. It does
     * accept {@code server}, {@code schedule}, {@code previewDeployment}, {@code backup} and {@code volumeBackup},
     * which the docs page leaves out. The SDK sends whatever type you pass (see {@link ServiceType#isDeploymentOwner()}).
     *
     * <p>Each row's {@code rollback.fullContext} holds the application's environment, build secrets and registry
     * credentials: the server sends them on every call, so prefer {@link #all} or {@link #allByCompose} for polling.
     *
     * @param type the owner's kind
     * @param id the owner's id
     * @return its deployments, newest first
     * @throws io.github.dokploy4j.error.BadRequestException when the server does not accept the type
     * @throws io.github.dokploy4j.error.NotFoundException for an unknown schedule
     */
    List<Deployment> allByType(ServiceType type, String id);

    /**
     * Kills the process of a running deployment ({@code POST deployment.killProcess}); the row then turns
     * {@code error}. Only schedule runs have a process id: for application and compose deployments the server always
     * answers 400 {@code "Deployment is not running"}, even while they run. Stop a build with
     * {@code application.killBuild} or {@code compose.killBuild} instead. Since Dokploy
     * {@value ProcedureVersions#KILL_PROCESS}.
     *
     * @param deploymentId the deployment
     * @throws io.github.dokploy4j.error.BadRequestException when the deployment has no process id
     * @throws io.github.dokploy4j.error.NotFoundException when the deployment does not exist
     * @throws io.github.dokploy4j.error.ServerErrorException when the process is already gone
     */
    void killProcess(String deploymentId);

    /**
     * Deletes a deployment row and its log file ({@code POST deployment.removeDeployment}). A running deployment is
     * deleted too, but nothing is cancelled: its build goes on. Deployments started in the same second share a log
     * file, so removing one can delete another's log. Since Dokploy {@value ProcedureVersions#REMOVE_DEPLOYMENT}.
     *
     * @param deploymentId the deployment
     * @return the deleted row, or empty when the delete matched nothing
     * @throws io.github.dokploy4j.error.NotFoundException when the deployment does not exist, on every version
     *     (Dokploy before v0.28.7 answers 400 there; the SDK maps it, and {@code status()} stays 400)
     */
    Optional<Deployment> removeDeployment(String deploymentId);

    /**
     * Reads the last lines of a deployment's log ({@code GET deployment.readLogs}, since Dokploy
     * {@value ProcedureVersions#READ_LOGS}; the docs page does not list it). The answer is {@code ""} when the deployment has no log path (it failed before it
     * started).
     *
     * @param deploymentId the deployment
     * @param tail how many lines, 1 to 10000
     * @return the lines, each ending with a line break
     * @throws IllegalArgumentException when {@code tail} is out of range
     */
    String readLogs(String deploymentId, int tail);

    /**
     * Reads the last 100 lines of a deployment's log (the server's default); see {@link #readLogs(String, int)}.
     *
     * @param deploymentId the deployment
     * @return the lines
     */
    String readLogs(String deploymentId);

    /**
     * Finds the newest successful ({@code done}) deployment of an owner, listed with the cheapest procedure for its
     * type ({@code all}, {@code allByCompose}, {@code allByServer}, else {@code allByType}).
     *
     * @param type the owner's kind
     * @param id the owner's id
     * @return the newest {@code done} deployment, or empty
     */
    Optional<Deployment> lastSuccessful(ServiceType type, String id);

    /**
     * Rolls an application back to one of its deployments, with the row's {@code rollbackId}
     * ({@code rollback.rollback}).
     *
     * <pre>{@code
     * deployments.lastSuccessful(ServiceType.APPLICATION, appId).ifPresent(deployments::rollbackTo);
     * }</pre>
     *
     * @param deployment an application deployment that has a rollback
     * @throws IllegalArgumentException before any request when the row cannot be rolled back to: it is not an
     *     application's (Dokploy keeps rollbacks only for applications), or it has no rollback (rollbacks are not
     *     enabled on the application; redeploy instead)
     * @throws io.github.dokploy4j.error.BadRequestException when the server could not roll back
     */
    void rollbackTo(Deployment deployment);

    /**
     * Watches every deployment of the organisation and reports each phase transition once ({@code QUEUED},
     * {@code RUNNING}, {@code DONE}, {@code ERROR}, {@code CANCELLED}, {@code REMOVED}), for notifier bots. Polls
     * {@code queueList} and {@code allCentralized} every 10 seconds; see {@link #watch(Duration,
     * DeploymentEventListener)}.
     *
     * @param listener receives the transitions
     * @return the running watch; close it to stop
     */
    DeploymentWatch watch(DeploymentEventListener listener);

    /**
     * Watches every deployment of the organisation, polling at the given interval. The first poll is the baseline
     * and reports nothing. Each poll costs two requests and downloads every application and compose deployment of the
     * organisation (up to ten per service): keep the interval coarse. Schedule runs are not included
     * ({@code allCentralized} leaves them out). A job dropped from the queue before it started is reported
     * {@code CANCELLED}. Events run on the client's executor, one at a time. A failed poll (network, 5xx) is logged once
     * at INFO and the watch goes on; 30 failures in a row, a 401 or another 4xx stop it (see
     * {@link DeploymentWatch#failure()}). Needs {@code allCentralized} (Dokploy
     * {@value ProcedureVersions#ALL_CENTRALIZED}); on older servers the watch stops at its first poll.
     *
     * @param interval the time between polls, at least one second
     * @param listener receives the transitions
     * @return the running watch; close it to stop
     */
    DeploymentWatch watch(Duration interval, DeploymentEventListener listener);

    /**
     * Follows a deployment's log live, falling back to polling ({@link LogFollowMode#AUTO}); see
     * {@link #follow(Deployment, LogFollowMode, LogListener)}.
     *
     * <pre>{@code
     * try (LogFollow follow = client.deployments().follow(deploymentId, System.out::println)) {
     *     Deployment end = follow.awaitCompletion(Duration.ofMinutes(15));
     * }
     * }</pre>
     *
     * @param deploymentId the deployment
     * @param listener receives the lines
     * @return the running follow; close it to stop early
     */
    LogFollow follow(String deploymentId, LogListener listener);

    /**
     * Follows a deployment's log, known by its id. Dokploy cannot read one deployment by id, so the row is found
     * first in {@code allCentralized} (one request that lists every application and compose deployment of the
     * organisation); deployments of other owners (schedules, backups, server setups) are not there: pass their row
     * to {@link #follow(Deployment, LogFollowMode, LogListener)}. An unknown id fails the follow with the server's
     * 404. Dokploy before {@value ProcedureVersions#ALL_CENTRALIZED} lacks {@code allCentralized}: there the follow
     * fails at once with a {@link io.github.dokploy4j.error.NotFoundException} that says to pass the row (from
     * {@link #all(String)} or {@link #allByCompose(String)}). See
     * {@link #follow(Deployment, LogFollowMode, LogListener)} for the rest.
     *
     * @param deploymentId the deployment
     * @param mode live, polling, or live falling back to polling
     * @param listener receives the lines
     * @return the running follow; close it to stop early
     */
    LogFollow follow(String deploymentId, LogFollowMode mode, LogListener listener);

    /**
     * Follows a deployment's log live, falling back to polling ({@link LogFollowMode#AUTO}); see
     * {@link #follow(Deployment, LogFollowMode, LogListener)}.
     *
     * @param deployment the deployment's row, as any list returns it
     * @param listener receives the lines
     * @return the running follow; close it to stop early
     */
    LogFollow follow(Deployment deployment, LogListener listener);

    /**
     * Follows a deployment's log from its first line to its end, delivering each line once, in order, to the
     * listener. Starting never blocks; the follow ends once the deployment is terminal and every line of its log
     * was delivered ({@link LogFollow#awaitCompletion(Duration)} returns the final row).
     *
     * <p><b>Live</b> ({@link LogFollowMode#LIVE}, and {@link LogFollowMode#AUTO} first) reads Dokploy's
     * {@code /listen-deployment} WebSocket with the client's key and default headers, at the base URL's origin and
     * path prefix ({@code ws://} for {@code http://}, {@code wss://} for {@code https://}). For a build on a remote
     * or build server it passes that server's id (the row's {@code buildServerId}, else the service's server, read
     * once with {@code application.one} or {@code compose.one}). Lines arrive as the build writes them. A stream
     * that drops is reopened and, as the server replays the file from its first line, the lines already delivered
     * are skipped. Error texts the server sends in the stream ({@code tail error: …}, {@code SSH error: …}) go to
     * {@link LogListener#onError}, never to {@link LogListener#onLine}; a close right after the handshake is how
     * Dokploy refuses a key, and is reported as an {@link io.github.dokploy4j.error.UnauthorizedException}.
     *
     * <p><b>Polling</b> ({@link LogFollowMode#POLLING}, and {@link LogFollowMode#AUTO} when the WebSocket is
     * refused or closed without a status; Dokploy {@value ProcedureVersions#READ_LOGS} and later) reads the row and
     * then the last 1000 lines ({@code readLogs}) each round:
     * every 0.5 s at first, backing off to every 5 s, sooner again when a window comes back more than half full.
     * Each round costs two requests, so a two-minute build costs about 50, and a line shows up 0 to 5 s after it
     * was written. Windows overlap and are aligned by content, so each line is delivered once as long as fewer than
     * 1000 lines are written between two rounds; when more are, {@link LogListener#onGap()} says so before the
     * lines that follow. The server's answer {@code "\n"} for a log file that does not exist is not a line.
     *
     * <p><b>The end.</b> The WebSocket never ends by itself, so a live follow also reads the row
     * ({@code deployment.all}, or {@code allByCompose}; never {@code allByType} for applications, which ships the
     * application's secrets) at the stream's pace: half a second after Dokploy's closing line
     * ({@code Docker Deployed: ✅}, a line with {@code ❌}), after a silence longer than the build's pauses, and every
     * 20 s otherwise. Once the row is terminal it reads the log once more ({@code readLogs}, up to 10000 lines, where
     * the server has it), waits in rounds of 0.5 s (real time) while the stream still brings lines, delivers what the
     * stream did not, closes it and completes.
     *
     * <p>Listener calls come one at a time, in order, on the client's executor; the next WebSocket message is asked
     * for, and the next window read, only once the lines before were delivered.
     *
     * <p>Deployments of one service started in the same second share one log file (Dokploy names the file after
     * the second), so following either shows the lines of both. A deployment removed before it ends fails the
     * follow with a {@link io.github.dokploy4j.error.DeploymentFailedException}.
     *
     * @param deployment the deployment's row, as any list returns it
     * @param mode live, polling, or live falling back to polling
     * @param listener receives the lines
     * @return the running follow; close it to stop early
     */
    LogFollow follow(Deployment deployment, LogFollowMode mode, LogListener listener);

    /**
     * Returns a deployment's log lines as a stream that blocks for the next line and ends when the deployment
     * ends: {@link #follow(String, LogListener)} behind an iterator. Close it (try-with-resources) to stop early;
     * a failure of the follow is thrown by the stream's terminal operation once the lines before it were read. At
     * most 1024 lines wait for the reader: while they do, the follow holds the WebSocket and the polling back.
     *
     * <pre>{@code
     * try (Stream<String> lines = client.deployments().lines(deploymentId)) {
     *     lines.filter(l -> l.startsWith("Step ")).forEach(System.out::println);
     * }
     * }</pre>
     *
     * @param deploymentId the deployment
     * @return the lines, which must be closed
     */
    Stream<String> lines(String deploymentId);
}
