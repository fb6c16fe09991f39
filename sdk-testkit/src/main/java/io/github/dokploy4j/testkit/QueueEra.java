package io.github.dokploy4j.testkit;

/** How a self-hosted Dokploy queues its builds, which changed in v0.29.9 (server-facts §6). */
enum QueueEra {

    /**
     * BullMQ on Redis (up to v0.29.8): one worker with BullMQ's default concurrency of 1, so one build at a time on the
     * whole installation; job ids are Redis's counter as numeric strings ({@code "1"}, {@code "2"}, …), which
     * survives a restart of Dokploy.
     */
    BULLMQ {
        @Override
        String jobId(long number) {
            return Long.toString(number);
        }

        @Override
        String partition(String serverId) {
            return "bullmq";
        }
    },

    /**
     * The in-memory queue (v0.29.9 and later): one partition per server, ids {@code job-<n>} from a counter that
     * restarts with the process.
     */
    IN_MEMORY {
        @Override
        String jobId(long number) {
            return "job-" + number;
        }

        @Override
        String partition(String serverId) {
            return serverId == null ? "__local__" : serverId;
        }
    };

    abstract String jobId(long number);

    /** Jobs of one partition run one at a time, first queued first. */
    abstract String partition(String serverId);

    boolean countsJobsAcrossRestarts() {
        return this == BULLMQ;
    }
}
