package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kind of thing whose deployments {@code deployment.allByType} lists ({@code type=} parameter).
 *
 * <p>The public docs page lists the seven Dokploy service kinds (application, compose, postgres, mysql, mariadb,
 * mongo, redis). The server's enum has never held the database types (checked v0.22.0 through v0.30.2): it is
 * {@code application, compose, server, schedule, previewDeployment, backup, volumeBackup}, the owners of deployment
 * rows. Databases keep no deployment rows, so v0.30 answers a database type with 400 "Input validation failed".
 * {@link #isDeploymentOwner()} tells which constants v0.30 accepts. The SDK still sends whatever the caller asks for,
 * so that a newer server that accepts more types works unchanged.
 */
public enum ServiceType {
    /** {@code application}: an application's deployments (the same rows as {@code deployment.all}). */
    APPLICATION("application", true),
    /** {@code compose}: a compose service's deployments (the same rows as {@code deployment.allByCompose}). */
    COMPOSE("compose", true),
    /** {@code postgres}: listed by the docs page; v0.30 answers 400 (databases have no deployment rows). */
    POSTGRES("postgres", false),
    /** {@code mysql}: listed by the docs page; v0.30 answers 400 (databases have no deployment rows). */
    MYSQL("mysql", false),
    /** {@code mariadb}: listed by the docs page; v0.30 answers 400 (databases have no deployment rows). */
    MARIADB("mariadb", false),
    /** {@code mongo}: listed by the docs page; v0.30 answers 400 (databases have no deployment rows). */
    MONGO("mongo", false),
    /** {@code redis}: listed by the docs page; v0.30 answers 400 (databases have no deployment rows). */
    REDIS("redis", false),
    /** {@code server}: a remote server's setup runs (the same rows as {@code deployment.allByServer}). */
    SERVER("server", true),
    /** {@code schedule}: the runs of a scheduled job; an unknown id gets 404 "Schedule not found". */
    SCHEDULE("schedule", true),
    /** {@code previewDeployment}: the builds of one preview deployment (id = {@code previewDeploymentId}). */
    PREVIEW_DEPLOYMENT("previewDeployment", true),
    /** {@code backup}: the runs of a database backup. */
    BACKUP("backup", true),
    /** {@code volumeBackup}: the runs of a volume backup. */
    VOLUME_BACKUP("volumeBackup", true);

    private final String wireValue;
    private final boolean deploymentOwner;

    ServiceType(String wireValue, boolean deploymentOwner) {
        this.wireValue = wireValue;
        this.deploymentOwner = deploymentOwner;
    }

    /**
     * The type as the server spells it, e.g. {@code "previewDeployment"}.
     *
     * @return the wire value
     */
    @JsonValue
    public String wireValue() {
        return wireValue;
    }

    /**
     * Whether deployment rows can belong to this type, that is whether v0.30's {@code allByType} accepts it.
     *
     * @return {@code true} for application, compose, server, schedule, previewDeployment, backup and
     *     volumeBackup; {@code false} for the database types
     */
    public boolean isDeploymentOwner() {
        return deploymentOwner;
    }

    /**
     * Looks a type up by its wire value.
     *
     * @param wireValue the wire value, e.g. {@code "volumeBackup"} (case-sensitive, as the server compares it)
     * @return the matching constant
     * @throws IllegalArgumentException if no constant has this wire value
     * @throws NullPointerException if {@code wireValue} is {@code null}
     */
    @JsonCreator
    public static ServiceType fromWire(String wireValue) {
        Objects.requireNonNull(wireValue, "wireValue");
        for (ServiceType type : values()) {
            if (type.wireValue.equals(wireValue)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown service type \"" + wireValue + "\"; known types: "
                + Arrays.stream(values()).map(ServiceType::wireValue)
                        .collect(Collectors.joining(", ")));
    }
}
