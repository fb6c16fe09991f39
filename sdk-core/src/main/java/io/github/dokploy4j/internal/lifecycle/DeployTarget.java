package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.ServiceType;
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
    final Procedure<Void> deploy;
    final Procedure<Void> redeploy;
    final Procedure<Void> killBuild;
    final Procedure<Void> cleanQueues;
    final Procedure<Void> cancelDeployment;

    DeployTarget(String router, String idField, ServiceType serviceType) {
        this.idField = idField;
        this.serviceType = serviceType;
        this.deploy = Procedure.mutation(router + ".deploy", ResponseDecoders.none());
        this.redeploy = Procedure.mutation(router + ".redeploy", ResponseDecoders.none());
        this.killBuild = Procedure.mutation(router + ".killBuild", ResponseDecoders.none());
        this.cleanQueues = Procedure.mutation(router + ".cleanQueues", ResponseDecoders.none());
        this.cancelDeployment = Procedure.mutation(router + ".cancelDeployment", ResponseDecoders.none());
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

    /** The router whose cleanQueues/killBuild stop this target's builds: previews are builds of their application. */
    DeployTarget buildOwner() {
        return this == PREVIEW ? APPLICATION : this;
    }
}
