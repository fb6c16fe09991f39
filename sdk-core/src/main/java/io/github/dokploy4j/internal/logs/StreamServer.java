package io.github.dokploy4j.internal.logs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.ServerSummary;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The {@code serverId} the log WebSocket needs, chosen as Dokploy's UI does: the deployment's
 * {@code buildServerId}, else its service's {@code serverId}. The service's server comes from the row's relations when
 * {@code allCentralized} embedded them, else from one {@code application.one} or {@code compose.one} call. Without
 * it, the stream of a build on a remote server finds no file on the Dokploy host.
 */
final class StreamServer {
    static final Procedure<Map<String, ?>, JsonNode> APPLICATION_ONE =
            Procedure.query("application.one", QueryEncoder.map(), ResponseDecoders.tree());
    static final Procedure<Map<String, ?>, JsonNode> COMPOSE_ONE =
            Procedure.query("compose.one", QueryEncoder.map(), ResponseDecoders.tree());

    private StreamServer() {
    }

    static CompletableFuture<Optional<String>> of(ProcedureCaller caller, Deployment row) {
        if (row.buildServerId().isPresent()) {
            return CompletableFuture.completedFuture(row.buildServerId());
        }
        if (row.application().isPresent()) {
            return CompletableFuture.completedFuture(row.application().get().server().map(ServerSummary::serverId));
        }
        if (row.compose().isPresent()) {
            return CompletableFuture.completedFuture(row.compose().get().server().map(ServerSummary::serverId));
        }
        if (row.applicationId().isPresent()) {
            return caller.callAsync(APPLICATION_ONE, Map.of("applicationId", row.applicationId().get()))
                    .thenApply(StreamServer::serverIdOf);
        }
        if (row.composeId().isPresent()) {
            return caller.callAsync(COMPOSE_ONE, Map.of("composeId", row.composeId().get()))
                    .thenApply(StreamServer::serverIdOf);
        }
        return CompletableFuture.completedFuture(row.serverId());
    }

    private static Optional<String> serverIdOf(@Nullable JsonNode service) {
        JsonNode id = service == null ? null : service.get("serverId");
        return id == null || !id.isTextual() || id.asText().isEmpty() ? Optional.empty() : Optional.of(id.asText());
    }
}
