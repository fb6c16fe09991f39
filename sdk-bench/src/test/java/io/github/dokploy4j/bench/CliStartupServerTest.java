package io.github.dokploy4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up server gives both command-line clients the same queue, each on its own route, and checks the key. */
class CliStartupServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LoopbackServer server;
    private static byte[] jobs;

    @BeforeAll
    static void start() {
        jobs = CliStartupServer.queueOfTheFake();
        server = CliStartupServer.start(0, jobs);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theQueueIsTheFakesAfterThreeDeploysOneRunningAndTwoWaiting() throws Exception {
        JsonNode queue = JSON.readTree(jobs);

        assertThat(queue).hasSize(3);
        assertThat(queue.findValuesAsText("state")).containsExactlyInAnyOrder("active", "waiting", "waiting");
    }

    @Test
    void theRestRouteAnswersTheJobsAndTheTrpcRouteTheSameJobsInItsEnvelope() throws Exception {
        HttpResponse<byte[]> rest = get("/api/deployment.queueList", CliStartupServer.API_KEY);
        HttpResponse<byte[]> trpc = get("/api/trpc/deployment.queueList?input=%7B%7D", CliStartupServer.API_KEY);

        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.body()).isEqualTo(jobs);
        assertThat(trpc.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(trpc.body()).at("/result/data/json")).isEqualTo(JSON.readTree(jobs));
    }

    @Test
    void aWrongKeyGets401AndAnotherProcedure404() throws Exception {
        assertThat(get("/api/deployment.queueList", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/deployment.all", CliStartupServer.API_KEY).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> get(String path, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("x-api-key", key).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
