package io.github.dokploy4j.internal.logs;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * One opening of the log WebSocket. The JDK may hand a text message over in several parts; they are joined before
 * the message is read, because Dokploy's error texts are whole messages. Each message is asked for only once the one
 * before it was delivered ({@code request(1)}), so a slow listener holds the stream back instead of filling memory.
 */
final class StreamConnection implements WebSocket.Listener {
    private final LiveStream stream;
    private final StringBuilder message = new StringBuilder();
    final LineAssembler assembler;
    /** The position in the file of the next line this opening reads; the stream replays the file from line 1. */
    long position;
    /** Whether log text arrived (an error text does not count). */
    boolean gotText;
    /** An error text the server sent instead of the log, such as {@code tail error: …}. */
    @Nullable String serverError;
    private volatile @Nullable WebSocket socket;

    StreamConnection(LiveStream stream) {
        this.stream = stream;
        this.assembler = new LineAssembler(line -> stream.line(this, line));
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
            String text = message.toString();
            message.setLength(0);
            stream.message(this, text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        stream.closed(this, statusCode, reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        stream.dropped(this, error);
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
