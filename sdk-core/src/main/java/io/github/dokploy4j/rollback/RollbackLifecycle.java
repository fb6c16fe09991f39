package io.github.dokploy4j.rollback;

/**
 * The hand-written part of {@link Rollbacks}: rolling back. A rollback re-creates an application's service from the
 * image and configuration saved
 * when an earlier deployment succeeded. Dokploy saves them only for applications with rollbacks enabled (which needs
 * a registry); each such deployment row carries its {@code rollbackId}. To roll back to a row, see
 * {@link io.github.dokploy4j.deployment.Deployments#rollbackTo}.
 */
public interface RollbackLifecycle {
    /**
     * Rolls the application back ({@code rollback.rollback}). The server answers once the service is re-created,
     * with an empty body; it creates no deployment row. Any failure, including an unknown id, is a 400
     * {@code "Error input: Rolling back"}.
     *
     * @param rollbackId the rollback, from {@code Deployment.rollbackId()}
     * @throws io.github.dokploy4j.error.BadRequestException when the server could not roll back
     */
    void rollback(String rollbackId);
}
