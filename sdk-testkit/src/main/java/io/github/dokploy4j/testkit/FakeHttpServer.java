package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/** The Jetty server behind a {@link FakeDokploy}: HTTP/1.1 on a loopback port, the API and the log WebSocket. */
final class FakeHttpServer {

    private final FakeState state;
    private final ApiKeyGate keys;
    private final RequestJournal journal;
    private final FaultRules faults;
    private final ApiHandler api;
    private final ScheduledExecutorService delays;
    private Server server;
    private int port;

    FakeHttpServer(FakeState state, ApiKeyGate keys, RequestJournal journal, FaultRules faults, ApiHandler api,
            ScheduledExecutorService delays) {
        this.state = state;
        this.keys = keys;
        this.journal = journal;
        this.faults = faults;
        this.api = api;
        this.delays = delays;
    }

    int port() {
        return port;
    }

    /** Starts on {@code wantedPort}, or on a free port for 0. */
    void start(int wantedPort) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("fake-dokploy");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        jetty.setStopTimeout(0);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(wantedPort);
        jetty.addConnector(connector);
        WebSocketUpgradeHandler webSockets = new WebSocketUpgradeHandler();
        webSockets.addMapping(RootHandler.LISTEN_PATH, WebSocketNegotiator.from(
                (request, response, callback) -> new LogStreamSocket(state, keys,
                        QueryString.parse(request.getHttpURI().getQuery()), request.getHeaders().get("x-api-key")),
                (socket, request, response) -> (FrameHandler) socket,
                // tail -f never times out: the stream stays open, silent, until the client closes it.
                configuration -> configuration.setIdleTimeout(Duration.ZERO)));
        // A request to the WebSocket path that is not a valid upgrade (say, no Sec-WebSocket-Key).
        webSockets.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                RootHandler.write(response, callback, ApiResponse.bare(404, "Not found"));
                return true;
            }
        });
        RootHandler root = new RootHandler(journal, faults, api, delays);
        root.setHandler(webSockets);
        jetty.setHandler(root);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("the fake Dokploy could not start on 127.0.0.1:" + wantedPort, e);
        }
        this.server = jetty;
        this.port = connector.getLocalPort();
    }

    void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the fake Dokploy did not stop cleanly", e);
        } finally {
            server = null;
        }
    }
}
