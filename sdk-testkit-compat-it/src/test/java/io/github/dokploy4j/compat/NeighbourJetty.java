package io.github.dokploy4j.compat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * The user's own service in the same JVM, on the Jetty 9.4 of this module's class path: it answers every request with
 * the version of the Jetty that serves it.
 */
final class NeighbourJetty implements AutoCloseable {

    private final Server server;

    private NeighbourJetty(Server server) {
        this.server = server;
    }

    static NeighbourJetty start() throws Exception {
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
                response.setContentType("text/plain;charset=utf-8");
                response.getWriter().print("neighbour on Jetty " + Server.getVersion());
                baseRequest.setHandled(true);
            }
        });
        server.start();
        return new NeighbourJetty(server);
    }

    /** What the neighbour answers to a GET. */
    String get() throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
