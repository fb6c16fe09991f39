package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One job of the deployment queue, as {@code deployment.queueList} (v0.28.3 and later) lists it.
 *
 * <p>A deploy or redeploy call only enqueues a job; the deployment row appears when a worker takes it. What the
 * list holds depends on the server:
 * <ul>
 *   <li><b>Self-hosted v0.29.9 and later</b> (in-memory queue): only {@link QueueJobState#WAITING waiting} and
 *       {@link QueueJobState#ACTIVE active} jobs, newest first. Ids are {@code "job-<n>"} from a counter that
 *       restarts with the server, so an id may come back after a restart; the whole queue is lost on restart.
 *       Finished jobs are removed at once: a job that vanishes has finished, look at its deployment row for the
 *       outcome. {@link #finishedAt()} and {@link #failedReason()} are never sent. The list is <em>not</em> filtered
 *       by organisation: it holds every job of the instance, and {@link ServicePath#href()} is empty for other
 *       organisations' jobs.</li>
 *   <li><b>Self-hosted v0.28.3 to v0.29.8</b> (BullMQ on Redis): ids are numeric strings ({@code "1"}, {@code "2"},
 *       …) and the state is BullMQ's ({@code delayed}, {@code prioritized}, {@code waiting-children}, …); jobs were
 *       removed on completion and on failure as well.</li>
 *   <li><b>Dokploy Cloud</b>: the jobs of each of the organisation's servers; {@link #name()} is
 *       {@code "deployment/requested"}, ids are event or run ids, states are pending/active/completed/failed/
 *       cancelled, and finished jobs carry {@link #finishedAt()} (and {@link #failedReason()} when known).</li>
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQueueJob.class)
@JsonDeserialize(builder = QueueJob.Builder.class)
public abstract class QueueJob {

    QueueJob() {
    }

    /**
     * The job's id: {@code "job-<n>"} on self-hosted v0.29.9+ (restarts with the server), a numeric string under
     * BullMQ, an event or run id on Dokploy Cloud. It is not a deployment id.
     *
     * @return the {@code id}
     */
    public abstract String id();

    /**
     * The job's name: {@code "deployments"} when self-hosted, {@code "deployment/requested"} on Dokploy Cloud.
     *
     * @return the {@code name}, or empty when the server left it out
     */
    public abstract Optional<String> name();

    /**
     * What the job will deploy.
     *
     * @return the {@code data}
     */
    public abstract QueueJobData data();

    /**
     * When the job was enqueued (wire {@code timestamp}, epoch milliseconds).
     *
     * @return the enqueue time, or empty when the server left it out
     */
    @JsonProperty("timestamp")
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public abstract Optional<Instant> queuedAt();

    /**
     * When a worker took the job (wire {@code processedOn}, epoch milliseconds); the deployment row is created at
     * about this time.
     *
     * @return the start time, or empty while the job is waiting
     */
    @JsonProperty("processedOn")
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public abstract Optional<Instant> startedAt();

    /**
     * When the job finished (wire {@code finishedOn}, epoch milliseconds). Only Dokploy Cloud sends it; self-hosted
     * servers drop finished jobs from the list instead.
     *
     * @return the finish time, or empty
     */
    @JsonProperty("finishedOn")
    @JsonFormat(shape = JsonFormat.Shape.NUMBER)
    public abstract Optional<Instant> finishedAt();

    /**
     * Why the job failed, when Dokploy Cloud knows it. Self-hosted servers never send it.
     *
     * @return the {@code failedReason}, or empty
     */
    public abstract Optional<String> failedReason();

    /**
     * The job's state.
     *
     * @return the state read from {@link #rawState()}; {@link QueueJobState#UNKNOWN} when missing or new (e.g.
     *     BullMQ's {@code waiting-children}), never {@code null}
     */
    public final QueueJobState state() {
        return QueueJobState.fromWire(rawState().orElse(null));
    }

    /**
     * The {@code state} exactly as the server sent it.
     *
     * @return the wire string, or empty when the key was missing or {@code null}
     */
    @JsonProperty("state")
    public abstract Optional<String> rawState();

    /**
     * Where the UI shows the job's service. The server sends it in every row; should a server leave it out, this is
     * {@code {"href":null,"label":"—"}}, what the server itself sends for a service it cannot resolve.
     *
     * @return the {@code servicePath}
     */
    @Value.Default
    public ServicePath servicePath() {
        return ServicePath.builder().label("\u2014").build();
    }

    /**
     * JSON keys this SDK does not model, kept as sent (a newer server may add some) and written back as they came.
     *
     * @return the unknown keys and their values; empty when there were none
     */
    @JsonAnyGetter
    public abstract Map<String, JsonNode> additionalProperties();

    /**
     * Starts building a queue job, e.g. for a test double.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link QueueJob} values; {@code id} and {@code data} are required. */
    public static final class Builder extends ImmutableQueueJob.Builder {
        Builder() {
        }

        /**
         * Sets the state by its constant; stores its wire value as {@link QueueJob#rawState()}.
         *
         * @param state the state; {@link QueueJobState#UNKNOWN} leaves the raw state empty
         * @return this builder
         */
        public Builder state(QueueJobState state) {
            return rawState(state == QueueJobState.UNKNOWN ? Optional.empty() : Optional.of(state.wireValue()));
        }
    }
}
