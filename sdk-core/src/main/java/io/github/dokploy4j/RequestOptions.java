package io.github.dokploy4j;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Options for the calls made through one view of a client ({@link DokployClient#withOptions}). Every option is
 * optional; an unset one falls back to the client's setting.
 *
 * <pre>{@code
 * DokployClient patient = client.withOptions(o -> o.timeout(Duration.ofMinutes(2)).maxRetries(5));
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new RequestOptions(null, null, null, Map.of());

    private final @Nullable Duration timeout;
    private final @Nullable Integer maxRetries;
    private final @Nullable Boolean idempotent;
    private final Map<String, String> headers;

    private RequestOptions(@Nullable Duration timeout, @Nullable Integer maxRetries, @Nullable Boolean idempotent,
            Map<String, String> headers) {
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.idempotent = idempotent;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * Returns options that set nothing.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.maxRetries = maxRetries;
        builder.idempotent = idempotent;
        builder.headers.putAll(headers);
        return builder;
    }

    /**
     * Returns these options with every option the other sets taking its place; headers are merged.
     *
     * @param overrides the options that win
     * @return the merged options
     */
    public RequestOptions overriddenBy(RequestOptions overrides) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(overrides.headers);
        return new RequestOptions(overrides.timeout != null ? overrides.timeout : timeout,
                overrides.maxRetries != null ? overrides.maxRetries : maxRetries,
                overrides.idempotent != null ? overrides.idempotent : idempotent, merged);
    }

    /**
     * Returns the deadline of one attempt, headers and body, when set.
     *
     * @return the timeout
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Returns how many times a call that may be repeated is repeated, when set.
     *
     * @return the retry budget
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /**
     * Returns whether calls are treated as idempotent (and so may be repeated), when set. Unset, queries are and
     * mutations are not.
     *
     * @return the flag
     */
    public Optional<Boolean> idempotent() {
        return Optional.ofNullable(idempotent);
    }

    /**
     * Returns the extra headers sent with each call, after the client's default headers.
     *
     * @return the headers, in order
     */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RequestOptions)) {
            return false;
        }
        RequestOptions that = (RequestOptions) other;
        return Objects.equals(timeout, that.timeout) && Objects.equals(maxRetries, that.maxRetries)
                && Objects.equals(idempotent, that.idempotent) && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, maxRetries, idempotent, headers);
    }

    /** Header values are left out: they often carry tokens. */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", idempotent=" + idempotent
                + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}. Every setter checks its value at once and names it when it refuses. */
    public static final class Builder {
        private @Nullable Duration timeout;
        private @Nullable Integer maxRetries;
        private @Nullable Boolean idempotent;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the deadline of one attempt: connecting, sending, the headers and the whole body.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException when it is zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = OptionChecks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how many times a call that may be repeated is repeated; {@code 0} disables repeats.
         *
         * @param maxRetries 0 to 10
         * @return this builder
         * @throws IllegalArgumentException when it is out of range
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = OptionChecks.retries(maxRetries);
            return this;
        }

        /**
         * Marks the calls as idempotent (they may be repeated after a broken connection or a 429/502/503/504) or
         * not. Mark a mutation idempotent only when sending it twice does no harm: a repeated
         * {@code application.deploy} queues a second build.
         *
         * @param idempotent whether repeating is safe
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Adds a header to every call of the view; its value is never logged.
         *
         * @param name a header name; the HTTP client's own headers (Host, Content-Length, …) are refused
         * @param value a value without line breaks
         * @return this builder
         * @throws IllegalArgumentException when the name or value cannot be sent
         */
        public Builder header(String name, String value) {
            HeaderRules.check(name, value, "header");
            headers.put(name, value);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(timeout, maxRetries, idempotent, headers);
        }
    }
}
