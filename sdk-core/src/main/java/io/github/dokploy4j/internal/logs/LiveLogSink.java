package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.error.DokployException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What a {@link LiveLog} tells its user; every call comes on the client's executor, one at a time. */
public interface LiveLogSink {
    /** The stream is open (again): the server accepted the handshake; what it says follows. */
    default void opened() {
    }

    /**
     * One message of the stream.
     *
     * @param text the message as sent (for what it says about the build)
     * @param firstPosition the position in the file of the first of {@code lines} (each opening starts at line 0)
     * @param lines the lines this message completed
     * @return completes when the sink is ready for the next message: the stream asks for no more before
     */
    CompletableFuture<Void> message(String text, long firstPosition, List<String> lines);

    /**
     * A problem the stream reports and goes on after: an error text in the stream, a dropped connection being
     * reopened.
     *
     * @param problem what happened
     */
    void problem(DokployException problem);

    /**
     * The stream cannot be used any more.
     *
     * @param why what happened
     */
    void unavailable(DokployException why);
}
