package io.github.dokploy4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The floor of the live stream: a bare {@code java.net.http.WebSocket} on {@code /listen-deployment} that cuts the
 * text frames into lines (dropping a {@code \r} before the {@code \n}) and hands each to a consumer, on the socket's
 * thread, with nothing else: no reconnects, no error texts, no end.
 */
final class BareLogSocket implements WebSocket.Listener, AutoCloseable {
    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> onLine;
    private WebSocket socket;

    private BareLogSocket(Consumer<String> onLine) {
        this.onLine = onLine;
    }

    /**
     * Opens the stream.
     *
     * @param uri {@code ws://…/listen-deployment?logPath=…}
     * @param apiKey sent on the handshake as {@code x-api-key}
     * @param onLine receives each line
     * @return the open socket
     */
    static BareLogSocket open(URI uri, String apiKey, Consumer<String> onLine) {
        BareLogSocket listener = new BareLogSocket(onLine);
        listener.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("x-api-key", apiKey)
                .buildAsync(uri, listener).join();
        return listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        pending.append(data);
        int start = 0;
        for (int end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n", start)) {
            int stop = end > start && pending.charAt(end - 1) == '\r' ? end - 1 : end;
            onLine.accept(pending.substring(start, stop));
            start = end + 1;
        }
        pending.delete(0, start);
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
}
