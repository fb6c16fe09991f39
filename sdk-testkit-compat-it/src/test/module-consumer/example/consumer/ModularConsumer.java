package example.consumer;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Deploys on a FakeDokploy with the SDK, reads the log over the WebSocket and says which modules it ran in. */
public final class ModularConsumer {

    private ModularConsumer() {
    }

    public static void main(String[] args) throws Exception {
        try (FakeDokploy fake = FakeDokploy.start();
                DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
            String appId = fake.createApplication("modular");
            fake.scriptNextBuild(appId, BuildScript.steps().log("built on the module path").succeed());
            Deployment done = client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30));

            System.out.println("testkit module: " + describe(FakeDokploy.class.getModule()));
            System.out.println("sdk module: " + describe(DokployClient.class.getModule()));
            System.out.println("status: " + done.status());
            System.out.println("websocket: " + firstFrame(fake, done.logPath()).replace("\n", "|"));
        }
    }

    private static String describe(Module module) {
        return module.getName() + (module.getDescriptor().isAutomatic() ? " (automatic)" : " (explicit)");
    }

    private static String firstFrame(FakeDokploy fake, String logPath) throws Exception {
        CompletableFuture<String> frame = new CompletableFuture<>();
        URI uri = URI.create(fake.baseUrl().replace("http://", "ws://") + "/listen-deployment?logPath="
                + URLEncoder.encode(logPath, StandardCharsets.UTF_8));
        WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder()
                .header("x-api-key", fake.apiKey())
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (text.toString().endsWith("built on the module path\n")) {
                            frame.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            return frame.get(10, TimeUnit.SECONDS);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
