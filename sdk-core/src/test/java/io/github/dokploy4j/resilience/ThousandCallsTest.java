package io.github.dokploy4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.LoopbackHttpServer;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.deployment.QueueJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One shared client under a burst of asynchronous calls: all complete, and close() leaves nothing running. */
class ThousandCallsTest {

    @Test
    void aThousandConcurrentAsyncCallsCompleteAndLeaveNoThreadsOrConnectionsBehind() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"))) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            DokployClient client = TestClients.builder(server.baseUrl()).maxConcurrentRequests(32).build();
            List<CompletableFuture<List<QueueJob>>> calls = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                calls.add(client.async().deployments().queueList());
            }

            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
            client.close();

            assertThat(calls).allSatisfy(call -> assertThat(call.join()).isEmpty());
            assertThat(server.requests()).hasSize(1_000);
            assertThat(server.connectionCount()).as("connections opened for 1,000 calls").isLessThanOrEqualTo(32);
            client = null;
            assertThat(threadsStartedSince(before)).as("threads left running after close()").isEmpty();
        }
    }

    /**
     * The SDK's executor threads end on close(); on Java 17 the JDK client's selector thread ends once the client is
     * unreachable, so the collector is asked to run while waiting. Threads of the loopback server are not counted.
     */
    private static Set<String> threadsStartedSince(Set<Thread> before) throws InterruptedException {
        Set<String> extra = Set.of();
        for (int i = 0; i < 100; i++) {
            System.gc();
            extra = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    .filter(t -> !t.getName().startsWith("loopback-http"))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            if (extra.isEmpty()) {
                return extra;
            }
            Thread.sleep(100);
        }
        return extra;
    }
}
