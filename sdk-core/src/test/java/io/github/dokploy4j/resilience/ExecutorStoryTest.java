package io.github.dokploy4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.FakeTimeClock;
import io.github.dokploy4j.LoopbackHttpServer;
import io.github.dokploy4j.deployment.AsyncDeploymentHandle;
import io.github.dokploy4j.deployment.AsyncDeploymentWatch;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.internal.time.ClientTimer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where the SDK runs code: every continuation, timeout and wait on the client's executor, one timer thread per
 * client, no common pool, no thread per delay, and nothing left running after {@code close()}.
 */
class ExecutorStoryTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aThousandPollDelaysStartNoThreadsBeyondTheTimerAndTheExecutor() {
        ExecutorService executor = Executors.newSingleThreadExecutor(named("client-executor"));
        ClientTimer timer = new ClientTimer("test-timer", executor);
        try {
            long before = THREADS.getTotalStartedThreadCount();
            // the executor's one thread waits until the stages are attached, so none runs on this thread
            CountDownLatch attached = new CountDownLatch(1);
            executor.execute(() -> awaitQuietly(attached));
            CompletableFuture<Void> polls = CompletableFuture.completedFuture(null);
            for (int i = 0; i < 1_000; i++) {
                polls = polls.thenCompose(ignored -> timer.delay(Duration.ofNanos(1)));
            }
            CompletableFuture<String> ended = polls.thenApply(ignored -> Thread.currentThread().getName());
            attached.countDown();
            String endedOn = ended.join();

            assertThat(endedOn).startsWith("client-executor");
            assertThat(THREADS.getTotalStartedThreadCount() - before)
                    .as("threads started for 1,000 delays: the timer and the executor's one thread")
                    .isLessThanOrEqualTo(2);
        } finally {
            timer.close();
            executor.shutdownNow();
        }
    }

    @Test
    void aThousandSequentialAsyncCallsReuseTheClientsThreads() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"));
                DokployClient client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey("k").build()) {
            client.async().deployments().queueList().join();
            long before = THREADS.getTotalStartedThreadCount();

            for (int i = 0; i < 1_000; i++) {
                client.async().deployments().queueList().join();
            }

            // the loopback server starts one thread per connection; the client reuses one connection and its pool
            assertThat(THREADS.getTotalStartedThreadCount() - before).as("threads started for 1,000 calls")
                    .isLessThanOrEqualTo(4);
        }
    }

    @Test
    void resultsAndTheStagesAfterThemRunOnTheCallersExecutor() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(named("caller-executor"));
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"));
                DokployClient client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey("k")
                        .executor(executor).build()) {
            // the call waits for the executor's one thread until the stage is attached
            CountDownLatch attached = new CountDownLatch(1);
            executor.execute(() -> awaitQuietly(attached));
            CompletableFuture<List<String>> stage = client.async().deployments().queueList()
                    .thenApply(jobs -> List.of(Thread.currentThread().getName()));
            attached.countDown();
            List<String> threads = stage.join();

            assertThat(threads).singleElement().asString().startsWith("caller-executor");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aTimedOutCallCompletesOnTheCallersExecutor() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2, named("caller-executor"));
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.stallingMidBody());
                DokployClient client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey("k")
                        .requestTimeout(Duration.ofMillis(300)).executor(executor).build()) {
            CompletableFuture<String> failedOn = client.async().deployments().queueList()
                    .handle((jobs, failure) -> Thread.currentThread().getName() + " " + describe(failure));

            assertThat(failedOn.join()).startsWith("caller-executor").endsWith("REQUEST_TIMEOUT");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void closingTheClientLeavesNoThreadOfItsOwnRunning() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"))) {
            List<Thread> before = clientThreads();
            DokployClient client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey("k").build();
            client.async().deployments().queueList().join();
            client.deployments().queueList();
            client.async().deployments().queueList().thenCompose(ignored -> client.async().serverVersion()
                    .exceptionally(failure -> "")).join();
            List<Thread> started = clientThreads();
            started.removeAll(before);
            assertThat(started).as("the client's threads while it works").isNotEmpty();

            client.close();

            await("the client's threads to end").until(() -> started.stream().noneMatch(Thread::isAlive));
        }
    }

    @Test
    void closingTheClientEndsItsHttpClientsSelectorThread() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"))) {
            List<Thread> before = selectorThreads();
            DokployClient client = DokployClient.builder().baseUrl(server.baseUrl()).apiKey("k").build();
            client.deployments().queueList();
            List<Thread> started = selectorThreads();
            started.removeAll(before);
            assertThat(started).as("the HTTP client's selector thread").hasSize(1);

            client.close();

            // On Java 17 the JDK client cannot be closed: a selector thread left waiting in native code would delay
            // the JVM's exit by 300 ms, and it would live as long as the client is referenced, as here
            await("the selector thread to end").until(() -> !started.get(0).isAlive());
        }
    }

    @Test
    void aClientClosedWhileItsHttpClientIsStillBeingMadeEndsThatToo() {
        List<Thread> before = clientThreads();
        before.addAll(selectorThreads());
        // build() returns while the client's pool makes the JDK's HTTP client
        DokployClient client = DokployClient.builder().baseUrl("http://127.0.0.1:9").apiKey("k").build();
        List<Thread> pool = clientThreads();
        pool.removeAll(before);
        assertThat(pool).as("the pool thread making the HTTP client").isNotEmpty();

        client.close();

        await("the pool, and the selector thread of the HTTP client it made, to end").until(() -> {
            List<Thread> left = clientThreads();
            left.addAll(selectorThreads());
            left.removeAll(before);
            return left.isEmpty();
        });
    }

    private static List<Thread> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().matches("HttpClient-\\d+-SelectorManager"))
                .collect(Collectors.toList());
    }

    private static List<Thread> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("dokploy4j-")).collect(Collectors.toList());
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof DokployTransportException ? ((DokployTransportException) cause).kind().name()
                : String.valueOf(cause);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Test
    void lifeCycleListenersLogLinesWatchEventsAndWaitsRunOnTheCallersExecutor() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4, named("caller-executor"));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<String> watchThreads = ConcurrentHashMap.newKeySet();
        Runnable seen = () -> threads.add(Thread.currentThread().getName());
        try (FakeDokploy fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().build());
                DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
                        .executor(executor).time(new FakeTimeClock(fake.clock()), delay -> {
                            fake.clock().advance(delay);
                            return CompletableFuture.completedFuture(null);
                        }).build()) {
            String app = fake.createApplication("web-api");
            // held until every stage below is attached: a stage attached to a future already complete runs on
            // the attaching thread, which would say nothing about the SDK
            ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.steps().log("Step 1/2")
                    .pause(Duration.ofSeconds(30)).log("Step 2/2").awaitRelease().log("Docker Deployed: ✅")
                    .succeed());
            AsyncDeploymentWatch watch = client.async().deployments().watch(Duration.ofSeconds(1),
                    event -> watchThreads.add(Thread.currentThread().getName()));
            AsyncDeploymentHandle handle = client.async().applications().deploy(app).get();
            handle.onPhaseChange(event -> seen.run());
            CompletableFuture<String> followed = handle.follow(new LogListener() {
                @Override
                public void onLine(String line) {
                    seen.run();
                }

                @Override
                public void onEnd(Deployment deployment) {
                    seen.run();
                }
            }).completion().thenApply(end -> Thread.currentThread().getName());
            CompletableFuture<String> waited = handle.awaitSuccess(Duration.ofMinutes(10))
                    .thenApply(end -> Thread.currentThread().getName());
            build.release();

            assertThat(waited.get()).startsWith("caller-executor");
            assertThat(followed.get()).startsWith("caller-executor");
            await("a watch event").until(() -> !watchThreads.isEmpty());
            watch.close();
        } finally {
            executor.shutdownNow();
        }

        assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("caller-executor"));
        assertThat(watchThreads).allSatisfy(name -> assertThat(name).startsWith("caller-executor"));
    }
}
