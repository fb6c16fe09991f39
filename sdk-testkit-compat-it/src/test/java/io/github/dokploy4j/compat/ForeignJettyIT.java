package io.github.dokploy4j.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FakeDokploy serves the SDK, HTTP and WebSocket, while the user's own Jetty 9.4 serves in the same JVM. */
class ForeignJettyIT {

    private static NeighbourJetty neighbour;

    private FakeDokploy fake;
    private DokployClient client;

    @BeforeAll
    static void startTheNeighbour() throws Exception {
        neighbour = NeighbourJetty.start();
    }

    @AfterAll
    static void stopTheNeighbour() throws Exception {
        neighbour.close();
    }

    @BeforeEach
    void startTheFake() {
        fake = FakeDokploy.start();
        client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
    }

    @AfterEach
    void stopTheFake() {
        client.close();
        fake.close();
    }

    @Test
    void theNeighbourReallyRunsOnJetty94WhileTheFakeRuns() throws Exception {
        assertThat(neighbour.get()).startsWith("neighbour on Jetty 9.4.");
        assertThat(client.serverVersion()).isEqualTo("v0.30.2");
    }

    @Test
    void theSdkDeploysAndListsOnTheFake() {
        String appId = fake.createApplication("web-api");
        fake.scriptNextBuild(appId, BuildScript.steps().log("Step 1/1 : FROM eclipse-temurin:17").succeed());

        Deployment done = client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30));

        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(client.deployments().all(appId)).extracting(Deployment::deploymentId)
                .containsExactly(done.deploymentId());
        assertThat(client.deployments().readLogs(done.deploymentId())).contains("Step 1/1 : FROM eclipse-temurin:17");
    }

    @Test
    void theLogWebSocketStreamsTheBuild() throws InterruptedException {
        String appId = fake.createApplication("web-api");
        fake.scriptNextBuild(appId, BuildScript.steps().log("Step 1/2 : FROM node:20").log("Step 2/2 : RUN npm ci")
                .succeed());
        Deployment done = client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30));

        String streamed = LogStream.readUntil(fake, done.logPath(), "Step 2/2 : RUN npm ci\n");

        assertThat(streamed).isEqualTo("Initializing deployment\nStep 1/2 : FROM node:20\nStep 2/2 : RUN npm ci\n");
    }

    /**
     * Jetty 12 finds its WebSocket extensions with ServiceLoader: only a service file rewritten for the relocated
     * classes lets the shaded Jetty accept {@code permessage-deflate}.
     */
    @Test
    void theShadedJettyStillFindsItsWebSocketExtensions() throws Exception {
        URI base = URI.create(fake.baseUrl());
        List<String> head = new ArrayList<>();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /listen-deployment?logPath=%2Fetc%2Fdokploy%2Flogs%2Fweb%2Fweb.log HTTP/1.1\r\n"
                    + "Host: " + base.getAuthority() + "\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate\r\n"
                    + "x-api-key: " + fake.apiKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
        }

        assertThat(head).first().asString().startsWith("HTTP/1.1 101");
        assertThat(head).anyMatch(line -> line.equalsIgnoreCase("Sec-WebSocket-Extensions: permessage-deflate"));
    }
}
