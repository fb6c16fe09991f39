package io.github.dokploy4j.compat;

import io.github.dokploy4j.testkit.FakeDokploy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a deployment's log from the fake's {@code /listen-deployment} WebSocket, as Dokploy's UI does. */
final class LogStream {

    private LogStream() {
    }

    /** The text streamed for {@code logPath}, once it holds {@code expected} (or what came within 10 s). */
    static String readUntil(FakeDokploy fake, String logPath, String expected) throws InterruptedException {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        URI uri = URI.create(fake.baseUrl().replace("http://", "ws://") + "/listen-deployment?logPath="
                + URLEncoder.encode(logPath, StandardCharsets.UTF_8));
        WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .newWebSocketBuilder()
                .header("x-api-key", fake.apiKey())
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }
                })
                .join();
        StringBuilder text = new StringBuilder();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!text.toString().contains(expected) && System.nanoTime() < deadline) {
                String frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null) {
                    text.append(frame);
                }
            }
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
        return text.toString();
    }
}
