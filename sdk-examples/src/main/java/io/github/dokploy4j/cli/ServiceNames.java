package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;

/** The name of a deployment's service as {@code allCentralized} rows carry it: "web-api", "shop-stack (compose)". */
final class ServiceNames {
    private ServiceNames() {
    }

    static String of(Deployment deployment) {
        if (deployment.application().isPresent()) {
            return deployment.application().get().name();
        }
        if (deployment.compose().isPresent()) {
            return deployment.compose().get().name() + " (compose)";
        }
        return deployment.applicationId().or(deployment::composeId).orElse("\u2014");
    }
}
