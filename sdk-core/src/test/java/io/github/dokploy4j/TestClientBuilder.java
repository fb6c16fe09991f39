package io.github.dokploy4j;

import io.github.dokploy4j.internal.call.RetryPolicy;
import io.github.dokploy4j.internal.client.ClientFactory;
import io.github.dokploy4j.internal.client.ClientSeams;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.time.Delayer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/** The public builder plus the seams only the SDK's own tests replace: transport, time, retries, randomness. */
public final class TestClientBuilder {
    private final DokployClientBuilder options = DokployClient.builder();
    private ClientSeams seams = ClientSeams.real();

    TestClientBuilder() {
    }

    public TestClientBuilder baseUrl(String baseUrl) {
        options.baseUrl(baseUrl);
        return this;
    }

    public TestClientBuilder apiKey(String apiKey) {
        options.apiKey(apiKey);
        return this;
    }

    public TestClientBuilder authScheme(AuthScheme scheme) {
        options.authScheme(scheme);
        return this;
    }

    public TestClientBuilder defaultHeader(String name, String value) {
        options.defaultHeader(name, value);
        return this;
    }

    public TestClientBuilder httpClient(HttpClient httpClient) {
        options.httpClient(httpClient);
        return this;
    }

    public TestClientBuilder executor(Executor executor) {
        options.executor(executor);
        return this;
    }

    public TestClientBuilder maxConcurrentRequests(int max) {
        options.maxConcurrentRequests(max);
        return this;
    }

    public TestClientBuilder maxRetries(int max) {
        options.maxRetries(max);
        return this;
    }

    public TestClientBuilder maxResponseBytes(long max) {
        options.maxResponseBytes(max);
        return this;
    }

    public TestClientBuilder requestTimeout(Duration timeout) {
        options.requestTimeout(timeout);
        return this;
    }

    public TestClientBuilder logBodies(boolean logBodies) {
        options.logBodies(logBodies);
        return this;
    }

    public TestClientBuilder transport(Transport transport) {
        seams = seams.withTransport(transport);
        return this;
    }

    public TestClientBuilder delayer(Delayer delayer) {
        seams = seams.withDelayer(delayer);
        return this;
    }

    public TestClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        seams = seams.withRetryPolicy(retryPolicy);
        return this;
    }

    public TestClientBuilder clock(Clock clock) {
        seams = seams.withClock(clock);
        return this;
    }

    public TestClientBuilder random(DoubleSupplier random) {
        seams = seams.withRandom(random);
        return this;
    }

    /**
     * Returns the public builder, for options this class does not mirror.
     *
     * @return the builder
     */
    public DokployClientBuilder options() {
        return options;
    }

    public DokployClient build() {
        return ClientFactory.create(options.options(), seams);
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
