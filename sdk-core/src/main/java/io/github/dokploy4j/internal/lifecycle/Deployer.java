package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Triggers a deploy so that its deployment can be found: lists the service's deployments first (the ids that existed
 * before), then sends the deploy with the handle's marker in the description. Nothing is sent twice: the deploy is a
 * mutation and the engine never repeats one that reached the server.
 */
final class Deployer {
    private final LifecycleContext context;

    Deployer(LifecycleContext context) {
        this.context = context;
    }

    CompletableFuture<AsyncDeploymentHandle> trigger(DeployTarget target, boolean redeploy, DeployRequest request) {
        ServiceRef service = new ServiceRef(target.serviceType(), request.serviceId());
        Marker marker = Marker.random(context.random());
        Map<String, String> body = new LinkedHashMap<>();
        body.put(target.idField(), request.serviceId());
        request.title().ifPresent(title -> body.put("title", title));
        body.put("description", marker.appendTo(request.description().orElse(null)));
        return service.listDeployments(context.deployments()).thenCompose(before -> {
            Set<String> existing = before.stream().map(Deployment::deploymentId).collect(Collectors.toSet());
            return context.caller().call(redeploy ? target.redeploy : target.deploy, body).thenApply(queued -> {
                DeploymentTracker tracker = new DeploymentTracker(context, service,
                        new Correlator(service, marker, existing));
                return new DefaultAsyncDeploymentHandle(tracker, new Canceller(context, target, tracker));
            });
        });
    }
}
