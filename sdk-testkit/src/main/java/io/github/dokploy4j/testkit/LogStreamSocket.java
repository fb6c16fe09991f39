package io.github.dokploy4j.testkit;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One {@code /listen-deployment} connection. After the 101 it checks, in Dokploy's order: {@code logPath} present
 * (else close 4000 "logPath no provided") and valid (else 4000 "Invalid log path"), then the {@code x-api-key} of the
 * handshake and the {@code serverId} (else a close frame with no status). Then it streams the file like
 * {@code tail -n +1 -f}: raw text frames from line 1, following appends, never closing by itself.
 */
final class LogStreamSocket implements FrameHandler {

    private static final Pattern LOG_PATH = Pattern.compile("^[\\w/. :\\[\\]-]{1,500}$");
    private static final String BASE_PATH = "/etc/dokploy";

    private final FakeState state;
    private final ApiKeyGate keys;
    private final String logPath;
    private final String serverId;
    private final String apiKey;
    private CoreSession session;
    private LogFile followed;
    private FrameSender sender;

    LogStreamSocket(FakeState state, ApiKeyGate keys, Map<String, List<String>> query, String apiKey) {
        this.state = state;
        this.keys = keys;
        this.logPath = first(query, "logPath");
        this.serverId = first(query, "serverId");
        this.apiKey = apiKey;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void onOpen(CoreSession session, Callback callback) {
        this.session = session;
        callback.succeeded();
        session.demand();
        check(session);
    }

    private void check(CoreSession session) {
        if (logPath == null || logPath.isEmpty()) {
            session.close(4000, "logPath no provided", Callback.NOOP);
            return;
        }
        if (!LOG_PATH.matcher(logPath).matches() || !isUnderBase(logPath)) {
            session.close(4000, "Invalid log path", Callback.NOOP);
            return;
        }
        boolean knownServer;
        synchronized (state) {
            knownServer = serverId == null || serverId.isEmpty() || state.servers.containsKey(serverId);
        }
        if (!keys.verify(apiKey, 1) || !knownServer) {
            closeWithoutStatus(session);
            return;
        }
        String host = serverId == null || serverId.isEmpty() ? LogStore.LOCAL : serverId;
        LogFile file = state.logs.find(host, logPath);
        if (file == null) {
            session.sendFrame(new Frame(OpCode.TEXT, "tail error: tail: cannot open '" + logPath
                    + "' for reading: No such file or directory\ntail: no files remaining\n"), Callback.NOOP, false);
            closeWithoutStatus(session);
            return;
        }
        sender = new FrameSender(session);
        followed = file;
        file.follow(sender);
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        // The ws library answers pings; Jetty's core session leaves that to the handler. Other frames are ignored.
        if (frame.getOpCode() == OpCode.PING) {
            ByteBuffer payload = frame.getPayload();
            ByteBuffer copy = payload == null
                    ? ByteBuffer.allocate(0) : ByteBuffer.allocate(payload.remaining()).put(payload.slice()).flip();
            session.sendFrame(new Frame(OpCode.PONG, true, copy), Callback.NOOP, false);
        }
        callback.succeeded();
        session.demand();
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
        if (followed != null) {
            followed.unfollow(sender);
        }
        callback.succeeded();
    }

    /** {@code ws.close()} in Node: a close frame with an empty payload, which clients report as 1005. */
    private static void closeWithoutStatus(CoreSession session) {
        session.close(CloseStatus.NO_CODE, null, Callback.NOOP);
    }

    /** {@code path.resolve(logPath)} must be the base path or below it. */
    static boolean isUnderBase(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        String resolved = "/" + String.join("/", parts);
        return resolved.equals(BASE_PATH) || resolved.startsWith(BASE_PATH + "/");
    }

    /**
     * Sends appended text one frame at a time. Frames are cut inside the last line of what is pending, so a frame
     * usually ends mid-line and often holds several lines: clients must concatenate, never assume one line per frame.
     */
    private static final class FrameSender implements LogFile.Follower {

        private final CoreSession session;
        private final StringBuilder pending = new StringBuilder();
        private boolean sending;

        FrameSender(CoreSession session) {
            this.session = session;
        }

        @Override
        public synchronized void appended(String text) {
            pending.append(text);
            if (!sending) {
                sendNext();
            }
        }

        private void sendNext() {
            if (pending.length() == 0 || !session.isOutputOpen()) {
                sending = false;
                return;
            }
            int cut = cutPoint();
            String frame = pending.substring(0, cut);
            pending.delete(0, cut);
            sending = true;
            session.sendFrame(new Frame(OpCode.TEXT, frame), Callback.from(this::sent, failure -> stop()), false);
        }

        private synchronized void sent() {
            sendNext();
        }

        private synchronized void stop() {
            sending = true;
            pending.setLength(0);
        }

        /** The middle of the last line of the pending text, or all of it when that line is a single character. */
        private int cutPoint() {
            int end = pending.length();
            int lastLineEnd = pending.charAt(end - 1) == '\n' ? end - 1 : end;
            int lastLineStart = pending.lastIndexOf("\n", lastLineEnd - 1) + 1;
            int lineLength = lastLineEnd - lastLineStart;
            return lineLength < 2 ? end : lastLineStart + lineLength / 2;
        }
    }
}
