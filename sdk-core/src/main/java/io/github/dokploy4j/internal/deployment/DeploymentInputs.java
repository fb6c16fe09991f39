package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.QueryString;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The inputs of the {@code deployment.*} procedures, as the server's zod schemas name their fields. */
final class DeploymentInputs {
    private DeploymentInputs() {
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
