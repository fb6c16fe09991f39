package io.github.dokploy4j.e2e;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.CancelOption;
import io.github.dokploy4j.deployment.CancelOutcome;
import io.github.dokploy4j.deployment.DeployRequest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.internal.call.Await;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a deployment's life cycle through the synchronous handles or the asynchronous ones (waiting on their
 * futures, so the SDK's own exceptions surface either way), so each life-cycle test covers both.
 */
enum HandleMode {
    /** {@code client.applications().deploy(…)} and {@code handle.await…(…)}. */
    SYNC,
    /** {@code client.async().applications().deploy(…)} and {@code handle.async().await…(…)}. */
    ASYNC;

    DeploymentHandle deploy(DokployClient client, DeployRequest request) {
        return this == SYNC ? client.applications().deploy(request)
                : handle(client.async().applications().deploy(request));
    }

    DeploymentHandle deploy(DokployClient client, String applicationId) {
        return deploy(client, DeployRequest.of(applicationId));
    }

    DeploymentHandle redeploy(DokployClient client, String applicationId) {
        return this == SYNC ? client.applications().redeploy(applicationId)
                : handle(client.async().applications().redeploy(applicationId));
    }

    DeploymentHandle deployCompose(DokployClient client, String composeId) {
        return this == SYNC ? client.compose().deploy(composeId)
                : handle(client.async().compose().deploy(composeId));
    }

    DeploymentHandle redeployPreview(DokployClient client, String previewDeploymentId) {
        return this == SYNC ? client.previewDeployments().redeploy(previewDeploymentId)
                : handle(client.async().previewDeployments().redeploy(previewDeploymentId));
    }

    Deployment awaitDeployment(DeploymentHandle handle, Duration timeout) {
        return this == SYNC ? handle.awaitDeployment(timeout) : Await.result(handle.async().awaitDeployment(timeout));
    }

    Deployment awaitCompletion(DeploymentHandle handle, Duration timeout) {
        return this == SYNC ? handle.awaitCompletion(timeout) : Await.result(handle.async().awaitCompletion(timeout));
    }

    Deployment awaitSuccess(DeploymentHandle handle, Duration timeout) {
        return this == SYNC ? handle.awaitSuccess(timeout) : Await.result(handle.async().awaitSuccess(timeout));
    }

    CancelOutcome cancel(DeploymentHandle handle, CancelOption... consents) {
        return this == SYNC ? handle.cancel(consents) : Await.result(handle.async().cancel(consents));
    }

    private static DeploymentHandle handle(CompletableFuture<AsyncDeploymentHandle> deployed) {
        return Await.result(deployed).sync();
    }
}
