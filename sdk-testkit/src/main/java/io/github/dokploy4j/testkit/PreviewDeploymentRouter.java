package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/** {@code previewDeployment.redeploy} and {@code previewDeployment.all}. */
final class PreviewDeploymentRouter {

    private final FakeState state;
    private final DeploymentWorker worker;

    PreviewDeploymentRouter(FakeState state, DeploymentWorker worker) {
        this.state = state;
        this.worker = worker;
    }

    void register(ProcedureTable table) {
        table.add(Procedure.mutation("previewDeployment.redeploy",
                InputSchema.of(InputField.requiredString("previewDeploymentId"), InputField.optionalString("title"),
                        InputField.optionalString("description")),
                this::redeploy));
        table.add(Procedure.query("previewDeployment.all", InputSchema.of(InputField.requiredId("applicationId")),
                this::all));
    }

    private JsonNode redeploy(ValidInput input) {
        PreviewRecord preview = state.previews.get(input.text("previewDeploymentId"));
        if (preview == null) {
            throw TrpcError.notFound("Preview Deployment not found");
        }
        ServiceRecord application = state.services.get(preview.applicationId);
        String title = input.text("title");
        String description = input.text("description");
        worker.enqueue(ServiceKind.PREVIEW, preview.previewDeploymentId, preview.applicationId, "redeploy",
                title == null || title.isEmpty() ? "Rebuild Preview Deployment" : title,
                description == null ? "" : description, application.serverId());
        return BooleanNode.TRUE;
    }

    private JsonNode all(ValidInput input) {
        String applicationId = input.text("applicationId");
        ArrayNode previews = WireJson.array();
        state.previews.values().stream()
                .filter(preview -> applicationId.equals(preview.applicationId))
                .sorted(Comparator.comparing((PreviewRecord preview) -> preview.createdAt)
                        .thenComparingLong(preview -> preview.sequence).reversed())
                .forEach(preview -> {
                    ObjectNode json = preview.toJson();
                    ArrayNode deployments = json.putArray("deployments");
                    state.rows(row -> preview.previewDeploymentId.equals(row.previewDeploymentId))
                            .forEach(row -> deployments.add(row.toJson()));
                    json.putNull("domain");
                    previews.add(json);
                });
        return previews;
    }
}
