package io.github.dokploy4j.bench;

import com.sun.net.httpserver.HttpExchange;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A loopback server for timing a command-line client's start-up: it answers {@code deployment.queueList} on Dokploy's
 * REST route ({@code /api/deployment.queueList}, which dokploy4j calls) and on its tRPC route
 * ({@code /api/trpc/deployment.queueList}, which the official Node CLI calls), with the same jobs, so that the two
 * clients can be run in turn against one server. The jobs are the testkit fake's queue after three deploys (one
 * running, two waiting), read once at start; every answer is then the same bytes, sent in one write with Nagle off.
 *
 * <pre>{@code java -cp sdk-bench/target/benchmarks.jar io.github.dokploy4j.bench.CliStartupServer [PORT [MINUTES]]}</pre>
 *
 * It prints the {@code DOKPLOY_URL} and {@code DOKPLOY_API_KEY} to export and stops by itself after {@code MINUTES}
 * (default 10).
 */
public final class CliStartupServer {
    /** The key both clients send (the server answers 401 to anything else, as Dokploy does). */
    public static final String API_KEY = "cli-startup-key";

    private CliStartupServer() {
    }

    /**
     * Serves the queue.
     *
     * @param args {@code [PORT [MINUTES]]}: the loopback port (default 18930, 0 for a free one) and how long to serve
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18930;
        long minutes = args.length > 1 ? Long.parseLong(args[1]) : 10;
        try (LoopbackServer server = start(port, queueOfTheFake())) {
            System.out.println("export DOKPLOY_URL=" + server.baseUrl() + " DOKPLOY_API_KEY=" + API_KEY);
            System.out.println("Serving deployment.queueList (REST and tRPC routes) for " + minutes + " min.");
            Thread.sleep(Duration.ofMinutes(minutes).toMillis());
        }
    }

    /**
     * Starts the server.
     *
     * @param port the loopback port, 0 for a free one
     * @param jobs the {@code queueList} answer, a JSON array
     * @return the running server
     */
    static LoopbackServer start(int port, byte[] jobs) {
        byte[] trpc = ("{\"result\":{\"data\":{\"json\":" + new String(jobs, StandardCharsets.UTF_8) + "}}}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> routes = Map.of("/api/deployment.queueList", jobs, "/api/trpc/deployment.queueList", trpc);
        return LoopbackServer.handling(port, exchange -> {
            try (InputStream request = exchange.getRequestBody()) {
                request.readAllBytes();
                byte[] body = routes.get(exchange.getRequestURI().getPath());
                if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
                    answer(exchange, 401, "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
                } else if (body == null || !exchange.getRequestMethod().equals("GET")) {
                    answer(exchange, 404, ("{\"message\":\"Not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":"
                            + "\"NOT_FOUND\",\"httpStatus\":404,\"zodError\":null}}").getBytes(StandardCharsets.UTF_8));
                } else {
                    answer(exchange, 200, body);
                }
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
        }
    }

    /** The fake's queue after three deploys, on its manual clock: one job running, two waiting. */
    static byte[] queueOfTheFake() {
        try (FakeDokploy fake = FakeDokploy.start()) {
            String webApi = fake.createApplication("web-api");
            String worker = fake.createApplication("worker");
            String shopStack = fake.createCompose("shop-stack");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            post(http, fake, "application.deploy", "{\"applicationId\":\"" + webApi + "\"}");
            post(http, fake, "application.deploy", "{\"applicationId\":\"" + worker + "\"}");
            post(http, fake, "compose.deploy", "{\"composeId\":\"" + shopStack + "\"}");
            return send(http, fake, HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/api/deployment.queueList")))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void post(HttpClient http, FakeDokploy fake, String procedure, String body) {
        send(http, fake, HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/api/" + procedure))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String send(HttpClient http, FakeDokploy fake, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("x-api-key", fake.apiKey()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
