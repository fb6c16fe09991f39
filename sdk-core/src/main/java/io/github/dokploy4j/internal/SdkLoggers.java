package io.github.dokploy4j.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's loggers. Their names are stable and documented (README, "Logging"), so users configure them without
 * knowing the SDK's class names, which may change in any release.
 */
public final class SdkLoggers {
    /** Every HTTP call: attempts, retries, timings, (redacted) headers and bodies. */
    public static final Logger HTTP = LoggerFactory.getLogger("io.github.dokploy4j.http");
    /** Deploy handles, waits, cancels, rollbacks and the organisation watch. */
    public static final Logger LIFECYCLE = LoggerFactory.getLogger("io.github.dokploy4j.lifecycle");
    /** Log following: the live stream, its fallbacks, polling. */
    public static final Logger LOGS = LoggerFactory.getLogger("io.github.dokploy4j.logs");

    private SdkLoggers() {
    }
}
