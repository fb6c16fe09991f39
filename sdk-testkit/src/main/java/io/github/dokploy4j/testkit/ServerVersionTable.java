package io.github.dokploy4j.testkit;

import java.util.Map;

/**
 * Which Dokploy version has what: the one table the fake consults for a {@link DokployVersion}. Where a row comes from
 * is written beside it, "measured" meaning observed on real v0.27.0, v0.28.2 and v0.29.5 servers (issue 18), "source"
 * meaning read from Dokploy's git history.
 */
final class ServerVersionTable {

    static final DokployVersion OLDEST = DokployVersion.parse("v0.27.0");
    static final DokployVersion NEWEST = DokployVersion.parse("v0.30.2");

    /** The first version that serves each procedure; procedures not listed exist in every playable version. */
    private static final Map<String, DokployVersion> SINCE = Map.of(
            "deployment.allByType", DokployVersion.parse("v0.22.0"),           // source
            "deployment.killProcess", DokployVersion.parse("v0.23.6"),         // measured
            "deployment.removeDeployment", DokployVersion.parse("v0.27.1"),    // measured: v0.27.0 answers 404
            "deployment.queueList", DokployVersion.parse("v0.28.3"),           // source; absent on v0.28.2 (measured)
            "deployment.allCentralized", DokployVersion.parse("v0.28.3"),      // source; absent on v0.28.2 (measured)
            "deployment.readLogs", DokployVersion.parse("v0.29.5"));           // measured: v0.29.5 serves it

    /** tRPC v11 with @dokploy/trpc-openapi 0.0.16+ and zod 4 (source); earlier bodies measured on v0.27.0. */
    private static final DokployVersion TRPC_11 = DokployVersion.parse("v0.28.0");
    /** An unknown id in removeDeployment stopped being a 400 with v0.28.7 (measured up to v0.28.6). */
    private static final DokployVersion REMOVAL_NOT_FOUND_IS_404 = DokployVersion.parse("v0.28.7");
    /** PR #4645 replaced BullMQ by the in-memory queue (source). */
    private static final DokployVersion IN_MEMORY_QUEUE = DokployVersion.parse("v0.29.9");

    private final DokployVersion version;

    ServerVersionTable(DokployVersion version) {
        this.version = version;
    }

    /**
     * Checks that the fake can play {@code version}.
     *
     * @throws IllegalArgumentException if it is older than v0.27.0 or newer than v0.30.2
     */
    static DokployVersion requirePlayable(DokployVersion version) {
        if (!version.isAtLeast(OLDEST) || !NEWEST.isAtLeast(version)) {
            throw new IllegalArgumentException("the fake plays Dokploy " + OLDEST + " to " + NEWEST + ", not "
                    + version + ": older servers differ in ways nobody measured, newer ones are not known yet");
        }
        return version;
    }

    DokployVersion version() {
        return version;
    }

    boolean serves(String procedure) {
        DokployVersion since = SINCE.get(procedure);
        return since == null || version.isAtLeast(since);
    }

    ErrorShape errorShape() {
        return version.isAtLeast(TRPC_11) ? ErrorShape.TRPC_11_ZOD_4 : ErrorShape.TRPC_10_ZOD_3;
    }

    QueueEra queueEra() {
        return version.isAtLeast(IN_MEMORY_QUEUE) ? QueueEra.IN_MEMORY : QueueEra.BULLMQ;
    }

    /** Before v0.28.7 removing an unknown deployment was a 400 BAD_REQUEST, since then a 404. */
    boolean unknownRemovalIsBadRequest() {
        return !version.isAtLeast(REMOVAL_NOT_FOUND_IS_404);
    }
}
