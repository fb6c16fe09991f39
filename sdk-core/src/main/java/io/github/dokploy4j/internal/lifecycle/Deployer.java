package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Triggers a deploy so that its deployment can be found: lists the service's deployments and reads the queue first
 * (the ids that existed before, and the jobs waiting ahead), then sends the deploy with the handle's marker in the
 * description (unless the request opted out). Nothing is sent twice: the deploy is a mutation and the engine never
 * repeats one that reached the server. Its answer tells a self-hosted server from Dokploy Cloud, which the client
 * remembers for cancels.
 */
final class Deployer {
    private final LifecycleContext context;

    Deployer(LifecycleContext context) {
        this.context = context;
    }

    CompletableFuture<AsyncDeploymentHandle> trigger(DeployTarget target, boolean redeploy, DeployRequest request) {
        ServiceRef service = new ServiceRef(target.serviceType(), request.serviceId());
        Marker marker = request.marked() ? Marker.random(context.runtime().random())
                : Marker.none(request.title().orElse(target.defaultTitle(redeploy)),
                        request.description().orElse(""));
        Map<String, String> body = new LinkedHashMap<>();
        body.put(target.idField(), request.serviceId());
        request.title().ifPresent(title -> body.put("title", title));
        String description = marker.appendTo(request.description().orElse(null));
        if (description != null) {
            body.put("description", description);
        }
        // rows first, then the queue: a job taken between the two reads shows up active, not as one waiting ahead
        return service.listDeployments(context.deployments()).thenCompose(before -> context.queue().read()
                .thenApply(queue -> {
                    Set<String> existing = before.stream().map(Deployment::deploymentId).collect(Collectors.toSet());
                    return new Correlator(service, marker, existing, queue.orElse(List.of()));
                }))
                .thenCompose(correlator -> context.caller().callAsync(redeploy ? target.redeploy : target.deploy, body)
                        .thenApply(answer -> {
                            if (target != DeployTarget.PREVIEW) {
                                context.runtime().traits().learnFromDeployAnswer(answer);
                            }
                            DeploymentTracker tracker = new DeploymentTracker(context, service, correlator);
                            return new DefaultAsyncDeploymentHandle(tracker, new Canceller(context, target, tracker));
                        }));
    }
}
