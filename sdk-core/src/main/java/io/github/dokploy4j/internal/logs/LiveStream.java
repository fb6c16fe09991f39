package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.UnauthorizedException;
import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Dokploy's {@code /listen-deployment} WebSocket for one follow, reopened when it drops. What the server does
 * (server-facts §7, §12): a bad {@code logPath} closes with 4000; a refused key or {@code serverId} gets a normal
 * handshake and then a close without a status (1005); a missing file gets one {@code tail error: …} message and the
 * same close; otherwise messages are raw chunks of {@code tail -n +1 -f}, from line 1, and the socket never closes by
 * itself. A reopened stream replays the file from line 1, so the lines delivered before are skipped by position.
 * Every callback runs under the follow's lock.
 */
final class LiveStream {
    /** Openings in a row that may fail before the stream counts as unavailable. */
    static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    private static final List<String> ERROR_PREFIXES =
            List.of("tail error:", "SSH error:", "This feature is not available in the cloud version");

    private final LogFollowRun run;
    private final LogContext context;
    private final URI uri;
    private @Nullable StreamConnection current;
    private int failedAttempts;
    private boolean closed;

    LiveStream(LogFollowRun run, LogContext context, URI uri) {
        this.run = run;
        this.context = context;
        this.uri = uri;
    }

    void open() {
        StreamConnection connection = new StreamConnection(this);
        synchronized (run) {
            if (closed) {
                return;
            }
            current = connection;
        }
        LogStreamSettings settings = context.stream();
        WebSocket.Builder builder = settings.httpClient().get().newWebSocketBuilder()
                .connectTimeout(settings.connectTimeout());
        settings.headers().forEach(builder::header);
        CompletableFuture<WebSocket> opening = builder.buildAsync(uri, connection);
        // the JDK has no timeout for the handshake once connected: a proxy that never answers must not hang
        opening.orTimeout(settings.connectTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        run.track(opening).whenComplete((socket, error) -> {
            if (error != null) {
                refused(connection, error);
            } else if (!isCurrent(connection)) {
                socket.abort();
            }
        });
    }

    void close() {
        StreamConnection open;
        synchronized (run) {
            closed = true;
            open = current;
            current = null;
        }
        if (open != null) {
            open.close();
        }
    }

    boolean isOpen() {
        synchronized (run) {
            return current != null;
        }
    }

    /** The line the stream has begun and not ended; at the end of a build, the file's last line. */
    String partialLine() {
        synchronized (run) {
            return current == null ? "" : current.assembler.partialLine();
        }
    }

    private boolean isCurrent(StreamConnection connection) {
        synchronized (run) {
            return !closed && current == connection;
        }
    }

    void message(StreamConnection connection, String text) {
        synchronized (run) {
            if (!isCurrent(connection)) {
                return;
            }
            if (!connection.assembler.hasPartialLine() && ERROR_PREFIXES.stream().anyMatch(text::startsWith)) {
                connection.serverError = text.strip();
                run.report(new DokployException("the log stream reported: " + connection.serverError));
                return;
            }
            connection.gotText |= !text.isEmpty();
            connection.assembler.accept(text);
        }
    }

    void line(StreamConnection connection, String line) {
        run.streamLine(connection.position++, line);
    }

    void closed(StreamConnection connection, int status, String reason) {
        synchronized (run) {
            if (!isCurrent(connection)) {
                return;
            }
            if (status == 4000) {
                unavailable(new DokployException("Dokploy refused the log path " + "(close 4000 \"" + reason
                        + "\")"));
            } else if (status == 1005 && connection.serverError != null) {
                unavailable(new DokployException("the log stream ended after the server reported: "
                        + connection.serverError));
            } else if (status == 1005 && !connection.gotText) {
                unavailable(new UnauthorizedException("the log stream was closed without a status right after the"
                        + " handshake: Dokploy does this when the API key is not accepted (missing, wrong, expired or"
                        + " out of its rate limit) or the serverId is not the organisation's", 401, null,
                        "Unauthorized", "listen-deployment", List.of(), ""));
            } else {
                reopen(connection, "it closed with status " + status, null);
            }
        }
    }

    void dropped(StreamConnection connection, Throwable error) {
        synchronized (run) {
            if (isCurrent(connection)) {
                reopen(connection, error.toString(), error);
            }
        }
    }

    private void refused(StreamConnection connection, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        synchronized (run) {
            if (!isCurrent(connection)) {
                return;
            }
            if (cause instanceof WebSocketHandshakeException) {
                int status = ((WebSocketHandshakeException) cause).getResponse().statusCode();
                unavailable(new DokployTransportException("the log WebSocket was refused: the server answered the"
                        + " handshake with HTTP " + status + " (a proxy that does not pass WebSockets?)",
                        DokployTransportException.Kind.IO, null, cause));
            } else {
                reopen(connection, cause.toString(), cause);
            }
        }
    }

    /** Called under the lock. */
    private void reopen(StreamConnection connection, String why, @Nullable Throwable cause) {
        connection.close();
        current = null;
        failedAttempts = connection.gotText ? 1 : failedAttempts + 1;
        if (failedAttempts > MAX_ATTEMPTS || run.isEnding()) {
            unavailable(new DokployTransportException("the log stream could not be kept open: " + why,
                    DokployTransportException.Kind.CONNECTION_LOST, null, cause));
            return;
        }
        run.report(new DokployTransportException("the log stream dropped (" + why + "); reopening it",
                DokployTransportException.Kind.CONNECTION_LOST, null, cause));
        long wait = Math.min(FIRST_RETRY.toMillis() << (failedAttempts - 1), LONGEST_RETRY.toMillis());
        run.track(context.delayer().delay(Duration.ofMillis(wait))).thenRun(this::open);
    }

    /** Called under the lock. */
    private void unavailable(DokployException why) {
        StreamConnection open = current;
        current = null;
        closed = true;
        if (open != null) {
            open.close();
        }
        run.streamUnavailable(why);
    }
}
