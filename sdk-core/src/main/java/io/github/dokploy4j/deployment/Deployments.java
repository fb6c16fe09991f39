package io.github.dokploy4j.deployment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
     * v0.28.3.
     *
     * @return the organisation's deployments, newest first
     */
    List<Deployment> allCentralized();

    /**
     * Lists the build queue ({@code GET deployment.queueList}). On self-hosted Dokploy (v0.29.9 and later) only
     * waiting and active jobs are listed, newest first: a job leaves the list the moment it finishes, a waiting job
     * has no deployment row yet, job ids ({@code job-<n>}) restart with the server, and the list is <em>not</em>
     * filtered by organisation (jobs of other organisations have no {@code servicePath.href}). Since v0.28.3.
     *
     * @return the queued and running jobs
     */
    List<QueueJob> queueList();

    /**
     * Lists the deployments of any deployment owner, newest first, each with its {@link Deployment#rollback()}
     * ({@code GET deployment.allByType}). Since Dokploy v0.22.0.
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
     * {@code application.killBuild} or {@code compose.killBuild} instead.
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
     * file, so removing one can delete another's log.
     *
     * @param deploymentId the deployment
     * @return the deleted row, or empty when the delete matched nothing
     * @throws io.github.dokploy4j.error.NotFoundException when the deployment does not exist
     */
    Optional<Deployment> removeDeployment(String deploymentId);

    /**
     * Reads the last lines of a deployment's log ({@code GET deployment.readLogs}, since Dokploy v0.29.6; the docs
     * page does not list it). The answer is {@code ""} when the deployment has no log path (it failed before it
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
     * {@code CANCELLED}. Network failures and 5xx answers are logged and the watch goes on; a 401 or another 4xx stops
     * it (see {@link DeploymentWatch#failure()}).
     *
     * @param interval the time between polls, at least one second
     * @param listener receives the transitions
     * @return the running watch; close it to stop
     */
    DeploymentWatch watch(Duration interval, DeploymentEventListener listener);
}
