package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The life-cycle procedures of {@code application.*} or {@code compose.*} (server-facts §8). */
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
        table.add(Procedure.query(router + ".one", idOnly, input -> one(find(input))));
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
                description == null ? "" : description, service.serverId);
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
        String partition = service.serverId == null ? DeployJob.LOCAL_PARTITION : service.serverId;
        state.queue.stream()
                .filter(job -> "active".equals(job.state) && job.partition().equals(partition)
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

    private JsonNode one(ServiceRecord service) {
        ObjectNode json = WireJson.object();
        json.put(idKey, service.id);
        json.put("name", service.name);
        json.put("appName", service.appName);
        json.put("description", (String) null);
        json.put("env", "DATABASE_URL=postgres://app:fake-db-password@db:5432/app");
        if (kind == ServiceKind.APPLICATION) {
            json.put("sourceType", service.git ? "github" : "docker");
            json.put("repository", service.git ? "app" : null);
            json.put("owner", service.git ? "example" : null);
            json.put("branch", service.git ? "main" : null);
            json.put("dockerImage", service.dockerImage);
            json.put("buildType", "nixpacks");
            json.put("applicationStatus", service.status);
            json.put("rollbackActive", service.rollbacks);
            json.put("createdAt", service.createdAt);
            json.put("environmentId", state.environmentId);
            json.put("serverId", service.serverId);
            json.put("buildServerId", service.buildServerId);
        } else {
            json.put("composeType", "docker-compose");
            json.put("sourceType", service.git ? "github" : "raw");
            json.put("repository", service.git ? "stack" : null);
            json.put("owner", service.git ? "example" : null);
            json.put("branch", service.git ? "main" : null);
            json.put("composeStatus", service.status);
            json.put("createdAt", service.createdAt);
            json.put("environmentId", state.environmentId);
            json.put("serverId", service.serverId);
        }
        json.set("environment", state.environmentJson(true));
        ArrayNode deployments = json.putArray("deployments");
        // An unordered relation: insertion order, oldest first.
        state.deployments.values().stream()
                .filter(row -> service.id.equals(kind == ServiceKind.COMPOSE ? row.composeId : row.applicationId))
                .forEach(row -> deployments.add(row.toJson()));
        json.putArray("domains");
        json.putArray("mounts");
        if (kind == ServiceKind.APPLICATION) {
            json.putArray("redirects");
            json.putArray("security");
            json.putArray("ports");
        }
        json.putNull("github");
        json.putNull("gitlab");
        json.putNull("bitbucket");
        json.putNull("gitea");
        ServerRecord server = service.serverId == null ? null : state.servers.get(service.serverId);
        json.set("server", server == null ? NullNode.instance : server.toSummaryJson());
        if (kind == ServiceKind.APPLICATION) {
            ArrayNode previews = json.putArray("previewDeployments");
            state.previews.values().stream()
                    .filter(preview -> service.id.equals(preview.applicationId))
                    .forEach(preview -> previews.add(preview.toJson()));
            json.putNull("registry");
            json.putNull("buildRegistry");
            json.putNull("rollbackRegistry");
        } else {
            json.putArray("backups");
        }
        json.set("hasGitProviderAccess", BooleanNode.TRUE);
        json.putNull("unauthorizedProvider");
        return json;
    }
}
