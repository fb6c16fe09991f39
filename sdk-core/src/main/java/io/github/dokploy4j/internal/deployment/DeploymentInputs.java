package io.github.dokploy4j.internal.deployment;

import static io.github.dokploy4j.internal.call.Arguments.requireId;
import static io.github.dokploy4j.internal.call.Arguments.requireNonNull;
import static io.github.dokploy4j.internal.call.Arguments.requireRange;

import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.QueryString;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The inputs of the {@code deployment.*} procedures, as the server's zod schemas name their fields. */
final class DeploymentInputs {
    /** The largest {@code tail} the server accepts. */
    static final int MAX_TAIL = 10_000;

    private DeploymentInputs() {
    }

    static ByApplication byApplication(String applicationId) {
        return new ByApplication(requireId(applicationId, "applicationId"));
    }

    static ByCompose byCompose(String composeId) {
        return new ByCompose(requireId(composeId, "composeId"));
    }

    static ByServer byServer(String serverId) {
        return new ByServer(requireId(serverId, "serverId"));
    }

    static ByType byType(ServiceType type, String id) {
        requireNonNull(type, "type");
        return new ByType(requireId(id, "id"), type.wireValue());
    }

    static ById byId(String deploymentId) {
        return new ById(requireId(deploymentId, "deploymentId"));
    }

    static LogTail logTail(String deploymentId, int tail) {
        return new LogTail(requireId(deploymentId, "deploymentId"), requireRange(tail, 1, MAX_TAIL, "tail"));
    }

    static LogTail logTail(String deploymentId) {
        return new LogTail(requireId(deploymentId, "deploymentId"), null);
    }

    /** {@code {applicationId}} of {@code deployment.all}. */
    record ByApplication(String applicationId) {
        String query() {
            return QueryString.param("applicationId", applicationId);
        }
    }

    /** {@code {composeId}} of {@code deployment.allByCompose}. */
    record ByCompose(String composeId) {
        String query() {
            return QueryString.param("composeId", composeId);
        }
    }

    /** {@code {serverId}} of {@code deployment.allByServer}. */
    record ByServer(String serverId) {
        String query() {
            return QueryString.param("serverId", serverId);
        }
    }

    /** {@code {id, type}} of {@code deployment.allByType}; the type is the wire value, sent as the caller chose. */
    record ByType(String id, String type) {
        String query() {
            return QueryString.param("id", id) + "&" + QueryString.param("type", type);
        }
    }

    /** {@code {deploymentId}} of {@code killProcess} and {@code removeDeployment}. */
    record ById(String deploymentId) {
        byte[] body() {
            return BodyEncoder.json().encode(Map.of("deploymentId", deploymentId));
        }
    }

    /** {@code {deploymentId, tail?}} of {@code deployment.readLogs}; without a tail the server reads 100 lines. */
    record LogTail(String deploymentId, @Nullable Integer tail) {
        String query() {
            String id = QueryString.param("deploymentId", deploymentId);
            return tail == null ? id : id + "&" + QueryString.param("tail", tail);
        }
    }
}
