package io.github.dokploy4j.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The front door: records every request, silently drops requests asking for an h2c upgrade (Dokploy hands them to
 * its WebSocket upgrade code, which never answers), applies injected faults, then passes {@code /listen-deployment}
 * upgrades to the WebSocket handler (its child) and everything under {@code /api/} to the {@link ApiHandler}.
 */
final class RootHandler extends Handler.Wrapper {

    static final String LISTEN_PATH = "/listen-deployment";

    private final RequestJournal journal;
    private final FaultRules faults;
    private final ApiHandler api;
    private final ScheduledExecutorService delays;

    RootHandler(RequestJournal journal, FaultRules faults, ApiHandler api, ScheduledExecutorService delays) {
        this.journal = journal;
        this.faults = faults;
        this.api = api;
        this.delays = delays;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String rawQuery = request.getHttpURI().getQuery();
        HttpFields headers = request.getHeaders();
        boolean h2c = isUnansweredUpgrade(headers, path);
        boolean webSocket = !h2c && LISTEN_PATH.equals(path) && headers.contains(HttpHeader.UPGRADE, "websocket");
        byte[] body = h2c || webSocket ? new byte[0] : readBody(request);
        RecordedRequest recorded = new RecordedRequest(Instant.now(), request.getMethod(), path,
                rawQuery == null ? "" : rawQuery, headerMap(headers),
                new String(body, 0, Math.min(body.length, ApiHandler.BODY_LIMIT), StandardCharsets.UTF_8));
        journal.record(recorded);
        if (h2c) {
            drop(request, callback);
            return true;
        }
        if (webSocket) {
            return super.handle(request, response, callback);
        }
        if (!path.startsWith("/api/")) {
            write(response, callback, ApiResponse.bare(404, "Not found"));
            return true;
        }
        FaultRule fault = recorded.procedure().map(faults::take).orElse(null);
        if (fault == null) {
            answer(recorded, body, response, callback);
        } else if (fault.kind == FaultRule.Kind.DROP) {
            drop(request, callback);
        } else if (fault.kind == FaultRule.Kind.RESPOND) {
            write(response, callback, ApiResponse.json(fault.status, fault.body));
        } else {
            delays.schedule(() -> answer(recorded, body, response, callback), fault.delay.toNanos(),
                    TimeUnit.NANOSECONDS);
        }
        return true;
    }

    private void answer(RecordedRequest recorded, byte[] body, Response response, Callback callback) {
        try {
            write(response, callback, api.handle(recorded, body, body.length > ApiHandler.BODY_LIMIT));
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    /**
     * Node hands every request that carries {@code Upgrade} to the server's upgrade listeners instead of Next.js, and
     * Dokploy's listeners ignore all but their WebSocket paths. {@code java.net.http} sends {@code Upgrade: h2c} (with
     * {@code HTTP2-Settings}) on every plain-HTTP request unless told to speak HTTP/1.1.
     */
    private static boolean isUnansweredUpgrade(HttpFields headers, String path) {
        if (headers.contains("HTTP2-Settings")) {
            return true;
        }
        for (HttpField upgrade : headers.getFields(HttpHeader.UPGRADE)) {
            for (String token : upgrade.getValues()) {
                String protocol = token.trim().toLowerCase(Locale.ROOT);
                if (!protocol.isEmpty() && !(protocol.equals("websocket") && LISTEN_PATH.equals(path))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Closes the connection with nothing written; the callback then only tidies Jetty's side. */
    private static void drop(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("connection dropped by the fake on purpose"));
    }

    /** Reads the body, keeping at most one byte past the limit so an oversized body can be told apart. */
    private static byte[] readBody(Request request) throws IOException {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] kept = in.readNBytes(ApiHandler.BODY_LIMIT + 1);
            in.transferTo(OutputStream.nullOutputStream());
            return kept;
        }
    }

    private static Map<String, List<String>> headerMap(HttpFields headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (HttpField field : headers) {
            map.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return map;
    }

    static void write(Response response, Callback callback, ApiResponse answer) {
        response.setStatus(answer.status);
        if (answer.contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType);
        }
        if (answer.status == 204 || answer.status == 304) {
            callback.succeeded();
            return;
        }
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    @Override
    public String toString() {
        return "RootHandler";
    }
}
