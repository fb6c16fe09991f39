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
 * The {@code serverId} the log WebSocket needs, chosen as Dokploy's UI does: the deployment's {@code buildServerId},
 * else its service's {@code serverId}. The row names it when it has a build server, when {@code allCentralized}
 * embedded the service, or for a server's setup run; otherwise the service's server takes one {@code application.one}
 * or {@code compose.one} call, which {@link LiveLog} makes only when the Dokploy host turns out not to hold the file.
 */
final class StreamServer {
    static final Procedure<Map<String, ?>, JsonNode> APPLICATION_ONE =
            Procedure.query("application.one", QueryEncoder.map(), ResponseDecoders.tree());
    static final Procedure<Map<String, ?>, JsonNode> COMPOSE_ONE =
            Procedure.query("compose.one", QueryEncoder.map(), ResponseDecoders.tree());

    private StreamServer() {
    }

    /** The server the row itself names, without a request. */
    static Optional<String> named(Deployment row) {
        if (row.buildServerId().isPresent()) {
            return row.buildServerId();
        }
        if (row.application().isPresent()) {
            return row.application().get().server().map(ServerSummary::serverId);
        }
        if (row.compose().isPresent()) {
            return row.compose().get().server().map(ServerSummary::serverId);
        }
        return row.serverId();
    }

    /** The service's server, read from the service. */
    static CompletableFuture<Optional<String>> lookUp(ProcedureCaller caller, Deployment row) {
        if (row.applicationId().isPresent()) {
            return caller.callAsync(APPLICATION_ONE, Map.of("applicationId", row.applicationId().get()))
                    .thenApply(StreamServer::serverIdOf);
        }
        if (row.composeId().isPresent()) {
            return caller.callAsync(COMPOSE_ONE, Map.of("composeId", row.composeId().get()))
                    .thenApply(StreamServer::serverIdOf);
        }
        return CompletableFuture.completedFuture(Optional.empty());
    }

    private static Optional<String> serverIdOf(@Nullable JsonNode service) {
        JsonNode id = service == null ? null : service.get("serverId");
        return id == null || !id.isTextual() || id.asText().isEmpty() ? Optional.empty() : Optional.of(id.asText());
    }
}
