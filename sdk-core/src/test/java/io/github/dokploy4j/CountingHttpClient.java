package io.github.dokploy4j;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK client whose WebSocket handshakes count as work of a {@link CountingExecutor}: the JDK waits for the answer on
 * its own selector thread, where the executor cannot see it, and a simulation must not move on meanwhile.
 */
public final class CountingHttpClient extends HttpClient {
    private final HttpClient client;
    private final CountingExecutor work;

    /**
     * Wraps a client built on the executor.
     *
     * @param work the executor, which also counts the handshakes
     */
    public CountingHttpClient(CountingExecutor work) {
        this.client = HttpClient.newBuilder().executor(work).build();
        this.work = work;
    }

    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        WebSocket.Builder builder = client.newWebSocketBuilder();
        return new WebSocket.Builder() {
            @Override
            public WebSocket.Builder header(String name, String value) {
                builder.header(name, value);
                return this;
            }

            @Override
            public WebSocket.Builder connectTimeout(Duration timeout) {
                builder.connectTimeout(timeout);
                return this;
            }

            @Override
            public WebSocket.Builder subprotocols(String mostPreferred, String... lesserPreferred) {
                builder.subprotocols(mostPreferred, lesserPreferred);
                return this;
            }

            @Override
            public CompletableFuture<WebSocket> buildAsync(URI uri, WebSocket.Listener listener) {
                return work.track(builder.buildAsync(uri, listener));
            }
        };
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        return client.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return client.sendAsync(request, handler, pushPromiseHandler);
    }
}
