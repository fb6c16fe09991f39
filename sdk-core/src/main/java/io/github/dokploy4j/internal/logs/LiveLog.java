package io.github.dokploy4j.internal.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.internal.SdkLoggers;
import io.github.dokploy4j.internal.poll.Failures;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;

/**
 * Dokploy's {@code /listen-deployment} WebSocket for one deployment, reopened when it drops. What the server does
 * (server-facts §7, §12): a bad {@code logPath} closes with 4000; a refused key or {@code serverId} gets a normal
 * handshake and then a close without a status (1005); a missing file gets one {@code tail error: …} message and the
 * same close; otherwise messages are raw chunks of {@code tail -n +1 -f}, from line 1, and the socket never closes by
 * itself. A reopened stream replays the file from line 1; positions let the sink skip what it had.
 *
 * <p>The stream is first opened with the server the row names ({@code buildServerId}, or the service's server when
 * {@code allCentralized} embedded it); when it names none and the Dokploy host has no such file, the service's server
 * is looked up once ({@code application.one} / {@code compose.one}) and the stream reopened there. Everything the sink
 * hears comes on the client's executor; the next message is asked for only once the sink took the last one, so a slow
 * reader holds the stream back. The handshake's deadline runs on the client's timer in real time.
 */
public final class LiveLog {
    /** Openings in a row that may fail before the stream counts as unavailable. */
    static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    private static final List<String> ERROR_PREFIXES =
            List.of("tail error:", "SSH error:", "This feature is not available in the cloud version");

    private final LogContext context;
    private final Deployment row;
    private final LiveLogSink sink;
    private final Object lock = new Object();
    private boolean serverLookedUp;
    private @Nullable Connection current;
    private int failedAttempts;
    private boolean closed;

    /**
     * Prepares the stream of a deployment; {@link #open()} opens it.
     *
     * @param context the client view's context
     * @param row the deployment's row; its {@code logPath} must not be empty
     * @param sink where the stream's messages go
     */
    public LiveLog(LogContext context, Deployment row, LiveLogSink sink) {
        this.context = context;
        this.row = row;
        this.sink = sink;
    }

    /** Opens the stream. */
    public void open() {
        connect(StreamServer.named(row));
    }

    /** Closes the stream for good; the sink hears nothing more. */
    public void close() {
        Connection open;
        synchronized (lock) {
            closed = true;
            open = current;
            current = null;
        }
        if (open != null) {
            open.close();
        }
    }

    /**
     * Tells whether a connection is open or being opened.
     *
     * @return whether the stream is up
     */
    public boolean isOpen() {
        synchronized (lock) {
            return current != null;
        }
    }

    /**
     * Returns the line the stream has begun and not ended; at the end of a build, the file's last line.
     *
     * @return the line, or {@code ""}
     */
    public String partialLine() {
        synchronized (lock) {
            return current == null ? "" : current.assembler.partialLine();
        }
    }

    private void connect(Optional<String> server) {
        Connection connection = new Connection(server);
        synchronized (lock) {
            if (closed) {
                return;
            }
            current = connection;
        }
        LogStreamSettings settings = context.stream();
        WebSocket.Builder builder;
        try {
            builder = settings.httpClient().get().newWebSocketBuilder().connectTimeout(settings.connectTimeout());
        } catch (IllegalStateException clientClosed) {
            failed(connection, new DokployException("the log stream cannot be opened: " + clientClosed.getMessage(),
                    clientClosed));
            return;
        }
        settings.headers().forEach(builder::header);
        CompletableFuture<WebSocket> opening = builder.buildAsync(ListenUri.of(settings.apiRoot(), row.logPath(),
                server), connection);
        // the JDK has no deadline for the handshake once connected: a proxy that never answers must not hang; it runs
        // on the client's timer (real time, even in a test's fake time), and the outcome goes to the client's executor
        ScheduledFuture<?> deadline = context.runtime().timer().onTimer(settings.connectTimeout().multipliedBy(2),
                () -> opening.completeExceptionally(new DokployTransportException("the log WebSocket's handshake did"
                        + " not complete within " + settings.connectTimeout().multipliedBy(2).toMillis() + " ms",
                        DokployTransportException.Kind.CONNECT_TIMEOUT, null, null)));
        opening.whenCompleteAsync((socket, error) -> {
            deadline.cancel(false);
            if (error != null) {
                refused(connection, error);
            } else if (!isCurrent(connection)) {
                socket.abort();
            }
        }, context.runtime().executor());
    }

    private boolean isCurrent(Connection connection) {
        synchronized (lock) {
            return !closed && current == connection;
        }
    }

    /** A whole message of the current connection, on the executor. */
    private CompletableFuture<Void> message(Connection connection, String text) {
        if (!isCurrent(connection)) {
            return CompletableFuture.completedFuture(null);
        }
        if (!connection.assembler.hasPartialLine() && ERROR_PREFIXES.stream().anyMatch(text::startsWith)) {
            connection.serverError = text.strip();
            sink.problem(new DokployException("the log stream reported: " + connection.serverError));
            return CompletableFuture.completedFuture(null);
        }
        connection.gotText |= !text.isEmpty();
        long first = connection.position;
        connection.assembler.accept(text);
        List<String> lines = List.copyOf(connection.completed);
        connection.completed.clear();
        connection.position += lines.size();
        return sink.message(text, first, lines);
    }

    private void closedByServer(Connection connection, int status, String reason) {
        if (!isCurrent(connection)) {
            return;
        }
        if (status == 4000) {
            failed(connection, new DokployException("Dokploy refused the log path (close 4000 \"" + reason + "\")"));
        } else if (status == 1005 && connection.serverError != null) {
            if (connection.server.isEmpty() && lookUpServerOnce(connection.serverError)) {
                return;
            }
            failed(connection, new DokployException("the log stream ended after the server reported: "
                    + connection.serverError));
        } else if (status == 1005 && !connection.gotText) {
            failed(connection, new UnauthorizedException("the log stream was closed without a status right after"
                    + " the handshake: Dokploy does this when the API key is not accepted (missing, wrong, expired or"
                    + " out of its rate limit) or the serverId is not the organisation's", 401, null,
                    "Unauthorized", "listen-deployment", List.of(), ""));
        } else {
            reopen(connection, "it closed with status " + status, null);
        }
    }

    /** The Dokploy host has no such file: the build may run on the service's server. Looks it up once. */
    private boolean lookUpServerOnce(String serverError) {
        synchronized (lock) {
            if (serverLookedUp || closed) {
                return false;
            }
            serverLookedUp = true;
            current = null;
        }
        StreamServer.lookUp(context.caller(), row).whenCompleteAsync((server, error) -> {
            if (error == null && server.isPresent()) {
                connect(server);
            } else {
                sinkUnavailable(new DokployException("the log stream ended after the server reported: " + serverError
                        + " (the service names no other server to read it from"
                        + (error == null ? "" : ": " + error) + ")"));
            }
        }, context.runtime().executor());
        return true;
    }

    private void refused(Connection connection, Throwable error) {
        Throwable cause = Failures.cause(error);
        if (!isCurrent(connection)) {
            return;
        }
        if (cause instanceof WebSocketHandshakeException) {
            int status = ((WebSocketHandshakeException) cause).getResponse().statusCode();
            context.runtime().traits().markLiveLogRefused();
            failed(connection, new DokployTransportException("the log WebSocket was refused: the server answered the"
                    + " handshake with HTTP " + status + " (a proxy that does not pass WebSockets?); this client"
                    + " polls from now on", DokployTransportException.Kind.IO, null, cause));
        } else {
            reopen(connection, cause.toString(), cause);
        }
    }

    private void reopen(Connection connection, String why, @Nullable Throwable cause) {
        connection.close();
        int attempts;
        synchronized (lock) {
            if (current != connection) {
                return;
            }
            current = null;
            failedAttempts = connection.gotText ? 1 : failedAttempts + 1;
            attempts = failedAttempts;
        }
        if (attempts > MAX_ATTEMPTS) {
            sinkUnavailable(new DokployTransportException("the log stream could not be kept open: " + why,
                    DokployTransportException.Kind.CONNECTION_LOST, null, cause));
            return;
        }
        sink.problem(new DokployTransportException("the log stream dropped (" + why + "); reopening it",
                DokployTransportException.Kind.CONNECTION_LOST, null, cause));
        long wait = Math.min(FIRST_RETRY.toMillis() << (attempts - 1), LONGEST_RETRY.toMillis());
        Optional<String> server = connection.server;
        context.runtime().delayer().delay(Duration.ofMillis(wait)).thenRun(() -> connect(server));
    }

    private void failed(Connection connection, DokployException why) {
        connection.close();
        synchronized (lock) {
            if (current != connection) {
                return;
            }
            current = null;
        }
        sinkUnavailable(why);
    }

    private void sinkUnavailable(DokployException why) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        SdkLoggers.LOGS.debug("the log stream of {} is unavailable: {}", row.deploymentId(), why.getMessage());
        sink.unavailable(why);
    }

    /**
     * One opening of the socket. The JDK may hand a text message over in parts; they are joined before the message is
     * read, because Dokploy's error texts are whole messages. The JDK calls this on its own threads; the message goes
     * to the client's executor, and the next one is asked for once the sink took it.
     */
    private final class Connection implements WebSocket.Listener {
        final Optional<String> server;
        final List<String> completed = new ArrayList<>();
        final LineAssembler assembler = new LineAssembler(completed::add);
        private final StringBuilder parts = new StringBuilder();
        long position;
        boolean gotText;
        @Nullable String serverError;
        private volatile @Nullable WebSocket socket;

        Connection(Optional<String> server) {
            this.server = server;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            context.runtime().executor().execute(() -> {
                if (isCurrent(this)) {
                    sink.opened();
                }
                webSocket.request(1); // the first message is asked for once the sink knows the stream is open
            });
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (!last) {
                webSocket.request(1);
                return null;
            }
            String text = parts.toString();
            parts.setLength(0);
            CompletableFuture.supplyAsync(() -> message(this, text), context.runtime().executor())
                    .thenCompose(taken -> taken)
                    .whenComplete((ignored, error) -> webSocket.request(1));
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            context.runtime().executor().execute(() -> closedByServer(this, statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            context.runtime().executor().execute(() -> {
                if (isCurrent(this)) {
                    reopen(this, error.toString(), error);
                }
            });
        }

        /** Says goodbye and drops the connection at once: the server's answer to the close is of no interest. */
        void close() {
            WebSocket open = socket;
            if (open == null) {
                return;
            }
            try {
                open.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((ws, error) -> open.abort());
            } catch (RuntimeException alreadyClosed) {
                open.abort();
            }
        }
    }
}
