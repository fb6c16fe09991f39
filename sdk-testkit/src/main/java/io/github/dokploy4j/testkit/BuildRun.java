package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/** One build in progress: walks its script's steps on the fake's clock and writes the outcome to the tables. */
final class BuildRun {

    private final FakeState state;
    private final DeploymentWorker worker;
    private final DeployJob job;
    private final DeploymentRow row;
    private final LogFile log;
    private final ScriptedBuild handle;
    private final List<BuildStep> steps;
    private final long epoch;
    private int next;
    private boolean finished;

    BuildRun(FakeState state, DeploymentWorker worker, DeployJob job, DeploymentRow row, LogFile log,
            ScriptedBuild handle) {
        this.state = state;
        this.worker = worker;
        this.job = job;
        this.row = row;
        this.log = log;
        this.handle = handle;
        this.steps = handle.script().stepList();
        this.epoch = state.epoch;
    }

    DeployJob job() {
        return job;
    }

    /** Runs steps until a pause, a hold or the end. Called with the state's monitor held. */
    void proceed() {
        while (!finished && next < steps.size()) {
            BuildStep step = steps.get(next);
            if (step instanceof BuildStep.LogLine) {
                log.append(((BuildStep.LogLine) step).text() + "\n");
                next++;
            } else if (step instanceof BuildStep.Pause) {
                next++;
                Duration pause = ((BuildStep.Pause) step).duration();
                if (!pause.isZero()) {
                    state.clock.schedule(state.clock.now().plus(pause), this::proceedLater);
                    return;
                }
            } else {
                if (!handle.takeRelease()) {
                    handle.moveTo(BuildState.HELD);
                    return;
                }
                next++;
            }
        }
        if (!finished) {
            finish(handle.script().outcome());
        }
    }

    /** The test released a held build. Called with the state's monitor held. */
    void resume() {
        if (finished || state.epoch != epoch || !handle.takeRelease()) {
            return;
        }
        next++;
        handle.moveTo(BuildState.RUNNING);
        proceed();
    }

    /** {@code killBuild}: the build process dies, so the deployment fails. */
    void kill() {
        if (!finished) {
            finish(BuildOutcome.FAIL);
        }
    }

    /** A restart: the process is gone; the row was already marked {@code cancelled}. */
    void abandon() {
        if (!finished) {
            finished = true;
            handle.moveTo(BuildState.CANCELLED);
        }
    }

    private void proceedLater() {
        synchronized (state) {
            if (state.epoch == epoch) {
                proceed();
            }
        }
    }

    private void finish(BuildOutcome outcome) {
        finished = true;
        boolean success = outcome != BuildOutcome.FAIL;
        String status = success ? "done" : "error";
        row.status = status;
        row.finishedAt = state.nowIso();
        ServiceRecord service = null;
        if (job.kind == ServiceKind.PREVIEW) {
            PreviewRecord preview = state.previews.get(job.serviceId);
            preview.previewStatus = status;
            service = state.services.get(preview.applicationId);
        } else {
            service = state.services.get(job.serviceId);
            service.status(status);
        }
        boolean rollback = job.kind == ServiceKind.APPLICATION
                && (outcome == BuildOutcome.SUCCEED_WITH_ROLLBACK || success && service.rollbacks());
        if (rollback && state.deployments.containsKey(row.deploymentId)) {
            storeRollback(service);
        }
        handle.moveTo(success ? BuildState.SUCCEEDED : BuildState.FAILED);
        if (service.swapsInCommitInfo()) {
            // Dokploy swaps in the commit info a moment after the status turns terminal.
            ServiceRecord source = service;
            Duration swapDelay = Duration.ofMillis(100 + state.ids.nextInt(500));
            state.clock.schedule(state.clock.now().plus(swapDelay), () -> swapInCommit(source));
        }
        worker.finished(job);
    }

    private void swapInCommit(ServiceRecord source) {
        synchronized (state) {
            if (state.epoch == epoch && state.deployments.containsKey(row.deploymentId)) {
                row.title = source.commitMessage;
                row.description = "Commit: " + source.commitSha;
            }
        }
    }

    private void storeRollback(ServiceRecord application) {
        int version = ++state.rollbackVersion;
        RollbackRow rollback = new RollbackRow(state.ids.nanoid(), row.deploymentId, version,
                application.appName() + ":v" + version, state.nowIso(), fullContext(application));
        state.rollbacks.put(rollback.rollbackId, rollback);
        row.rollbackId = rollback.rollbackId;
    }

    /**
     * A snapshot of the application as Dokploy stores it: every column (its environment variables, build arguments and
     * secrets included), its environment and project, and its registry with credentials.
     */
    private ObjectNode fullContext(ServiceRecord application) {
        ObjectNode context = application.row.deepCopy();
        context.set("environment", state.environmentWithProject(application.environmentId()));
        ObjectNode registry = WireJson.object();
        registry.put("registryId", "fakeRegistry000000001");
        registry.put("registryName", "fake-registry");
        registry.put("username", "deployer");
        registry.put("password", "fake-registry-password");
        registry.put("registryUrl", "registry.example.com");
        context.set("registry", registry);
        context.set("mounts", WireJson.array());
        context.set("ports", WireJson.array());
        return context;
    }
}
