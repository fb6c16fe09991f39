package io.github.dokploy4j.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.Fixtures;
import io.github.dokploy4j.TestClientBuilder;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.ServiceType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole session of calls, good and bad, with TRACE logging and body logging on: no secret (the key, a default
 * header's value, the secrets inside a rollback's {@code fullContext}) appears in any log line, exception message,
 * {@code toString()} or stack trace. slf4j-simple writes to whatever {@code System.err} is at the time of each line,
 * so swapping it captures the log.
 */
class SecretsNeverLeakTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String PROXY_TOKEN = "proxy-tok-8c1d0e2f4a6b9e7d";
    private static final String OPTION_TOKEN = "per-call-tok-3f5a7c9e1b2d";
    private static final List<String> SECRETS = List.of(TestClients.API_KEY, PROXY_TOKEN, OPTION_TOKEN,
            "s3cr3t-env-9d2f", "s3cr3t-npm-71c4", "s3cr3t-shared-0b8e");

    @Test
    void noSecretReachesALogLineAnExceptionOrAToString() {
        stubTheServer();
        List<Throwable> thrown = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String log = capturingStandardError(() -> {
            TestClientBuilder builder = TestClients.builder(WM.baseUrl()).defaultHeader("X-Access-Token",
                    PROXY_TOKEN).logBodies(true);
            texts.add(builder.toString());
            try (DokployClient client = builder.build()) {
                DokployClient view = client.withOptions(o -> o.header("X-Per-Call", OPTION_TOKEN));
                texts.add(client.toString());
                texts.add(view.toString());
                texts.add(view.options().toString());
                texts.add(view.async().toString());

                texts.add(view.deployments().allByType(ServiceType.APPLICATION, "app-1").toString());
                texts.add(view.deployments().queueList().toString());
                Consumer<Runnable> expectFailure = call -> thrown.add(catchThrowable(call::run));
                expectFailure.accept(() -> view.deployments().all("echo"));
                expectFailure.accept(() -> view.deployments().killProcess("dep-1"));
                expectFailure.accept(() -> view.deployments().allByServer("srv-1"));
                expectFailure.accept(() -> view.deployments().allByCompose("cmp-1"));
                expectFailure.accept(() -> view.deployments().readLogs("dep-1"));
                expectFailure.accept(() -> view.deployments().allCentralized());
                expectFailure.accept(() -> view.procedure("deployment.removeDeployment")
                        .mutation(Map.of("deploymentId", "dep-1")));
            }
        });

        assertThat(thrown).hasSize(7).doesNotContainNull();
        assertThat(log).as("the log shows the calls, with the secrets masked")
                .contains("TRACE").contains("x-api-key=***").contains("X-Access-Token=***")
                .contains("X-Per-Call=***").contains("response body:").contains("retrying after HTTP 503");
        for (String secret : SECRETS) {
            assertThat(log).as("log").doesNotContain(secret);
            for (Throwable failure : thrown) {
                assertThat(stackTraceOf(failure)).as("stack trace of %s", failure.getClass()).doesNotContain(secret);
            }
            assertThat(texts).as("toString()").noneMatch(text -> text.contains(secret));
        }
    }

    private static void stubTheServer() {
        WM.stubFor(get(urlPathEqualTo("/api/deployment.allByType"))
                .willReturn(okJson(Fixtures.read("deployment-allByType.json"))));
        WM.stubFor(get(urlPathEqualTo("/api/deployment.queueList")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
        WM.stubFor(get(urlPathEqualTo("/api/deployment.queueList")).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(okJson("[]")));
        // a proxy's login page that echoes the request's credentials
        WM.stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(aResponse().withStatus(200)
                .withBody("<html>key " + TestClients.API_KEY + " token " + PROXY_TOKEN + " " + OPTION_TOKEN
                        + "</html>")));
        WM.stubFor(post(urlPathEqualTo("/api/deployment.killProcess"))
                .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")));
        WM.stubFor(get(urlPathEqualTo("/api/deployment.allByServer")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://elsewhere.example/api/deployment.allByServer?token="
                        + TestClients.API_KEY)));
        WM.stubFor(get(urlPathEqualTo("/api/deployment.allByCompose"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        WM.stubFor(get(urlPathEqualTo("/api/deployment.readLogs")).willReturn(aResponse().withStatus(500)
                .withBody("{\"message\":\"echo " + TestClients.API_KEY + "\",\"fullContext\":{\"env\":"
                        + "\"s3cr3t-env-9d2f\"}}")));
        // a body cut off in the middle of a rollback's fullContext
        String allByType = Fixtures.read("deployment-allByType.json");
        WM.stubFor(get(urlPathEqualTo("/api/deployment.allCentralized")).willReturn(okJson(allByType
                .substring(0, allByType.indexOf("s3cr3t-npm-71c4") + 20))));
        WM.stubFor(post(urlPathEqualTo("/api/deployment.removeDeployment")).willReturn(aResponse().withStatus(409)
                .withBody("{\"message\":\"conflict\",\"fullContext\":{\"buildSecrets\":\"s3cr3t-npm-71c4\"}}")));
    }

    private static String capturingStandardError(Runnable session) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                captured.write(bytes, offset, length);
                original.write(bytes, offset, length);
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
        try {
            session.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
