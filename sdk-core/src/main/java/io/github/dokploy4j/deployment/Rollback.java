package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rollback point: the image Dokploy kept of a successful application deployment, as
 * {@code deployment.allByType} embeds it in each row ({@link Deployment#rollback()}).
 *
 * <p>{@link #fullContext()} is a full snapshot of the application, secrets included. It is left out of
 * {@link #toString()} (and so out of every log line or message that prints a rollback or its deployment).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollback.class)
@JsonDeserialize(builder = Rollback.Builder.class)
public abstract class Rollback {

    Rollback() {
    }

    /**
     * The rollback's id, which {@code rollback.rollback} and {@code rollback.delete} take.
     *
     * @return the {@code rollbackId} (a 21-character nanoid)
     */
    public abstract String rollbackId();

    /**
     * The deployment this rollback point was taken from; the server joins the relation on this column.
     *
     * @return the {@code deploymentId}
     */
    public abstract String deploymentId();

    /**
     * The rollback's version, counted up by the server (a database serial, shared by all applications).
     *
     * @return the {@code version}
     */
    public abstract int version();

    /**
     * The image kept for this rollback point, {@code "<appName>:v<version>"}.
     *
     * @return the {@code image}, or empty when the column is {@code null}
     */
    public abstract Optional<String> image();

    /**
     * When the rollback point was created (the server stores ISO-8601 text with milliseconds).
     *
     * @return the {@code createdAt}
     */
    public abstract Instant createdAt();

    /**
     * The snapshot of the application that {@code rollback.rollback} re-creates the service from: its environment
     * variables, build secrets, mounts, ports and registry objects <strong>with their credentials</strong>. Treat it
     * as opaque and secret: do not log or persist it. It never appears in {@link #toString()}. Note that every
     * {@code deployment.allByType} call ships it again; {@code deployment.all} and {@code allByCompose} return the
     * same rows without it.
     *
     * @return the {@code fullContext} JSON, or empty when the column is {@code null}
     */
    @Value.Redacted
    public abstract Optional<JsonNode> fullContext();

    /**
     * Reads a JSON {@code null} context as no context. Jackson hands an {@code Optional<JsonNode>} a JSON null as
     * {@code Optional.of(NullNode)}, which would make {@link #fullContext()} present but empty.
     *
     * @return this rollback, or a copy without the null context
     */
    @Value.Check
    Rollback withoutNullContext() {
        if (fullContext().filter(JsonNode::isNull).isPresent()) {
            return builder().from(this).fullContext(Optional.empty()).build();
        }
        return this;
    }

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a rollback, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Rollback} values; {@code rollbackId}, {@code deploymentId}, {@code version} and
     * {@code createdAt} are required.
     */
    public static final class Builder extends ImmutableRollback.Builder {
        Builder() {
        }
    }
}
