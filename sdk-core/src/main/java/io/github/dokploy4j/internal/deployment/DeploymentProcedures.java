package io.github.dokploy4j.internal.deployment;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.ProcedureVersions;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.ByApplication;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.ByCompose;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.ById;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.ByServer;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.ByType;
import io.github.dokploy4j.internal.deployment.DeploymentInputs.LogTail;
import java.util.List;
import java.util.Optional;

/**
 * The nine {@code deployment.*} procedures of Dokploy v0.30.2, each declared once with its input, its answer and the
 * version that introduced it ({@link ProcedureVersions}).
 */
final class DeploymentProcedures {
    static final Procedure<ByApplication, List<Deployment>> ALL = Procedure.query("deployment.all",
            ByApplication::query, rows()).since(ProcedureVersions.ALL);
    static final Procedure<ByCompose, List<Deployment>> ALL_BY_COMPOSE = Procedure.query("deployment.allByCompose",
            ByCompose::query, rows()).since(ProcedureVersions.ALL_BY_COMPOSE);
    static final Procedure<ByServer, List<Deployment>> ALL_BY_SERVER = Procedure.query("deployment.allByServer",
            ByServer::query, rows()).since(ProcedureVersions.ALL_BY_SERVER);
    static final Procedure<Void, List<Deployment>> ALL_CENTRALIZED = Procedure.query("deployment.allCentralized",
            QueryEncoder.none(), rows()).since(ProcedureVersions.ALL_CENTRALIZED);
    static final Procedure<Void, List<QueueJob>> QUEUE_LIST = Procedure.query("deployment.queueList",
            QueryEncoder.none(), ResponseDecoders.listOf(QueueJob.class, "queue jobs"))
            .since(ProcedureVersions.QUEUE_LIST);
    static final Procedure<ByType, List<Deployment>> ALL_BY_TYPE = Procedure.query("deployment.allByType",
            ByType::query, rows()).since(ProcedureVersions.ALL_BY_TYPE);
    static final Procedure<ById, Void> KILL_PROCESS = Procedure.mutation("deployment.killProcess",
            ById::body, ResponseDecoders.none()).since(ProcedureVersions.KILL_PROCESS);
    static final Procedure<ById, Optional<Deployment>> REMOVE_DEPLOYMENT = Procedure.mutation(
            "deployment.removeDeployment", ById::body,
            ResponseDecoders.optionalOf(Deployment.class, "the deleted deployment"))
            .since(ProcedureVersions.REMOVE_DEPLOYMENT);
    static final Procedure<LogTail, String> READ_LOGS = Procedure.query("deployment.readLogs", LogTail::query,
            ResponseDecoders.string("the log lines")).since(ProcedureVersions.READ_LOGS);

    private DeploymentProcedures() {
    }

    private static ResponseDecoder<List<Deployment>> rows() {
        return ResponseDecoders.listOf(Deployment.class, "deployments");
    }
}
