package io.github.dokploy4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback Dokploy that one polling follow reads: {@code deployment.all} answers the application's ten rows, the
 * followed one first ({@code running} until its log is complete, then {@code done}), and every
 * {@code deployment.readLogs} first lets the build write {@code growth} more lines of {@link BuildLog}, up to
 * {@code total}, then answers the last {@code tail} lines, as {@code tail -n} does. The log grows with each read, not
 * with time, so every reader sees the same windows however fast it polls.
 *
 * <p>It records when each {@code deployment.all} arrived (a poll's start) and the bytes of both answers.
 */
final class PolledLogServer implements AutoCloseable {
    static final String APPLICATION_ID = RoundTripBenchmark.APPLICATION_ID;
    static final String API_KEY = RoundTripBenchmark.API_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int total;
    private final int growth;
    private final byte[] runningRows;
    private final byte[] doneRows;
    private final String deploymentId;
    private final StringBuilder log = new StringBuilder();
    private final List<Long> pollStarts = new ArrayList<>();
    private int written;
    private long rowBytes;
    private long logBytes;
    private int logReads;
    private final LoopbackServer server;

    private PolledLogServer(int total, int growth) {
        this.total = total;
        this.growth = growth;
        try {
            ArrayNode rows = (ArrayNode) JSON.readTree(SyntheticOrganisation.seeded().allBody(APPLICATION_ID, 10));
            ObjectNode followed = (ObjectNode) rows.get(0);
            followed.put("status", "running");
            followed.putNull("finishedAt");
            followed.putNull("errorMessage");
            followed.put("logPath", "/etc/dokploy/logs/shop-api/shop-api-2026-08-21:15:20:04.log");
            this.deploymentId = followed.get("deploymentId").asText();
            this.runningRows = JSON.writeValueAsBytes(rows);
            followed.put("status", "done");
            followed.put("finishedAt", "2026-08-21T15:24:41.007Z");
            this.doneRows = JSON.writeValueAsBytes(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = LoopbackServer.handling(this::answer);
    }

    /**
     * Starts a server.
     *
     * @param total how many lines the build writes in all
     * @param growth how many it writes before each {@code readLogs} answer
     * @return the running server
     */
    static PolledLogServer start(int total, int growth) {
        return new PolledLogServer(total, growth);
    }

    URI baseUrl() {
        return server.baseUrl();
    }

    String deploymentId() {
        return deploymentId;
    }

    /** The followed row as it is before the build ends. */
    byte[] runningRows() {
        return runningRows.clone();
    }

    synchronized List<Long> pollStarts() {
        return List.copyOf(pollStarts);
    }

    /** Bytes of one poll's two answers ({@code deployment.all} and {@code readLogs}), on average. */
    synchronized double bytesPerPoll() {
        return logReads == 0 ? 0 : (double) (rowBytes + logBytes) / logReads;
    }

    /** Bytes of one {@code readLogs} answer, on average. */
    synchronized double logBytesPerPoll() {
        return logReads == 0 ? 0 : (double) logBytes / logReads;
    }

    synchronized int polls() {
        return logReads;
    }

    private void answer(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        byte[] body;
        try (InputStream request = exchange.getRequestBody()) {
            request.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        synchronized (this) {
            if (path.endsWith("/deployment.all")) {
                pollStarts.add(arrived);
                body = written >= total ? doneRows : runningRows;
                rowBytes += body.length;
            } else if (path.endsWith("/deployment.readLogs")) {
                int end = Math.min(total, written + growth);
                for (; written < end; written++) {
                    log.append(BuildLog.line(written)).append('\n');
                }
                body = JSON.writeValueAsBytes(tail(tailParameter(exchange.getRequestURI())));
                logBytes += body.length;
                logReads++;
            } else {
                body = null;
            }
        }
        try (OutputStream response = exchange.getResponseBody()) {
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            response.write(body);
        }
    }

    private String tail(int lines) {
        int newlines = 0;
        for (int i = log.length() - 2; i >= 0; i--) {
            if (log.charAt(i) == '\n' && ++newlines == lines) {
                return log.substring(i + 1);
            }
        }
        return log.toString();
    }

    private static int tailParameter(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("tail=")) {
                return Integer.parseInt(pair.substring("tail=".length()));
            }
        }
        return 100;
    }

    @Override
    public void close() {
        server.close();
    }
}
