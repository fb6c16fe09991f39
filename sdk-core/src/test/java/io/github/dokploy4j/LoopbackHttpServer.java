package io.github.dokploy4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A raw HTTP/1.1 server on loopback for behaviour no mock server shows: it can ignore HTTP/2 upgrade requests as
 * Dokploy does, stall in the middle of a body, or never answer and notice when the client hangs up.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** What the server does with one request. */
    @FunctionalInterface
    public interface Behaviour {
        /**
         * Handles a request.
         *
         * @param request the request head (request line and headers)
         * @param in the connection's input, positioned after the head
         * @param out the connection's output
         * @throws IOException when the connection fails
         */
        void handle(String request, InputStream in, OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch clientHungUp = new CountDownLatch(1);
    private final CountDownLatch requestSeen = new CountDownLatch(1);

    private LoopbackHttpServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "loopback-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server.
     *
     * @param behaviour what to do with each request
     * @return the running server
     * @throws IOException when no port is free
     */
    public static LoopbackHttpServer start(Behaviour behaviour) throws IOException {
        return new LoopbackHttpServer(behaviour);
    }

    /**
     * Dokploy's behaviour on plain HTTP: a request that asks to upgrade to HTTP/2 never gets an answer; any other
     * request gets 200 with the body.
     *
     * @param json the body of a 200
     * @return the behaviour
     */
    public static Behaviour droppingHttp2Upgrades(String json) {
        return (request, in, out) -> {
            if (request.toLowerCase(Locale.ROOT).contains("\nupgrade: h2c")) {
                holdOpen(in);
                return;
            }
            respond(out, 200, json);
        };
    }

    /**
     * Sends the headers and the first bytes of a body, then nothing more.
     *
     * @return the behaviour
     */
    public static Behaviour stallingMidBody() {
        return (request, in, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[{\"depl")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            holdOpen(in);
        };
    }

    /**
     * Reads the request and never answers.
     *
     * @return the behaviour
     */
    public static Behaviour neverAnswering() {
        return (request, in, out) -> holdOpen(in);
    }

    /**
     * Writes a complete answer.
     *
     * @param out the connection's output
     * @param status the status
     * @param json the body
     * @throws IOException when the connection fails
     */
    public static void respond(OutputStream out, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void holdOpen(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // keep reading until the client hangs up
        }
    }

    /**
     * Returns the base URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /**
     * Returns the request heads received so far.
     *
     * @return the heads
     */
    public List<String> requests() {
        return requests;
    }

    /**
     * Returns how many connections the server accepted so far.
     *
     * @return the count
     */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * Waits until a request arrived.
     *
     * @return whether one arrived within ten seconds
     * @throws InterruptedException when interrupted
     */
    public boolean awaitRequest() throws InterruptedException {
        return requestSeen.await(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until a client closed its connection while the server still held it.
     *
     * @return whether that happened within ten seconds
     * @throws InterruptedException when interrupted
     */
    public boolean awaitClientHangUp() throws InterruptedException {
        return clientHungUp.await(10, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                // without it every keep-alive exchange waits ~40 ms for a delayed ACK
                connection.setTcpNoDelay(true);
                connections.add(connection);
                Thread worker = new Thread(() -> serve(connection), "loopback-http-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new java.io.BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                requests.add(head);
                requestSeen.countDown();
                behaviour.handle(head, in, out);
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            clientHungUp.countDown();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
