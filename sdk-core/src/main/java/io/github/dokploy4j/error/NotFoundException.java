package io.github.dokploy4j.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server answered HTTP 404. Either the thing asked for does not exist ({@code "Deployment not found"},
 * {@code "Server not found"}, {@code "Schedule not found"}, …), or — see {@link #isUnknownProcedure()} — the
 * procedure itself does not exist on this server, which usually means an older Dokploy (see
 * {@link io.github.dokploy4j.deployment.ProcedureVersions}: {@code deployment.readLogs} needs
 * {@value io.github.dokploy4j.deployment.ProcedureVersions#READ_LOGS}, {@code queueList} and {@code allCentralized}
 * {@value io.github.dokploy4j.deployment.ProcedureVersions#QUEUE_LIST}, {@code removeDeployment}
 * {@value io.github.dokploy4j.deployment.ProcedureVersions#REMOVE_DEPLOYMENT}, {@code killProcess}
 * {@value io.github.dokploy4j.deployment.ProcedureVersions#KILL_PROCESS}, {@code allByType}
 * {@value io.github.dokploy4j.deployment.ProcedureVersions#ALL_BY_TYPE}). The client remembers such an answer for its
 * lifetime and fails later calls of that procedure at once, without a request.
 *
 * <p>Note that Dokploy answers {@code 200 []} rather than 404 to {@code deployment.all} and
 * {@code deployment.allByCompose} with an unknown id, and answered {@code removeDeployment} of an unknown id with a
 * 400 before v0.28.7, which the SDK turns into this exception ({@link #status()} stays 400).
 */
public class NotFoundException extends DokployApiException {
    private static final long serialVersionUID = 1L;

    private final boolean unknownProcedure;

    /**
     * Creates the exception; see {@link DokployApiException#DokployApiException} for the other parameters.
     *
     * @param message the full message
     * @param status the HTTP status (404)
     * @param code the tRPC error code, or {@code null}
     * @param serverMessage the server's message
     * @param procedure the procedure that was called
     * @param issues the validation issues, possibly empty
     * @param responseBody a bounded, redacted excerpt of the body
     * @param unknownProcedure whether the answer is the bare {@code "Not found"} of an unknown route
     */
    public NotFoundException(String message, int status, @Nullable String code, String serverMessage,
            String procedure, List<ValidationIssue> issues, String responseBody, boolean unknownProcedure) {
        super(message, status, code, serverMessage, procedure, issues, responseBody);
        this.unknownProcedure = unknownProcedure;
    }

    /**
     * Tells whether the server does not know the procedure at all: the bare {@code "Not found"} without a
     * {@code data.path}, which Dokploy answers for an unknown route (and for a query called with POST or a mutation
     * called with GET).
     *
     * @return {@code true} when the procedure does not exist on this server
     */
    public boolean isUnknownProcedure() {
        return unknownProcedure;
    }
}
