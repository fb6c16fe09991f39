package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.List;
import java.util.Optional;

/** The nine {@code deployment.*} procedures of Dokploy v0.30.2, each declared once. */
final class DeploymentProcedures {
    static final Procedure<List<Deployment>> ALL =
            Procedure.query("deployment.all", ResponseDecoders.listOf(Deployment.class, "deployments"));
    static final Procedure<List<Deployment>> ALL_BY_COMPOSE =
            Procedure.query("deployment.allByCompose", ResponseDecoders.listOf(Deployment.class, "deployments"));
    static final Procedure<List<Deployment>> ALL_BY_SERVER =
            Procedure.query("deployment.allByServer", ResponseDecoders.listOf(Deployment.class, "deployments"));
    static final Procedure<List<Deployment>> ALL_CENTRALIZED = Procedure.query("deployment.allCentralized",
            ResponseDecoders.listOf(Deployment.class, "deployments")).since("v0.28.3");
    static final Procedure<List<QueueJob>> QUEUE_LIST = Procedure.query("deployment.queueList",
            ResponseDecoders.listOf(QueueJob.class, "queue jobs")).since("v0.28.3");
    static final Procedure<List<Deployment>> ALL_BY_TYPE = Procedure.query("deployment.allByType",
            ResponseDecoders.listOf(Deployment.class, "deployments")).since("v0.22.0");
    static final Procedure<Void> KILL_PROCESS =
            Procedure.mutation("deployment.killProcess", ResponseDecoders.none());
    static final Procedure<Optional<Deployment>> REMOVE_DEPLOYMENT = Procedure.mutation(
            "deployment.removeDeployment", ResponseDecoders.optionalOf(Deployment.class, "the deleted deployment"));
    static final Procedure<String> READ_LOGS =
            Procedure.query("deployment.readLogs", ResponseDecoders.string("the log lines")).since("v0.29.6");

    private DeploymentProcedures() {
    }
}
