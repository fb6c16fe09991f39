package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

    @Test
    void buildWithoutBaseUrlSaysHowToSetIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> DokployClient.builder().apiKey("k").build())
                .withMessageStartingWith("baseUrl is required: call baseUrl(");
    }

    @Test
    void buildWithoutApiKeySaysWhereToGetOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DokployClient.builder().baseUrl("https://h").build())
                .withMessageStartingWith("apiKey is required").withMessageContaining("API/CLI");
    }

    @Test
    void apiKeyWithATrailingNewlineIsRefusedWithoutEchoingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DokployClient.builder().baseUrl("https://h").apiKey("secret-key\n").build())
                .withMessageContaining("trailing newline").withMessageNotContaining("secret-key");
    }

    @Test
    void anHttpClientThatFollowsRedirectsIsRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatIllegalArgumentException().isThrownBy(() -> DokployClient.builder().baseUrl("https://h")
                .apiKey("k").httpClient(following).build())
                .withMessageContaining("follows redirects").withMessageContaining("Redirect.NEVER");
    }

    @Test
    void nonPositiveTimeoutsAndOutOfRangeNumbersAreRefusedByName() {
        DokployClientBuilder builder = DokployClient.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.requestTimeout(Duration.ZERO))
                .withMessageStartingWith("requestTimeout must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
                .withMessageStartingWith("connectTimeout must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxRetries(-1))
                .withMessageStartingWith("maxRetries must be between 0 and 10");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxConcurrentRequests(0))
                .withMessageStartingWith("maxConcurrentRequests must be at least 1");
        assertThatNullPointerException().isThrownBy(() -> builder.apiKey(null))
                .withMessage("apiKey must not be null");
    }

    @Test
    void headersThatCouldSplitARequestAreRefused() {
        DokployClientBuilder builder = DokployClient.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("X-Token", "a\r\nHost: evil"))
                .withMessageContaining("line break");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("Bad Name", "v"))
                .withMessageContaining("not a valid header name");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("Host", "evil"))
                .withMessageContaining("managed by the HTTP client");
    }

    @Test
    void theKeyNeverAppearsInToString() {
        DokployClientBuilder builder = DokployClient.builder().baseUrl("https://h").apiKey(TestClients.API_KEY)
                .defaultHeader("X-Proxy-Token", "proxy-secret");
        try (DokployClient client = builder.build()) {
            assertThat(builder.toString()).doesNotContain(TestClients.API_KEY);
            assertThat(client.toString()).doesNotContain(TestClients.API_KEY).doesNotContain("proxy-secret")
                    .contains("https://h/api/");
            assertThat(client.withOptions(o -> o.header("X-Other", "other-secret")).toString())
                    .doesNotContain("other-secret");
        }
    }

    @Test
    void aClosedClientRefusesCalls() {
        DokployClient client = DokployClient.builder().baseUrl("https://h").apiKey("k").build();
        client.close();

        assertThatIllegalStateException().isThrownBy(() -> client.deployments().queueList())
                .withMessage("this DokployClient is closed");
    }

    @Test
    void fromEnvReadsUrlAndKey() {
        DokployClientBuilder builder = EnvironmentConfig.builder(Map.of("DOKPLOY_URL", "https://d.example/api",
                "DOKPLOY_API_KEY", "k1")::get);

        assertThat(builder.options().apiRoot()).hasToString("https://d.example/api/");
        assertThat(builder.options().apiKey()).isEqualTo("k1");
    }

    @Test
    void fromEnvFallsBackToTheCliTokenVariable() {
        DokployClientBuilder builder = EnvironmentConfig.builder(Map.of("DOKPLOY_URL", "https://d.example",
                "DOKPLOY_AUTH_TOKEN", "cli-token\n")::get);

        assertThat(builder.options().apiKey()).isEqualTo("cli-token");
    }

    @Test
    void fromEnvNamesTheMissingVariable() {
        assertThatIllegalStateException().isThrownBy(() -> EnvironmentConfig.builder(Map.<String, String>of()::get))
                .withMessageStartingWith("DOKPLOY_URL is not set");
        assertThatIllegalStateException()
                .isThrownBy(() -> EnvironmentConfig.builder(Map.of("DOKPLOY_URL", "https://d")::get))
                .withMessageStartingWith("DOKPLOY_API_KEY is not set (nor DOKPLOY_AUTH_TOKEN)");
    }

    @Test
    void userAgentNamesTheSdkJavaAndTheCallersProduct() {
        DokployClientBuilder builder = DokployClient.builder().baseUrl("https://h").apiKey("k")
                .userAgent("deploy-bot/1.2");

        assertThat(builder.options().userAgent()).matches("dokploy4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/\\d+\\.\\d+\\.\\d+"
                + " deploy-bot/1\\.2");
    }

    @Test
    void withOptionsLayersOverTheViewsOptions() {
        try (DokployClient client = DokployClient.builder().baseUrl("https://h").apiKey("k").build()) {
            DokployClient patient = client.withOptions(o -> o.timeout(Duration.ofMinutes(2)).header("A", "1"));
            DokployClient both = patient.withOptions(RequestOptions.builder().maxRetries(0).header("B", "2").build());

            assertThat(both.options().timeout()).contains(Duration.ofMinutes(2));
            assertThat(both.options().maxRetries()).hasValue(0);
            assertThat(both.options().headers()).containsOnlyKeys("A", "B");
            assertThat(client.options()).isEqualTo(RequestOptions.none());
            assertThat(both.async().sync()).isSameAs(both);
        }
    }

    @Test
    void aTestsOwnTimeIsKeptInTheOptionsAndNeitherPartMayBeMissing() {
        Clock clock = Clock.fixed(Instant.parse("2026-08-21T15:20:00Z"), ZoneOffset.UTC);
        DelayScheduler delays = delay -> CompletableFuture.completedFuture(null);

        ClientOptions options = DokployClient.builder().baseUrl("https://dokploy.example.com").apiKey("k")
                .time(clock, delays).options();

        assertThat(options.clock()).contains(clock);
        assertThat(options.delayScheduler()).contains(delays);
        assertThat(options.toString()).contains("ownTime=true");
        assertThatNullPointerException().isThrownBy(() -> DokployClient.builder().time(null, delays))
                .withMessageContaining("clock");
        assertThatNullPointerException().isThrownBy(() -> DokployClient.builder().time(clock, null))
                .withMessageContaining("delays");
    }
}
