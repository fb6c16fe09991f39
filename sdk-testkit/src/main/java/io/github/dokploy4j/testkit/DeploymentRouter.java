package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The nine {@code deployment.*} procedures (server-facts §4); older versions lack some ({@link ServerVersionTable}).
 */
final class DeploymentRouter {

    static final List<String> OWNER_TYPES =
            List.of("application", "compose", "server", "schedule", "previewDeployment", "backup", "volumeBackup");

    private final FakeState state;

    DeploymentRouter(FakeState state) {
        this.state = state;
    }

    void register(ProcedureTable table) {
        table.add(Procedure.query("deployment.all", InputSchema.of(InputField.requiredId("applicationId")),
                input -> plainRows(row -> Objects.equals(row.applicationId, input.text("applicationId")))));
        table.add(Procedure.query("deployment.allByCompose", InputSchema.of(InputField.requiredId("composeId")),
                input -> plainRows(row -> Objects.equals(row.composeId, input.text("composeId")))));
        table.add(Procedure.query("deployment.allByServer", InputSchema.of(InputField.requiredId("serverId")),
                this::allByServer));
        table.add(Procedure.query("deployment.allCentralized", null, input -> allCentralized()));
        table.add(Procedure.query("deployment.queueList", null, input -> queueList()));
        table.add(Procedure.query("deployment.allByType",
                InputSchema.of(InputField.requiredId("id"), InputField.oneOf("type", OWNER_TYPES)),
                this::allByType));
        table.add(Procedure.mutation("deployment.killProcess", InputSchema.of(InputField.requiredId("deploymentId")),
                this::killProcess));
        table.add(Procedure.mutation("deployment.removeDeployment",
                InputSchema.of(InputField.requiredId("deploymentId")), this::removeDeployment));
        table.add(Procedure.query("deployment.readLogs", InputSchema.of(InputField.requiredId("deploymentId"),
                InputField.coercedInt("tail", 1, 10_000, 100)), this::readLogs));
    }

    private ArrayNode plainRows(Predicate<DeploymentRow> filter) {
        ArrayNode rows = WireJson.array();
        state.rows(filter).forEach(row -> rows.add(row.toJson()));
        return rows;
    }

    private JsonNode allByServer(ValidInput input) {
        String serverId = input.text("serverId");
        if (!state.servers.containsKey(serverId)) {
            throw TrpcError.notFound("Server not found");
        }
        return plainRows(row -> serverId.equals(row.serverId));
    }

    private JsonNode allCentralized() {
        ArrayNode rows = WireJson.array();
        for (DeploymentRow row : state.rows(row -> row.applicationId != null || row.composeId != null)) {
            ObjectNode json = row.toJson();
            ServiceRecord application = row.applicationId == null ? null : state.services.get(row.applicationId);
            ServiceRecord compose = row.composeId == null ? null : state.services.get(row.composeId);
            json.set("application", application == null ? NullNode.instance : serviceSummary(application));
            json.set("compose", compose == null ? NullNode.instance : serviceSummary(compose));
            json.set("server", serverSummary(row.serverId));
            json.set("buildServer", serverSummary(row.buildServerId));
            rows.add(json);
        }
        return rows;
    }

    private ObjectNode serviceSummary(ServiceRecord service) {
        ObjectNode json = WireJson.object();
        json.put(ServiceRecord.idKey(service.kind), service.id);
        json.put("name", service.name());
        json.put("appName", service.appName());
        json.set("icon", service.row.get("icon"));
        json.set("environment", state.environmentSummary(service.environmentId()));
        json.set("server", serverSummary(service.serverId()));
        if (service.kind == ServiceKind.APPLICATION) {
            json.set("buildServer", serverSummary(service.buildServerId()));
        }
        return json;
    }

    private JsonNode serverSummary(String serverId) {
        ServerRecord server = serverId == null ? null : state.servers.get(serverId);
        return server == null ? NullNode.instance : server.toSummaryJson();
    }

    private JsonNode queueList() {
        ArrayNode rows = WireJson.array();
        state.queue.stream()
                .sorted(Comparator.comparingLong((DeployJob job) -> job.timestamp)
                        .thenComparingLong(job -> job.number).reversed())
                .forEach(job -> {
                    ObjectNode row = rows.addObject();
                    row.put("id", job.id);
                    row.put("name", "deployments");
                    row.set("data", job.dataJson());
                    row.put("timestamp", job.timestamp);
                    if (job.processedOn != null) {
                        row.put("processedOn", job.processedOn);
                    }
                    row.put("state", job.state);
                    row.set("servicePath", state.servicePath(job));
                });
        return rows;
    }

    private JsonNode allByType(ValidInput input) {
        String id = input.text("id");
        String type = input.text("type");
        if ("schedule".equals(type) && !state.schedules.containsKey(id)) {
            throw TrpcError.notFound("Schedule not found");
        }
        ArrayNode rows = WireJson.array();
        for (DeploymentRow row : state.rows(row -> id.equals(row.ownerColumn(type)))) {
            ObjectNode json = row.toJson();
            RollbackRow rollback = state.rollbackOf(row);
            json.set("rollback", rollback == null ? NullNode.instance : rollback.toJson());
            rows.add(json);
        }
        return rows;
    }

    private DeploymentRow find(ValidInput input) {
        DeploymentRow row = state.deployments.get(input.text("deploymentId"));
        if (row == null) {
            throw TrpcError.notFound("Deployment not found");
        }
        return row;
    }

    private JsonNode killProcess(ValidInput input) {
        DeploymentRow row = find(input);
        if (row.pid == null || row.pid.isEmpty()) {
            throw TrpcError.badRequest("Deployment is not running");
        }
        if (!state.livePids.remove(row.pid)) {
            throw TrpcError.of("INTERNAL_SERVER_ERROR", "Command execution failed: Command failed: kill -9 " + row.pid
                    + "\n/bin/sh: 1: kill: No such process\n");
        }
        row.status = "error";
        row.finishedAt = state.nowIso();
        return null;
    }

    private JsonNode removeDeployment(ValidInput input) {
        DeploymentRow row = state.deployments.get(input.text("deploymentId"));
        if (row == null) {
            // The message of those versions is not known (issue 18 measured the status only); see the README.
            throw state.versions.unknownRemovalIsBadRequest()
                    ? TrpcError.badRequest("Deployment not found") : TrpcError.notFound("Deployment not found");
        }
        state.delete(row);
        if (!row.logPath.isEmpty()) {
            // rm -f runs over SSH only when the row itself has a serverId (server setup runs).
            state.logs.remove(row.serverId != null ? row.serverId : LogStore.LOCAL, row.logPath);
        }
        return row.toJson();
    }

    private JsonNode readLogs(ValidInput input) {
        DeploymentRow row = find(input);
        if (row.logPath.isEmpty()) {
            return TextNode.valueOf("");
        }
        LogFile file = state.logs.find(readLogsHost(row), row.logPath);
        // tail -n N "<path>" 2>/dev/null || echo ""
        return TextNode.valueOf(file == null ? "\n" : file.tail(input.integer("tail")));
    }

    /** deployment.serverId || schedule.serverId || application.serverId || compose.serverId (never buildServerId). */
    private String readLogsHost(DeploymentRow row) {
        if (row.serverId != null) {
            return row.serverId;
        }
        ScheduleRecord schedule = row.scheduleId == null ? null : state.schedules.get(row.scheduleId);
        if (schedule != null && schedule.serverId != null) {
            return schedule.serverId;
        }
        String serviceId = row.applicationId != null ? row.applicationId : row.composeId;
        ServiceRecord service = serviceId == null ? null : state.services.get(serviceId);
        if (service != null && service.serverId() != null) {
            return service.serverId();
        }
        return LogStore.LOCAL;
    }
}
