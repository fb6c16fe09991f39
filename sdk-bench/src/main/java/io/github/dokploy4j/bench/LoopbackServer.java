package io.github.dokploy4j.bench;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers every request with one fixed JSON body, as Dokploy answers
 * {@code GET /api/deployment.all}, or with a handler of its own.
 */
final class LoopbackServer implements AutoCloseable {
    static {
        // The JDK server leaves Nagle's algorithm on: every keep-alive exchange would then wait ~40 ms for a delayed
        // ACK. The property is read once, when the first server starts; RatioReport also passes it to each fork.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;

    private LoopbackServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /**
     * Starts a server.
     *
     * @param body what every request gets, with status 200 and {@code Content-Type: application/json}
     * @return the running server
     */
    static LoopbackServer serving(byte[] body) {
        return handling(exchange -> {
            try (InputStream request = exchange.getRequestBody(); OutputStream response = exchange.getResponseBody()) {
                request.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                response.write(body);
            }
        });
    }

    /**
     * Starts a server.
     *
     * @param handler answers every request
     * @return the running server
     */
    static LoopbackServer handling(HttpHandler handler) {
        return handling(0, handler);
    }

    /**
     * Starts a server on a given port.
     *
     * @param port the loopback port, 0 for a free one
     * @param handler answers every request
     * @return the running server
     */
    static LoopbackServer handling(int port, HttpHandler handler) {
        try {
            // a backlog that holds a burst of a thousand new connections
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2048);
            server.createContext("/", handler);
            ExecutorService handlers = Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "loopback-server");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(handlers);
            server.start();
            return new LoopbackServer(server, handlers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The address clients use as the SDK's base URL.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
