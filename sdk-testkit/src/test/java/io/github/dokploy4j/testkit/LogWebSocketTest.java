package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /listen-deployment}: its checks, close codes and unaligned frames (server-facts §7, §12). */
@WithFakeDokploy(manualClock = true)
class LogWebSocketTest {

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
    }

    /** What the client saw, in order: "text:<frame>", "close:<code>:<reason>" or "pong". */
    private static final class Events implements WebSocket.Listener {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                queue.add("text:" + partial);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            queue.add("close:" + statusCode + ":" + reason);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            queue.add("pong");
            webSocket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String event = queue.poll(5, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no WebSocket event within 5 s");
            }
            return event;
        }
    }

    private WebSocket connect(String query, boolean withKey, Events events) {
        URI uri = URI.create(fake.baseUrl().replace("http://", "ws://") + "/listen-deployment" + query);
        WebSocket.Builder builder = Wire.HTTP.newWebSocketBuilder();
        if (withKey) {
            builder.header("x-api-key", fake.apiKey());
        }
        return builder.buildAsync(uri, events).join();
    }

    private static String logPathQuery(String logPath) {
        return "?logPath=" + URLEncoder.encode(logPath, StandardCharsets.UTF_8);
    }

    @Test
    void missingLogPathClosesWith4000EvenWithoutAKey() throws InterruptedException {
        Events events = new Events();
        connect("", false, events);
        assertEquals("close:4000:logPath no provided", events.next());
    }

    @Test
    void pathsFailingThePatternAreInvalid() throws InterruptedException {
        Events events = new Events();
        connect(logPathQuery("/etc/dokploy/logs/a;rm -rf.log"), false, events);
        assertEquals("close:4000:Invalid log path", events.next());
    }

    @Test
    void pathsOutsideTheBaseAreInvalid() throws InterruptedException {
        Events outside = new Events();
        connect(logPathQuery("/var/log/syslog"), true, outside);
        assertEquals("close:4000:Invalid log path", outside.next());

        Events traversal = new Events();
        connect(logPathQuery("/etc/dokploy/logs/../../passwd"), true, traversal);
        assertEquals("close:4000:Invalid log path", traversal.next());
    }

    @Test
    void aMissingKeyGetsA101ThenACloseWithoutStatus() throws InterruptedException {
        Events events = new Events();
        connect(logPathQuery("/etc/dokploy/logs/web/web.log"), false, events);
        assertEquals("close:1005:", events.next());
    }

    @Test
    void anUnknownServerGetsACloseWithoutStatus() throws InterruptedException {
        Events events = new Events();
        connect(logPathQuery("/etc/dokploy/logs/web/web.log") + "&serverId=nope", true, events);
        assertEquals("close:1005:", events.next());
    }

    @Test
    void aMissingFileGetsOneTailErrorFrameThenACloseWithoutStatus() throws InterruptedException {
        Events events = new Events();
        connect(logPathQuery("/etc/dokploy/logs/web/web-2026-08-21:15:20:04.log"), true, events);
        String frame = events.next();
        assertTrue(frame.startsWith("text:tail error: "), frame);
        assertEquals("close:1005:", events.next());
    }

    @Test
    void framesFollowTheBuildSplitMidLineAndTheSocketStaysOpen() throws InterruptedException {
        String appId = fake.createApplication("web");
        ScriptedBuild build = fake.scriptNextBuild(appId, BuildScript.steps()
                .log("Step 1/2 : FROM node:20-alpine")
                .log("Step 2/2 : RUN npm ci")
                .awaitRelease()
                .log("Docker Deployed: ✅")
                .succeed());
        wire.deployApplication(appId);
        String logPath = wire.getJson("/api/deployment.all?applicationId=" + appId).get(0).get("logPath").asText();

        Events events = new Events();
        WebSocket socket = connect(logPathQuery(logPath), true, events);
        List<String> frames = new ArrayList<>();
        StringBuilder received = new StringBuilder();
        String backlog = "Initializing deployment\nStep 1/2 : FROM node:20-alpine\nStep 2/2 : RUN npm ci\n";
        while (received.length() < backlog.length()) {
            String frame = events.next().substring("text:".length());
            frames.add(frame);
            received.append(frame);
        }
        assertEquals(backlog, received.toString());
        assertFalse(frames.get(0).endsWith("\n"), "the first frame ends mid-line: " + frames);
        assertTrue(frames.get(0).contains("\n"), "and holds whole lines before it: " + frames);

        build.release();
        String tail = "Docker Deployed: ✅\n";
        StringBuilder more = new StringBuilder();
        while (more.length() < tail.length()) {
            more.append(events.next().substring("text:".length()));
        }
        assertEquals(tail, more.toString());
        assertEquals(BuildState.SUCCEEDED, build.state());

        socket.sendPing(ByteBuffer.allocate(0)).join();
        assertEquals("pong", events.next(), "no close frame came before the pong: the stream outlives the build");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    @Test
    void aFinishedLogArrivesFromLineOne() throws InterruptedException {
        String appId = fake.createApplication("web");
        fake.scriptNextBuild(appId, BuildScript.steps().log("a").log("bb").succeed());
        wire.deployApplication(appId);
        String logPath = wire.getJson("/api/deployment.all?applicationId=" + appId).get(0).get("logPath").asText();
        Events events = new Events();
        connect(logPathQuery(logPath), true, events);
        StringBuilder received = new StringBuilder();
        String expected = "Initializing deployment\na\nbb\n";
        while (received.length() < expected.length()) {
            received.append(events.next().substring("text:".length()));
        }
        assertEquals(expected, received.toString());
    }

    @Test
    void remoteLogsNeedTheirServerId() throws InterruptedException {
        String serverId = fake.createServer("hetzner");
        String appId = fake.createApplication("remote", ServiceOptions.defaults().onServer(serverId));
        fake.scriptNextBuild(appId, BuildScript.steps().log("remote line").succeed());
        wire.deployApplication(appId);
        String logPath = wire.getJson("/api/deployment.all?applicationId=" + appId).get(0).get("logPath").asText();

        Events local = new Events();
        connect(logPathQuery(logPath), true, local);
        assertTrue(local.next().startsWith("text:tail error: "));

        Events remote = new Events();
        connect(logPathQuery(logPath) + "&serverId=" + serverId, true, remote);
        assertTrue(remote.next().startsWith("text:Initializing"));
    }
}
