package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.ClientOptions;
import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.internal.call.CallEngine;
import io.github.dokploy4j.internal.http.JdkTransport;
import io.github.dokploy4j.internal.http.PendingHttpClient;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.logs.LogStreamSettings;
import io.github.dokploy4j.internal.poll.PollRuntime;
import io.github.dokploy4j.internal.poll.ServerTraits;
import io.github.dokploy4j.internal.time.ClientTimer;
import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.internal.time.ScheduledDelays;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * What all views of one client share: the engine, the client's executor and timer, the threads it started itself,
 * and whether it is closed.
 *
 * <p>The executor story: asynchronous calls, their results, poll delays and listener callbacks run on the client's
 * executor, which is the caller's ({@code executor(…)}) or a pool of the client's own daemon threads. The client's one
 * timer thread only keeps time and hands every ending wait to that executor. The HTTP client the SDK builds does its
 * own I/O on the client's pool, never on the caller's executor: an asynchronous call waits for its answer on an
 * executor thread, and a small caller pool full of such waits must not starve the I/O they wait for. That pool also
 * makes the HTTP client, while the client's {@code build()} returns: the first call waits for it if it must.
 */
final class ClientRuntime {
    private final ClientOptions options;
    private final ClientSeams seams;
    private final CallEngine engine;
    private final ClientTimer timer;
    private final Delayer delayer;
    private final Clock clock;
    private final ServerTraits traits = new ServerTraits();
    private final Executor executor;
    private final @Nullable ExecutorService ownPool;
    /**
     * The HTTP client: yours, or the client's own, which its pool starts making when the client is built; over a test
     * transport, made on the first log stream's thread.
     */
    private @Nullable PendingHttpClient httpClient;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ClientRuntime(ClientOptions options, ClientSeams seams) {
        this.options = options;
        this.seams = seams;
        ClientThreads threads = new ClientThreads();
        boolean needsPool = options.executor().isEmpty()
                || (options.httpClient().isEmpty() && seams.transport() == null);
        this.ownPool = needsPool ? threads.pool() : null;
        this.executor = options.executor().orElse(ownPool);
        this.timer = new ClientTimer(threads.timerName(), executor);
        this.delayer = seams.delayer() != null ? seams.delayer()
                : options.delayScheduler().<Delayer>map(scheduler -> new ScheduledDelays(scheduler, executor))
                        .orElse(timer);
        this.clock = options.clock().orElse(seams.clock());
        Transport transport = seams.transport();
        if (transport == null) {
            PendingHttpClient http = options.httpClient().map(PendingHttpClient::of)
                    .orElseGet(() -> PendingHttpClient.madeOn(Objects.requireNonNull(ownPool), this::newHttpClient));
            this.httpClient = http;
            transport = new JdkTransport(http, options.maxResponseBytes(), timer);
        }
        this.engine = new CallEngine(options, transport, delayer, seams.retryPolicy(), clock, executor);
    }

    static ClientRuntime start(ClientOptions options, ClientSeams seams) {
        return new ClientRuntime(options, seams);
    }

    /** Makes the HTTP client the SDK builds for itself (package-private for its test). */
    HttpClient newHttpClient() {
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(ownPool);
        if (options.sslContext().isPresent()) {
            http.sslContext(options.sslContext().get());
        } else if ("http".equalsIgnoreCase(options.apiRoot().getScheme())) {
            http.sslContext(new PlainHttpSslContext());
        }
        return http.build();
    }

    CallEngine.View caller(RequestOptions viewOptions) {
        return engine.view(viewOptions);
    }

    /** What a view's pollers share: the client's time, executor and what it learnt about its server. */
    PollRuntime pollRuntime() {
        return new PollRuntime(delayer, clock, seams.random(), executor, timer, traits);
    }

    /** How a view opens the log WebSocket: the same key, default and extra headers as its calls. */
    LogStreamSettings logStream(CallEngine.View view) {
        return new LogStreamSettings(options.apiRoot(), view.identityHeaders(), options.connectTimeout(),
                this::webSocketClient);
    }

    /** The client's HTTP client; a client built over a test transport gets one for sockets when it needs it. */
    private HttpClient webSocketClient() {
        PendingHttpClient made;
        synchronized (this) {
            if (closed.get()) {
                throw new IllegalStateException("this DokployClient is closed");
            }
            if (httpClient == null) {
                httpClient = PendingHttpClient.of(newHttpClient());
            }
            made = httpClient;
        }
        return made.await();
    }

    ClientOptions options() {
        return options;
    }

    ClientSeams seams() {
        return seams;
    }

    Delayer delayer() {
        return delayer;
    }

    Executor executor() {
        return executor;
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        engine.close();
        timer.close();
        PendingHttpClient made;
        synchronized (this) {
            made = httpClient;
        }
        if (made != null && options.httpClient().isEmpty()) {
            // one still being made is closed once it is
            made.whenMade(ClientRuntime::closeOwnHttpClient);
        }
        if (ownPool != null) {
            ownPool.shutdown();
        }
    }

    private static void closeOwnHttpClient(HttpClient client) {
        if (client instanceof AutoCloseable) {
            // HttpClient is AutoCloseable from Java 21 on
            try {
                ((AutoCloseable) client).close();
            } catch (Exception ignored) {
                // closing is best effort: nothing the caller could do about it
            }
        } else {
            SelectorThread.stop(client);
        }
    }
}
