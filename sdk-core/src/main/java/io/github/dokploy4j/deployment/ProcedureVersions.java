package io.github.dokploy4j.deployment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Dokploy version each procedure the deployments API uses first appeared in: the one table the SDK's errors (a
 * 404 for a missing procedure names it), its Javadoc, the README's compatibility table and the {@code dokploy}
 * command read. Versions marked <em>measured</em> below were observed on real servers v0.27.0, v0.28.2 and v0.29.5
 * built from their tags; the others were read from Dokploy's git history.
 *
 * <p>On a server older than a procedure's version, calling it fails with a
 * {@link io.github.dokploy4j.error.NotFoundException} whose {@code isUnknownProcedure()} is true; the client remembers
 * that for its lifetime and fails later calls of it at once, without a request.
 */
public final class ProcedureVersions {
    /**
     * The oldest Dokploy the SDK talks to: {@code x-api-key} authentication exists from v0.19.0 on. Every procedure
     * without a later version below is there from then on.
     */
    public static final String OLDEST_SUPPORTED = "v0.19.0";
    /** {@code deployment.all}: every supported version. */
    public static final String ALL = OLDEST_SUPPORTED;
    /** {@code deployment.allByCompose}: every supported version. */
    public static final String ALL_BY_COMPOSE = OLDEST_SUPPORTED;
    /** {@code deployment.allByServer}: every supported version. */
    public static final String ALL_BY_SERVER = OLDEST_SUPPORTED;
    /** {@code deployment.allByType}: from v0.22.0 (source). */
    public static final String ALL_BY_TYPE = "v0.22.0";
    /** {@code deployment.killProcess}: from v0.23.6 (measured: served by v0.27.0). */
    public static final String KILL_PROCESS = "v0.23.6";
    /** {@code deployment.removeDeployment}: from v0.27.1 (measured: v0.27.0 answers 404). */
    public static final String REMOVE_DEPLOYMENT = "v0.27.1";
    /** {@code deployment.queueList}: from v0.28.3 (source; measured absent on v0.28.2, present on v0.29.5). */
    public static final String QUEUE_LIST = "v0.28.3";
    /** {@code deployment.allCentralized}: from v0.28.3 (source; measured absent on v0.28.2, present on v0.29.5). */
    public static final String ALL_CENTRALIZED = "v0.28.3";
    /** {@code deployment.readLogs}: from v0.29.5 (measured). */
    public static final String READ_LOGS = "v0.29.5";

    private static final Map<String, String> TABLE = table();

    private ProcedureVersions() {
    }

    private static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("deployment.all", ALL);
        table.put("deployment.allByCompose", ALL_BY_COMPOSE);
        table.put("deployment.allByServer", ALL_BY_SERVER);
        table.put("deployment.allByType", ALL_BY_TYPE);
        table.put("deployment.killProcess", KILL_PROCESS);
        table.put("deployment.removeDeployment", REMOVE_DEPLOYMENT);
        table.put("deployment.queueList", QUEUE_LIST);
        table.put("deployment.allCentralized", ALL_CENTRALIZED);
        table.put("deployment.readLogs", READ_LOGS);
        return Collections.unmodifiableMap(table);
    }

    /**
     * Returns the whole table, in the order of the deployments API.
     *
     * @return procedure name ({@code deployment.readLogs}) to the first version that has it
     */
    public static Map<String, String> all() {
        return TABLE;
    }

    /**
     * Returns the first version that has a procedure.
     *
     * @param procedure e.g. {@code deployment.readLogs}
     * @return the version, or empty for a procedure this table does not cover
     */
    public static Optional<String> since(String procedure) {
        return Optional.ofNullable(TABLE.get(procedure));
    }
}
