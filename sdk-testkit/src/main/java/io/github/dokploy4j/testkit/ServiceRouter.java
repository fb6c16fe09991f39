package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The build procedures of {@code application.*} or {@code compose.*} (server-facts §8): deploy, redeploy, killBuild,
 * cleanQueues and cancelDeployment.
 */
final class ServiceRouter {

    private final FakeState state;
    private final DeploymentWorker worker;
    private final ServiceKind kind;
    private final String router;
    private final String idKey;
    private final String notFound;

    private ServiceRouter(FakeState state, DeploymentWorker worker, ServiceKind kind) {
        this.state = state;
        this.worker = worker;
        this.kind = kind;
        this.router = kind == ServiceKind.COMPOSE ? "compose" : "application";
        this.idKey = router + "Id";
        this.notFound = kind == ServiceKind.COMPOSE ? "Compose not found" : "Application not found";
    }

    static ServiceRouter applications(FakeState state, DeploymentWorker worker) {
        return new ServiceRouter(state, worker, ServiceKind.APPLICATION);
    }

    static ServiceRouter composes(FakeState state, DeploymentWorker worker) {
        return new ServiceRouter(state, worker, ServiceKind.COMPOSE);
    }

    void register(ProcedureTable table) {
        InputSchema deployInput = InputSchema.of(InputField.requiredId(idKey), InputField.optionalString("title"),
                InputField.optionalString("description"));
        InputSchema idOnly = InputSchema.of(InputField.requiredId(idKey));
        table.add(Procedure.mutation(router + ".deploy", deployInput,
                input -> enqueue(input, "deploy", "Manual deployment", "Deployment queued")));
        table.add(Procedure.mutation(router + ".redeploy", deployInput,
                input -> enqueue(input, "redeploy", "Rebuild deployment", "Redeployment queued")));
        table.add(Procedure.mutation(router + ".killBuild", idOnly, this::killBuild));
        table.add(Procedure.mutation(router + ".cleanQueues", idOnly, this::cleanQueues));
        table.add(Procedure.mutation(router + ".cancelDeployment", idOnly, input -> {
            throw TrpcError.badRequest("Deployment cancellation only available in cloud version");
        }));
    }

    private ServiceRecord find(ValidInput input) {
        ServiceRecord service = state.service(kind, input.text(idKey));
        if (service == null) {
            throw TrpcError.notFound(notFound);
        }
        return service;
    }

    private JsonNode enqueue(ValidInput input, String type, String defaultTitle, String composeMessage) {
        ServiceRecord service = find(input);
        String title = input.text("title");
        String description = input.text("description");
        worker.enqueue(kind, service.id, null, type, title == null || title.isEmpty() ? defaultTitle : title,
                description == null ? "" : description, service.serverId());
        if (kind == ServiceKind.APPLICATION) {
            return null;
        }
        ObjectNode answer = WireJson.object();
        answer.put("success", true);
        answer.put("message", composeMessage);
        answer.put("composeId", service.id);
        return answer;
    }

    /** {@code pkill -2 -f "docker build"} (or {@code "docker compose"}) on the service's host. */
    private JsonNode killBuild(ValidInput input) {
        ServiceRecord service = find(input);
        state.queue.stream()
                .filter(job -> "active".equals(job.state) && Objects.equals(job.serverId, service.serverId())
                        && (kind == ServiceKind.COMPOSE) == (job.kind == ServiceKind.COMPOSE))
                .map(job -> job.run)
                .toList()
                .forEach(BuildRun::kill);
        return null;
    }

    private JsonNode cleanQueues(ValidInput input) {
        String id = input.text(idKey);
        worker.dropWaiting(job -> kind == ServiceKind.COMPOSE
                ? job.kind == ServiceKind.COMPOSE && id.equals(job.serviceId)
                : job.kind != ServiceKind.COMPOSE && id.equals(job.kind == ServiceKind.PREVIEW
                        ? job.applicationId : job.serviceId));
        if (kind == ServiceKind.APPLICATION) {
            return null;
        }
        ObjectNode answer = WireJson.object();
        answer.put("success", true);
        answer.put("message", "Queues cleaned successfully");
        return answer;
    }
}
