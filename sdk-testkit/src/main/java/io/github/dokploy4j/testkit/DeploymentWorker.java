package io.github.dokploy4j.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The deployments queue and its worker: one active job per partition ({@link QueueEra}), FIFO, the row inserted only
 * when the worker takes a job, and the job gone from the queue the moment its build ends. Every method runs with the
 * state's monitor held.
 */
final class DeploymentWorker {

    private static final int KEEP_PER_SERVICE = 10;

    private final FakeState state;

    DeploymentWorker(FakeState state) {
        this.state = state;
    }

    /** Queues a build and, if its partition is idle, starts it at once. */
    DeployJob enqueue(ServiceKind kind, String serviceId, String applicationId, String type, String titleLog,
            String descriptionLog, String serverId) {
        DeployJob job = new DeployJob(state.queueEra, ++state.jobCounter, kind, serviceId, applicationId, type,
                titleLog, descriptionLog, serverId, state.clock.now().toEpochMilli());
        state.queue.add(job);
        startNext(job.partition);
        return job;
    }

    /** {@code cleanQueues}: drops the waiting jobs that match, leaving an active one alone. */
    void dropWaiting(Predicate<DeployJob> matching) {
        state.queue.removeIf(job -> "waiting".equals(job.state) && matching.test(job));
    }

    /** Drops every job that matches, stopping an active one's build: its service is being deleted. */
    void discard(Predicate<DeployJob> matching) {
        List<DeployJob> doomed = state.queue.stream().filter(matching).collect(Collectors.toList());
        for (DeployJob job : doomed) {
            if (job.run != null) {
                job.run.abandon();
            }
            state.queue.remove(job);
        }
        doomed.stream().map(job -> job.partition).distinct().forEach(this::startNext);
    }

    void finished(DeployJob job) {
        state.queue.remove(job);
        startNext(job.partition);
    }

    /**
     * Dokploy's process restarts: the queue is lost (a BullMQ job counter lives on in Redis, the in-memory one starts
     * again at 1), and every running deployment but a remote server's schedule run turns {@code cancelled}, its
     * application or compose {@code idle}.
     */
    void restart() {
        state.epoch++;
        state.queue.stream().filter(job -> job.run != null).forEach(job -> job.run.abandon());
        state.queue.clear();
        if (!state.queueEra.countsJobsAcrossRestarts()) {
            state.jobCounter = 0;
        }
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
                state.services.get(serviceId).status("idle");
            }
        }
    }

    private void startNext(String partition) {
        boolean busy = state.queue.stream()
                .anyMatch(job -> "active".equals(job.state) && job.partition.equals(partition));
        if (busy) {
            return;
        }
        Optional<DeployJob> next = state.queue.stream()
                .filter(job -> "waiting".equals(job.state) && job.partition.equals(partition))
                .min(Comparator.comparingLong(job -> job.number));
        next.ifPresent(this::start);
    }

    private void start(DeployJob job) {
        job.state = "active";
        job.processedOn = state.clock.now().toEpochMilli();
        String appName;
        String logHost;
        DeploymentRow row = state.newRow();
        if (job.kind == ServiceKind.PREVIEW) {
            PreviewRecord preview = state.previews.get(job.serviceId);
            preview.previewStatus = "running";
            appName = preview.appName;
            ServiceRecord application = state.services.get(preview.applicationId);
            logHost = application.serverId() != null ? application.serverId() : LogStore.LOCAL;
            row.previewDeploymentId = preview.previewDeploymentId;
        } else {
            ServiceRecord service = state.services.get(job.serviceId);
            service.status("running");
            appName = service.appName();
            logHost = service.logHost();
            if (job.kind == ServiceKind.APPLICATION) {
                row.applicationId = service.id;
                row.buildServerId = service.buildServerId();
            } else {
                row.composeId = service.id;
            }
        }
        state.retain(job.serviceId, KEEP_PER_SERVICE);
        String now = state.nowIso();
        row.title = job.titleLog;
        row.description = job.descriptionLog;
        row.createdAt = now;
        row.startedAt = now;
        row.logPath = "/etc/dokploy/logs/" + appName + "/" + appName + "-"
                + WireTime.logNameStamp(state.clock.now()) + ".log";
        row.logHost = logHost;
        state.deployments.put(row.deploymentId, row);
        LogFile log = state.logs.create(logHost, row.logPath, "Initializing deployment\n");
        ScriptedBuild handle = state.nextScript(job.serviceId);
        BuildRun run = new BuildRun(state, this, job, row, log, handle);
        job.run = run;
        handle.started(row.deploymentId, run::resume);
        run.proceed();
    }
}
