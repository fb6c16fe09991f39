package io.github.dokploy4j.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * How a {@link FakeDokploy} starts: the Dokploy version it plays, its clock, its API key and the script of builds
 * nobody scripted.
 *
 * <pre>{@code
 * FakeDokploy fake = FakeDokploy.start(FakeDokployOptions.builder()
 *     .manualClock()                  // builds move only on fake.clock().advance(...)
 *     .apiKeyRateLimit(10)            // 10 verifications per 24 h: 5 requests, then 401
 *     .build());
 * }</pre>
 */
public final class FakeDokployOptions {

    /** Where a manual clock starts unless told otherwise. */
    public static final Instant DEFAULT_MANUAL_START = Instant.parse("2026-08-21T15:20:04.131Z");

    private final Instant manualStart;
    private final String apiKey;
    private final int apiKeyRateLimit;
    private final BuildScript defaultBuild;
    private final DokployVersion serverVersion;

    private FakeDokployOptions(Builder builder) {
        this.manualStart = builder.manualStart;
        this.apiKey = builder.apiKey;
        this.apiKeyRateLimit = builder.apiKeyRateLimit;
        this.defaultBuild = builder.defaultBuild;
        this.serverVersion = builder.serverVersion;
    }

    /**
     * The defaults: Dokploy v0.30.2, wall-clock time, a random unlimited API key, {@link BuildScript#typical()} for
     * unscripted builds.
     *
     * @return the default options
     */
    public static FakeDokployOptions defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    boolean manualClock() {
        return manualStart != null;
    }

    Instant manualStart() {
        return manualStart;
    }

    String apiKey() {
        return apiKey;
    }

    int apiKeyRateLimit() {
        return apiKeyRateLimit;
    }

    BuildScript defaultBuild() {
        return defaultBuild;
    }

    DokployVersion serverVersion() {
        return serverVersion;
    }

    @Override
    public String toString() {
        return "FakeDokployOptions[" + serverVersion
                + ", clock=" + (manualStart == null ? "real time" : "manual from " + manualStart)
                + ", apiKey=" + (apiKey == null ? "random" : "***")
                + ", rateLimit=" + (apiKeyRateLimit == 0 ? "none" : apiKeyRateLimit + " verifications/24h")
                + ", defaultBuild=" + defaultBuild + "]";
    }

    /** Builds {@link FakeDokployOptions}. */
    public static final class Builder {

        private Instant manualStart;
        private String apiKey;
        private int apiKeyRateLimit;
        private BuildScript defaultBuild = BuildScript.typical();
        private DokployVersion serverVersion = ServerVersionTable.NEWEST;

        private Builder() {
        }

        /**
         * Plays this Dokploy version instead of the newest the testkit knows (v0.30.2): the fake then lacks the
         * procedures that version lacks (404 "Not found"), sends its error bodies (before v0.28.0 without
         * {@code data} and with zod 3 issues), queues builds as it did (BullMQ before v0.29.9) and answers it from
         * {@code settings.getDokployVersion}. The testkit's README lists what changes in which version.
         *
         * @param version from {@code v0.27.0} to {@code v0.30.2}
         * @return this builder
         * @throws IllegalArgumentException if the fake cannot play that version
         */
        public Builder serverVersion(DokployVersion version) {
            this.serverVersion = ServerVersionTable.requirePlayable(Objects.requireNonNull(version, "version"));
            return this;
        }

        /**
         * Like {@link #serverVersion(DokployVersion)}, from text.
         *
         * @param version e.g. {@code "v0.28.2"}
         * @return this builder
         * @throws IllegalArgumentException if the text is not a version, or the fake cannot play it
         */
        public Builder serverVersion(String version) {
            return serverVersion(DokployVersion.parse(version));
        }

        /**
         * Uses a manual clock starting at {@link #DEFAULT_MANUAL_START}: builds advance only through
         * {@link FakeClock#advance(java.time.Duration)}, so tests are deterministic.
         *
         * @return this builder
         */
        public Builder manualClock() {
            return manualClock(DEFAULT_MANUAL_START);
        }

        /**
         * Uses a manual clock starting at {@code start}.
         *
         * @param start the clock's first reading
         * @return this builder
         */
        public Builder manualClock(Instant start) {
            this.manualStart = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * Uses the wall clock (the default): builds run by themselves, for demos.
         *
         * @return this builder
         */
        public Builder realTimeClock() {
            this.manualStart = null;
            return this;
        }

        /**
         * Uses this API key instead of a random one.
         *
         * @param key the key clients must send as {@code x-api-key}
         * @return this builder
         */
        public Builder apiKey(String key) {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = key;
            return this;
        }

        /**
         * Rate-limits the API key like a key created through the API without {@code rateLimitEnabled:false}: at most
         * {@code verifications} verifications per 24 hours of the fake's clock. Each HTTP request spends two and each
         * WebSocket handshake one; past the budget every request gets the plain 401 {@code {"message":"Unauthorized"}}.
         * Dokploy's default is 10.
         *
         * @param verifications the budget, at least 1
         * @return this builder
         */
        public Builder apiKeyRateLimit(int verifications) {
            if (verifications < 1) {
                throw new IllegalArgumentException("verifications must be at least 1: " + verifications);
            }
            this.apiKeyRateLimit = verifications;
            return this;
        }

        /**
         * The script of every build that {@link FakeDokploy#scriptNextBuild(String, BuildScript)} did not script.
         *
         * @param script the script; {@link BuildScript#typical()} by default
         * @return this builder
         */
        public Builder defaultBuild(BuildScript script) {
            this.defaultBuild = Objects.requireNonNull(script, "script");
            return this;
        }

        /**
         * The options.
         *
         * @return the options
         */
        public FakeDokployOptions build() {
            return new FakeDokployOptions(this);
        }
    }
}
