package io.github.dokploy4j;

import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.internal.call.CallEngine;
import io.github.dokploy4j.internal.call.EngineSettings;
import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.http.JdkTransport;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.logs.LogStreamSettings;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/** What all views of one client share: the engine, the threads the client started, and whether it is closed. */
final class ClientRuntime {
    private final CallEngine engine;
    private final @Nullable ExecutorService ownedExecutor;
    private final @Nullable HttpClient ownedHttpClient;
    private @Nullable HttpClient webSocketClient;
    private @Nullable HttpClient ownedWebSocketClient;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DoubleSupplier random;

    private ClientRuntime(CallEngine engine, @Nullable ExecutorService ownedExecutor,
            @Nullable HttpClient ownedHttpClient, @Nullable HttpClient webSocketClient, DoubleSupplier random) {
        this.engine = engine;
        this.webSocketClient = webSocketClient;
        this.random = random;
        this.ownedExecutor = ownedExecutor;
        this.ownedHttpClient = ownedHttpClient;
    }

    static ClientRuntime start(DokployClient.Builder builder) {
        ExecutorService ownedExecutor = null;
        HttpClient ownedHttpClient = null;
        HttpClient httpClient = null;
        Transport transport = builder.transport();
        if (transport == null) {
            httpClient = builder.httpClient();
            if (httpClient == null) {
                Executor executor = builder.executor();
                if (executor == null) {
                    ownedExecutor = Executors.newCachedThreadPool(daemonThreads());
                    executor = ownedExecutor;
                }
                HttpClient.Builder http = HttpClient.newBuilder()
                        .connectTimeout(builder.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .executor(executor);
                SSLContext sslContext = builder.sslContext();
                if (sslContext != null) {
                    http.sslContext(sslContext);
                }
                httpClient = http.build();
                ownedHttpClient = httpClient;
            }
            transport = new JdkTransport(httpClient, builder.maxResponseBytes());
        }
        EngineSettings settings = new EngineSettings(builder.apiRoot(), builder.authScheme(), builder.apiKey(),
                builder.connectTimeout(), builder.requestTimeout(), builder.maxRetries(), builder.userAgent(),
                builder.defaultHeaders(), transport, builder.delayer(), builder.retryPolicy(),
                builder.maxConcurrentRequests(), builder.clock(), builder.logBodies());
        return new ClientRuntime(new CallEngine(settings), ownedExecutor, ownedHttpClient, httpClient,
                builder.random());
    }

    ProcedureCaller caller(RequestOptions options) {
        return new ProcedureCaller() {
            @Override
            public <I, O> O call(Procedure<I, O> procedure, @Nullable I input) {
                return Await.result(callAsync(procedure, input));
            }

            @Override
            public <I, O> CompletableFuture<O> callAsync(Procedure<I, O> procedure, @Nullable I input) {
                if (closed.get()) {
                    throw new IllegalStateException("this DokployClient is closed");
                }
                return engine.call(procedure, input, options);
            }
        };
    }

    /** How a view with these options opens the log WebSocket: the same key, default and extra headers. */
    LogStreamSettings logStream(RequestOptions options) {
        EngineSettings settings = engine.settings();
        return new LogStreamSettings(settings.apiRoot(), settings.identityHeaders(options), settings.connectTimeout(),
                this::webSocketClient);
    }

    /** The client's own HTTP client; a client built over a test transport gets one for sockets when it needs it. */
    private synchronized HttpClient webSocketClient() {
        if (closed.get()) {
            throw new IllegalStateException("this DokployClient is closed");
        }
        if (webSocketClient == null) {
            ownedWebSocketClient = HttpClient.newBuilder().connectTimeout(engine.settings().connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            webSocketClient = ownedWebSocketClient;
        }
        return webSocketClient;
    }

    EngineSettings settings() {
        return engine.settings();
    }

    DoubleSupplier random() {
        return random;
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeOnNewerJdks(ownedHttpClient);
        synchronized (this) {
            closeOnNewerJdks(ownedWebSocketClient);
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    private static void closeOnNewerJdks(@Nullable HttpClient client) {
        if (client instanceof AutoCloseable) {
            // HttpClient is AutoCloseable from Java 21 on; on 17 its threads end with the executor
            try {
                ((AutoCloseable) client).close();
            } catch (Exception ignored) {
                // closing is best effort: nothing the caller could do about it
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dokploy4j-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
