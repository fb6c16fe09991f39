package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.NotFoundException;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import io.github.dokploy4j.internal.SdkLoggers;

/**
 * When a failed read of the build queue means "there is no queue to read" rather than a failure. The queue only
 * sharpens what the life cycle sees (which row is a deploy's, whether a job was lost), so handles, deploys and watches
 * go on without it: on servers before v0.28.3, which have no {@code queueList}, and when a server's queue rows have a
 * shape this SDK cannot read (said once at WARN, with the server's reason). Every other failure is a failure.
 */
final class QueueReads {
    private static final Logger LOG = SdkLoggers.LIFECYCLE;

    private QueueReads() {
    }

    static boolean meansNoQueue(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof NotFoundException) {
            return ((NotFoundException) cause).isUnknownProcedure();
        }
        if (cause instanceof DokployDecodeException) {
            LOG.warn("the build queue cannot be read ({}); going on without it: deployments are found by their"
                    + " marker and the server's clock only, and a job lost by a restart is noticed at the timeout",
                    cause.getMessage());
            return true;
        }
        return false;
    }
}
