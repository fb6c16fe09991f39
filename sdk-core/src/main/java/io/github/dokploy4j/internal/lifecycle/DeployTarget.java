package io.github.dokploy4j.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.internal.call.BodyEncoder;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.Map;

/**
 * The routers whose services can be deployed, and the procedures of each that the life cycle uses, declared once
 * per router. Every answer is accepted whatever its body: the self-hosted empty 200, compose's
 * {@code {"success":true,"message":"Deployment queued",…}} and Dokploy Cloud's {@code true}.
 */
enum DeployTarget {
    APPLICATION("application", "applicationId", ServiceType.APPLICATION),
    COMPOSE("compose", "composeId", ServiceType.COMPOSE),
    PREVIEW("previewDeployment", "previewDeploymentId", ServiceType.PREVIEW_DEPLOYMENT);

    private final String idField;
    private final ServiceType serviceType;
    final Procedure<Map<String, String>, JsonNode> deploy;
    final Procedure<Map<String, String>, JsonNode> redeploy;
    final Procedure<Map<String, String>, Void> killBuild;
    final Procedure<Map<String, String>, Void> cleanQueues;
    final Procedure<Map<String, String>, Void> cancelDeployment;

    DeployTarget(String router, String idField, ServiceType serviceType) {
        this.idField = idField;
        this.serviceType = serviceType;
        this.deploy = Procedure.mutation(router + ".deploy", BodyEncoder.json(), ResponseDecoders.tree());
        this.redeploy = Procedure.mutation(router + ".redeploy", BodyEncoder.json(), ResponseDecoders.tree());
        this.killBuild = Procedure.mutation(router + ".killBuild", BodyEncoder.json(), ResponseDecoders.none());
        this.cleanQueues = Procedure.mutation(router + ".cleanQueues", BodyEncoder.json(), ResponseDecoders.none());
        this.cancelDeployment = Procedure.mutation(router + ".cancelDeployment", BodyEncoder.json(),
                ResponseDecoders.none());
    }

    ServiceType serviceType() {
        return serviceType;
    }

    String idField() {
        return idField;
    }

    Map<String, String> idBody(String id) {
        return Map.of(idField, id);
    }

    /**
     * The title Dokploy gives a deployment sent without one.
     *
     * @param redeploy whether it is a redeploy
     * @return {@code Manual deployment}, {@code Rebuild deployment} or {@code Rebuild Preview Deployment}
     */
    String defaultTitle(boolean redeploy) {
        if (this == PREVIEW) {
            return "Rebuild Preview Deployment";
        }
        return redeploy ? "Rebuild deployment" : "Manual deployment";
    }

    /** The router whose cleanQueues/killBuild stop this target's builds: previews are builds of their application. */
    DeployTarget buildOwner() {
        return this == PREVIEW ? APPLICATION : this;
    }
}
