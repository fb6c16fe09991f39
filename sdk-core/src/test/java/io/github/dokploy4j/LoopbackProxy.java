package io.github.dokploy4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of the fake, so that a test can cut connections mid-stream (as a restarting proxy
 * or a flaky network does) or refuse WebSocket upgrades (as a proxy that does not pass them does).
 */
public final class LoopbackProxy implements AutoCloseable {
    private final int targetPort;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean refuseWebSockets;
    private final AtomicInteger refused = new AtomicInteger();

    /**
     * Starts a proxy in front of a server on loopback.
     *
     * @param targetBaseUrl the server, {@code http://127.0.0.1:<port>}
     */
    public LoopbackProxy(String targetBaseUrl) {
        this.targetPort = Integer.parseInt(targetBaseUrl.substring(targetBaseUrl.lastIndexOf(':') + 1));
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "loopback-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Returns the proxy's address.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Answers every WebSocket handshake from now on with a 404, as a proxy without WebSocket support. */
    public void refuseWebSockets() {
        refuseWebSockets = true;
    }

    /** Cuts every open connection at once. */
    public void dropConnections() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /**
     * Returns how many WebSocket handshakes the proxy refused: requests the server behind it never saw.
     *
     * @return the count
     */
    public int refusedHandshakes() {
        return refused.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                Thread thread = new Thread(() -> serve(client), "loopback-proxy-connection");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            target.setTcpNoDelay(true);
            open.add(client);
            open.add(target);
            Thread back = new Thread(() -> pipe(target, client, false), "loopback-proxy-back");
            back.setDaemon(true);
            back.start();
            pipe(client, target, true);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    /** Copies bytes one way; requests (which the JDK may send on a kept-alive connection) are checked for upgrades. */
    private void pipe(Socket from, Socket to, boolean requests) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (requests && refuseWebSockets && new String(buffer, 0, read, StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT).contains("upgrade: websocket")) {
                    refused.incrementAndGet();
                    from.getOutputStream().write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    return;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other side or dropConnections() closed it
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        dropConnections();
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
